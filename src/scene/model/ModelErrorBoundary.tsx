/** Catches a failed model load or index and reports it to the store (the panels show Retry). */
import { Component, type ReactNode } from 'react';
import type { AtlasStoreApi } from '../../state';

interface Props {
  children: ReactNode;
  /** What to say when the failure has no message. */
  what: string;
  /** Called on failure, before the store hears of it (the viewer drops the cached failed load here). */
  onError?: () => void;
  /** The atlas store that hears of the failure. */
  store: AtlasStoreApi;
}

/** An error boundary that sets store.model to 'error' with the error's message. */
export class ModelErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`${this.props.what} failed:`, error);
    this.props.onError?.();
    this.props.store.getState().setModelStatus('error', message || `${this.props.what} failed`);
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
