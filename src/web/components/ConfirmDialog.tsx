import { type ReactNode, useEffect, useId, useRef } from 'react';
import { primaryButtonClass, secondaryButtonClass } from './button-styles.ts';

/** Props of {@link ConfirmDialog}. */
export type ConfirmDialogProps = {
  /** Whether the dialog is shown. */
  open: boolean;
  /** The dialog's heading (its accessible name). */
  title: string;
  /** What will happen, in plain words. */
  children: ReactNode;
  /** Label of the confirming button, e.g. 採用する. */
  confirmLabel: string;
  /** Label of the cancelling button (default キャンセル). */
  cancelLabel?: string;
  /** Disables the buttons while the action runs. */
  busy?: boolean;
  onConfirm: () => void;
  /** Called when the user cancels (button, Esc). */
  onCancel: () => void;
};

/**
 * A modal confirmation on the native <dialog>: showModal() traps focus and makes the page inert;
 * focus starts on the cancelling button (the safe choice) and returns to the opener on close.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel = 'キャンセル',
  busy = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      cancelRef.current?.focus();
      return () => {
        if (dialog.open) dialog.close();
        if (opener?.isConnected) opener.focus();
      };
    }
    return undefined;
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onCancel();
      }}
      className="m-auto w-[min(36rem,calc(100%-2rem))] rounded-12 border border-solid-gray-200 bg-white p-6 text-solid-gray-900 shadow-3 backdrop:bg-opacity-gray-600"
    >
      <h2 id={titleId} className="text-std-22B-150">
        {title}
      </h2>
      <div id={bodyId} className="mt-4 text-std-16N-170">
        {children}
      </div>
      <div className="mt-6 flex flex-wrap justify-end gap-3">
        <button
          ref={cancelRef}
          type="button"
          onClick={onCancel}
          disabled={busy}
          className={secondaryButtonClass}
        >
          {cancelLabel}
        </button>
        <button type="button" onClick={onConfirm} disabled={busy} className={primaryButtonClass}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
