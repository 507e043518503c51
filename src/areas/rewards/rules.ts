/**
 * The reward audit's hint of reward hacking: closeness or relief that reliably follows conflict
 * teaches a couple to need conflict for closeness (the cycle conflict → repair → intimacy).
 * Computed only from log entries the viewer may see.
 *
 * A conflict counts as "followed" when, on its day or the next two, the log holds closeness
 * (an entry in the intimacy domain, a gesture) or relief (a repair). The comparison is the base
 * rate: of every other calendar day between the first and last entry, the share followed the
 * same way (the chance that closeness comes within two days of any day at all). A hint needs at least
 * {@link MIN_CONFLICTS} conflicts, {@link MIN_SHARE} of them followed, and twice the base rate.
 */
import { addDays } from '../../dates.ts';

export const MIN_CONFLICTS = 4;
export const MIN_SHARE = 0.6;
export const WINDOW_DAYS = 2;

export interface LogFact {
  kind: string;
  date: string;
  domains: string[];
}

export interface HackingHint {
  kind: 'reward_hacking';
  conflicts: number;
  followed: number;
  baseRate: number;
  /** Too few conflicts to call it a finding: a hint to look at. */
  tentative: boolean;
  /** English, for the CLI; the web app writes it from the numbers in its own language. */
  message: string;
}

const isCloseness = (e: LogFact) =>
  e.kind !== 'conflict' && (e.kind === 'gesture' || e.kind === 'repair' || e.domains.includes('intimacy'));

/** The hint, or null when the log does not show the pattern (or has too little to say). */
export function rewardHackingHint(entries: readonly LogFact[]): HackingHint | null {
  const closeDays = new Set(entries.filter(isCloseness).map((e) => e.date));
  const followedFrom = (date: string) => {
    for (let i = 0; i <= WINDOW_DAYS; i++) if (closeDays.has(addDays(date, i))) return true;
    return false;
  };
  const conflictDays = [...new Set(entries.filter((e) => e.kind === 'conflict').map((e) => e.date))];
  if (conflictDays.length < MIN_CONFLICTS) return null;
  const followed = conflictDays.filter(followedFrom).length;
  const dates = entries.map((e) => e.date).sort();
  const conflictSet = new Set(conflictDays);
  let other = 0;
  let otherFollowed = 0;
  for (let d = dates[0]!; d <= dates.at(-1)!; d = addDays(d, 1)) {
    if (conflictSet.has(d)) continue;
    other++;
    if (followedFrom(d)) otherFollowed++;
  }
  const baseRate = other > 0 ? otherFollowed / other : 0;
  const share = followed / conflictDays.length;
  if (share < MIN_SHARE || share < 2 * baseRate) return null;
  const few = conflictDays.length < 15;
  return {
    kind: 'reward_hacking',
    conflicts: conflictDays.length,
    followed,
    baseRate,
    tentative: few,
    message: `After ${followed} of ${conflictDays.length} conflicts, closeness or relief followed within ${WINDOW_DAYS} days; on other days that happened ${Math.round(baseRate * 100)}% of the time. Making up feels good, and that is exactly why it can quietly reward the fight itself. Worth asking together: how could we get this closeness without the conflict first?${few ? ' With this few conflicts it is a hint to look at, not a finding.' : ''}`,
  };
}
