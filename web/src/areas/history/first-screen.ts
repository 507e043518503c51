import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { paths } from '../../paths.ts';
import { historyQueries } from './queries.ts';

const SEEN = 'attune.historyOpened';
/** A month of data: from the first check-in the viewer may see to today. */
const MONTH = 30;

type History = { metrics: Array<{ series: Array<{ values: Array<number | null> }> }> };

/**
 * Days from the first day anything was recorded to the end, both counted; 0 with no data (the
 * answer's range is a default month then, not a month of data). Kept here so no chart code loads
 * with the shell.
 */
export function recordedDays(h: History): number {
  const length = h.metrics[0]?.series[0]?.values.length ?? 0;
  for (let i = 0; i < length; i++)
    if (h.metrics.some((m) => m.series.some((s) => s.values[i] !== null && s.values[i] !== undefined)))
      return length - i;
  return 0;
}

/**
 * Once a couple has a month of data, the history is the first screen they see: the first time
 * the app opens at its start address in a browser session, it opens on the history instead.
 */
export function useHistoryFirst(enabled: boolean): void {
  const [location, navigate] = useLocation();
  // Only where the app opened: someone who went to the log from another screen meant the log.
  const [opened] = useState(location);
  const first =
    enabled && opened === paths.log && location === paths.log && sessionStorage.getItem(SEEN) === null;
  const history = useQuery({ ...historyQueries.all(), enabled: first });
  useEffect(() => {
    if (!first || !history.data) return;
    sessionStorage.setItem(SEEN, '1');
    if (recordedDays(history.data) >= MONTH) navigate(paths.history, { replace: true });
  }, [first, history.data, navigate]);
}
