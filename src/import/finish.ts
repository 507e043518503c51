/** What every importer does last: link repairs to conflicts, then fingerprint. */
import { addDays } from './dates.ts';
import { say } from './messages.ts';
import { fingerprintEntries, lineProblem } from './text.ts';
import type { ImportProblem, ParsedEntry } from './types.ts';

/** How many days after a conflict a repair may still resolve it. */
export const REPAIR_WINDOW_DAYS = 3;

/**
 * Links each repair to the most recent conflict that is still open (not yet repaired) and at most
 * three days older, in date order, so a notebook written newest-first links the same way.
 * A repair with no such conflict stays unlinked, with a warning.
 */
export function linkRepairs(entries: ParsedEntry[], lines: string[] | null): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const order = entries
    .map((_, i) => i)
    .sort((a, b) => entries[a]!.date.localeCompare(entries[b]!.date) || a - b);
  const open: number[] = [];
  for (const i of order) {
    const e = entries[i]!;
    if (e.kind === 'conflict') {
      open.push(i);
      continue;
    }
    if (e.kind !== 'repair') continue;
    const earliest = addDays(e.date, -REPAIR_WINDOW_DAYS);
    let best = -1;
    for (let k = open.length - 1; k >= 0; k--) {
      const c = entries[open[k]!]!;
      if (c.date < earliest) break;
      if (c.date <= e.date) {
        best = k;
        break;
      }
    }
    if (best < 0) {
      const text = lines?.[e.line - 1] ?? e.text;
      problems.push(
        lineProblem(e.line, text, say('entry.repairUnlinked', { days: REPAIR_WINDOW_DAYS }), 'warning'),
      );
      continue;
    }
    e.repairOf = open[best]!;
    open.splice(best, 1);
  }
  return problems;
}

/** Links repairs and fingerprints; returns the warnings linking produced. */
export function finishEntries(entries: ParsedEntry[], lines: string[] | null): ImportProblem[] {
  const problems = linkRepairs(entries, lines);
  fingerprintEntries(entries);
  return problems;
}
