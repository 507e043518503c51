import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { t } from '../i18n.ts';
import { registerToastRegion, type Toast, ToastContext } from './toast.ts';

interface Props {
  children: ReactNode;
}

/** How long a plain message stays. A toast with an action (Undo) stays until dismissed. */
const INFO_MS = 5_000;

/**
 * Provides `useToast` and renders the live region. No timer ever takes an Undo away from
 * someone who reads or moves slowly; plain confirmations fade after a few seconds.
 */
export function ToastRegion({ children }: Props) {
  const [toast, setToast] = useState<Toast | null>(null);
  const show = useCallback((next: Toast | null) => setToast(next), []);
  const actionRef = useRef<HTMLButtonElement>(null);
  useEffect(() => registerToastRegion(show), [show]);
  // The control that was used (a Delete button) is often gone now: its Undo takes the focus,
  // so keyboard and screen-reader users land on the way back instead of the page's top.
  useEffect(() => {
    if (toast?.action) actionRef.current?.focus();
  }, [toast]);
  useEffect(() => {
    if (!toast || toast.action) return;
    const timer = window.setTimeout(
      () => setToast((current) => (current === toast ? null : current)),
      INFO_MS,
    );
    return () => window.clearTimeout(timer);
  }, [toast]);
  return (
    <ToastContext.Provider value={show}>
      {children}
      <section className="toasts" aria-live="polite" aria-label={t('toast.region')}>
        {toast ? (
          <div className="toast">
            <p>{toast.message}</p>
            <div className="actions">
              {toast.action ? (
                <button
                  ref={actionRef}
                  type="button"
                  className="button quiet small"
                  onClick={() => {
                    setToast(null);
                    toast.action?.run();
                  }}
                >
                  {toast.action.label}
                </button>
              ) : null}
              <button
                type="button"
                className="button quiet small"
                aria-label={t('toast.dismiss')}
                onClick={() => setToast(null)}
              >
                ✕
              </button>
            </div>
          </div>
        ) : null}
      </section>
    </ToastContext.Provider>
  );
}
