import { type ReactNode, useCallback, useState } from 'react';
import { t } from '../i18n.ts';
import { type Toast, ToastContext } from './toast.ts';

interface Props {
  children: ReactNode;
}

/**
 * Provides `useToast` and renders the live region. A toast stays until it is dismissed or
 * replaced: no timer takes an Undo away from someone who reads or moves slowly.
 */
export function ToastRegion({ children }: Props) {
  const [toast, setToast] = useState<Toast | null>(null);
  const show = useCallback((next: Toast | null) => setToast(next), []);
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
