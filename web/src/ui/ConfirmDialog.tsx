import { type FormEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import { t } from '../i18n.ts';
import { FormError } from './FormError.tsx';

interface Props {
  /** Whether the dialog is shown (as a modal, so the page behind is inert). */
  open: boolean;
  /** The question, e.g. "Delete your account?". */
  title: string;
  /** What will happen, and any input needed to confirm (e.g. a password field). */
  children?: ReactNode;
  /** The confirming button's label, e.g. "Delete account". */
  confirmLabel: string;
  /** A destructive action: the confirm button is drawn in the danger colour. */
  danger?: boolean;
  /** True while the action runs; the buttons wait. */
  busy?: boolean;
  /** A message for the whole dialog when the action failed. */
  error?: string | null;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * The one confirmation dialog, on the native <dialog>: focus is trapped and restored, Escape
 * cancels, and the page behind is inert. Every destructive action goes through it.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  danger = false,
  busy = false,
  error,
  onConfirm,
  onClose,
}: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onConfirm();
  };

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form className="form" onSubmit={submit}>
        <h2 id={titleId}>{title}</h2>
        {children}
        <FormError message={error} />
        <div className="actions">
          <button type="button" className="button secondary" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="submit" className={danger ? 'button danger' : 'button'} disabled={busy}>
            {confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
