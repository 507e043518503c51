/** The month before `month` (YYYY-MM), or after it with +1. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + by, 1)).toISOString().slice(0, 7);
}

/**
 * The month the monthly review shows: the one asked for (`?month=`), if it is a real month no
 * later than this one, else the last complete month — never a month that began a day ago.
 *
 * @example reviewMonth(null, '2026-12') // '2026-11'
 */
export function reviewMonth(asked: string | null, thisMonth: string): string {
  const valid = asked !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(asked) && asked <= thisMonth;
  return valid ? asked : shiftMonth(thisMonth, -1);
}
