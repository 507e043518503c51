import { addDays, isCalendarDate } from '../../dates.ts';
import { invalid } from '../../server/errors.ts';
import { phrase } from '../../server/phrases.ts';
import type { Kind } from './schema.ts';

/** How long a deleted entry can be brought back; after that it is gone for good. */
export const UNDO_MS = 10 * 60_000;
export const EARLIEST_DATE = '1970-01-01';

export interface EntryFields {
  kind: Kind;
  date: string;
  domains: string[];
  repairOf: string | null;
  promiseDue: string | null;
}

/**
 * Checks an entry's fields against each other and the couple's domains. Throws a 400 naming the
 * first field that is wrong; returns nothing when all is well.
 */
export function checkEntry(entry: EntryFields, ctx: { today: string; domainIds: ReadonlySet<string> }): void {
  if (!isCalendarDate(entry.date))
    throw invalid(
      'date',
      `${entry.date} is not a real calendar date.`,
      phrase('refuse.notADate', { value: entry.date }),
    );
  if (entry.date < EARLIEST_DATE)
    throw invalid('date', 'Dates before 1970 are not supported.', phrase('refuse.before1970'));
  // One day of slack: a partner travelling ahead of the other's time zone.
  if (entry.date > addDays(ctx.today, 1))
    throw invalid('date', 'An entry can’t be dated in the future.', phrase('refuse.entryFuture'));
  for (const d of entry.domains) {
    if (!ctx.domainIds.has(d))
      throw invalid(
        'domains',
        `"${d}" is not one of your domains. Add it first, or pick another.`,
        phrase('refuse.notYourDomain', { value: d }),
      );
  }
  if (entry.repairOf !== null && entry.kind !== 'repair')
    throw invalid('repairOf', 'Only a repair can point to the conflict it resolved.');
  if (entry.promiseDue !== null) {
    if (entry.kind !== 'promise') throw invalid('promiseDue', 'Only a promise has a due date.');
    if (!isCalendarDate(entry.promiseDue))
      throw invalid(
        'promiseDue',
        `${entry.promiseDue} is not a real calendar date.`,
        phrase('refuse.notADate', { value: entry.promiseDue }),
      );
    if (entry.promiseDue < entry.date)
      throw invalid(
        'promiseDue',
        'A promise can’t be due before the day it was made.',
        phrase('refuse.dueBeforeMade'),
      );
  }
}

/** The paging cursor: the (date, id) of the last entry shown, opaque to clients. */
export function encodeCursor(date: string, id: string): string {
  return Buffer.from(`${date}|${id}`).toString('base64url');
}

export function decodeCursor(cursor: string): { date: string; id: string } {
  const [date, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!date || !id || !isCalendarDate(date) || !/^[0-9a-f-]{36}$/.test(id))
    throw invalid('cursor', 'That page cursor is not valid.');
  return { date, id };
}
