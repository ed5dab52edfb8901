/** The About and Share dialogs: modal, named by their title, closed by the Close button and by Esc. */
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import AboutDialog from '../../src/ui/shell/AboutDialog';
import ShareDialog from '../../src/ui/share/ShareDialog';
import { realDataset, renderAtlas } from './render-atlas';

describe('dialogs', () => {
  it('About opens modally, names itself by its title, shows the dataset counts and closes with Close', async () => {
    const onClose = vi.fn();
    const r = renderAtlas(<AboutDialog onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: 'About the Trigger Point Atlas' });
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(dialog.textContent).toContain(`${realDataset().muscles.length} muscles`);
    await r.user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('Share closes with Esc (the cancel event) and offers the link, the embed code and a PNG', () => {
    const onClose = vi.fn();
    renderAtlas(<ShareDialog onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: 'Share this view' });
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy embed code' })).toBeTruthy();
    // No 3D view in this test: the picture cannot be made.
    expect((screen.getByRole('button', { name: 'Save view as PNG' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
