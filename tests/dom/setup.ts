/** DOM test setup: unmount what a test rendered after it, so every test starts from an empty document. */
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => {
  cleanup();
});
