import { createContext, useContext } from 'react';

export interface Toast {
  /** What happened, e.g. "Entry deleted." */
  message: string;
  /** An optional action, e.g. Undo. */
  action?: { label: string; run: () => void };
}

export const ToastContext = createContext<(toast: Toast | null) => void>(() => {});

/** Shows a toast (replacing any shown), or hides it with null. */
export function useToast(): (toast: Toast | null) => void {
  return useContext(ToastContext);
}

let shown: (toast: Toast | null) => void = () => {};

/** For code outside React (the mutation cache's error fallback): the region registers itself. */
export function showToast(toast: Toast | null): void {
  shown(toast);
}

export function registerToastRegion(show: (toast: Toast | null) => void): () => void {
  shown = show;
  return () => {
    if (shown === show) shown = () => {};
  };
}
