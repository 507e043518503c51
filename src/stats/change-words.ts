/** The words of `detectChangePoints`: what a segmentation means for the couple, and number formatting. */
import type { ChangePointResult } from './change-points.ts';

export function fmt(x: number): string {
  const a = Math.abs(x);
  return a >= 100 ? x.toFixed(0) : a >= 10 ? x.toFixed(1) : x.toFixed(2);
}

export function explainChangePoints(r: Omit<ChangePointResult, 'explanation'>): string {
  if (r.observed < 2 * r.minSegmentLength) {
    return `With ${r.observed} recorded day${r.observed === 1 ? '' : 's'} there is not enough yet to tell a real shift from ordinary ups and downs; a level has to hold for at least ${r.minSegmentLength} recorded days on each side of a change.`;
  }
  const noise = `Day-to-day ups and downs are about ±${fmt(r.sigma)}${r.phi >= 0.3 ? ', and good or bad stretches tend to last several days, so only a shift that holds for weeks counts' : ''}.`;
  if (r.changes.length === 0) {
    return `No lasting shift: over ${r.observed} recorded days the values moved around an average of ${fmt(r.segments[0]!.mean)} without settling at a new level. ${noise}`;
  }
  const parts = r.changes.map(
    (c) =>
      `around day ${c.day + 1}${c.earliest < c.day ? ` (somewhere from day ${c.earliest + 1}; days in between were not recorded)` : ''} the average went ${c.after > c.before ? 'up' : 'down'} from ${fmt(c.before)} to ${fmt(c.after)}`,
  );
  const small = r.changes.some((c) => Math.abs(c.after - c.before) < 1.5 * r.sigma);
  return `${r.changes.length === 1 ? 'One shift' : `${r.changes.length} shifts`} in level: ${parts.join('; ')}. ${noise}${small ? ' Some of these shifts are small next to that, so treat them as tentative.' : ''} The exact day of a change is an estimate, give or take a few days.`;
}
