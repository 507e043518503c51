import { startTransition, useEffect, useState } from 'react';

/**
 * The first `first` items at once, all of them right after: a long list's first render stays a
 * short task (the page answers a tap meanwhile), and the rest is drawn in a transition, which
 * React splits into small pieces and interrupts for input. Later changes show every item.
 */
export function useProgressive<T>(items: readonly T[], first: number): readonly T[] {
  const [all, setAll] = useState(items.length <= first);
  useEffect(() => {
    if (!all) startTransition(() => setAll(true));
  }, [all]);
  return all ? items : items.slice(0, first);
}
