import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { paths } from '../../paths.ts';
import { historyQueries } from './queries.ts';

const SEEN = 'attune.historyOpened';
/** A month of data: from the first check-in the viewer may see to today. */
const MONTH = 30;

/** Days from one date to another, both counted (kept here so no chart code loads with the shell). */
const daysOf = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;

/**
 * Once a couple has a month of data, the history is the first screen they see: the first time
 * the app opens at its start address in a browser session, it opens on the history instead.
 */
export function useHistoryFirst(enabled: boolean): void {
  const [location, navigate] = useLocation();
  const first = enabled && location === paths.log && sessionStorage.getItem(SEEN) === null;
  const history = useQuery({ ...historyQueries.all(), enabled: first });
  useEffect(() => {
    if (!first || !history.data) return;
    sessionStorage.setItem(SEEN, '1');
    if (daysOf(history.data.from, history.data.to) >= MONTH) navigate(paths.history, { replace: true });
  }, [first, history.data, navigate]);
}
