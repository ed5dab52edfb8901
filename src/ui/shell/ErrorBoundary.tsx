/** Catches a render error in a part of the page and shows it as an alert with a Retry button. */
import { Component, type ReactNode } from 'react';

interface Props {
  /** What failed, e.g. "The 3D view". */
  what: string;
  children: ReactNode;
  onRetry?: () => void;
}

/** An error boundary whose fallback is a role="alert" panel. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className="error-panel">
        <h2>{this.props.what} failed</h2>
        <p>{error.message}</p>
        <button
          type="button"
          className="button primary"
          onClick={() => {
            this.props.onRetry?.();
            this.setState({ error: null });
          }}
        >
          Retry
        </button>
      </div>
    );
  }
}
