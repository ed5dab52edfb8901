/**
 * The app's modal dialog frame: a native <dialog> shown modally while mounted, Esc and the Close
 * button both calling `onClose`, the title wired to aria-labelledby.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

/** A modal dialog titled `title`; `children` go between the title and the Close button. */
export function ModalDialog({ title, className, onClose, children }: { title: string; className?: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={className ? `about ${className}` : 'about'}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          onClose();
        }}
      >
        <button type="submit" className="button primary" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
