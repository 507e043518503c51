import { type RefObject, useLayoutEffect, useRef } from 'react';

const FOCUSABLE = 'button:not([disabled]), a[href], input:not([disabled]), select, textarea, [tabindex]';

/**
 * After a tap that replaces the tapped button (Check off → Undo, Mark kept → Reopen), focus would
 * fall to the page's body and a keyboard or screen-reader user would start over from the top.
 * Call `keep()` in the click handler: when focus is lost, it lands on the first control left in
 * the container (or the container itself).
 */
export function useKeepFocus<T extends HTMLElement>(): [RefObject<T | null>, () => void] {
  const ref = useRef<T>(null);
  const pending = useRef(false);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!pending.current || !box) return;
    const active = document.activeElement;
    if (active && active !== document.body) {
      // Still on a control in the box, or moved on purpose (a toast's Undo, a dialog): leave it.
      if (!box.contains(active)) pending.current = false;
      return;
    }
    const target = box.querySelector<HTMLElement>(FOCUSABLE);
    if (!target) return;
    pending.current = false;
    target.focus();
  });
  return [
    ref,
    () => {
      pending.current = true;
    },
  ];
}
