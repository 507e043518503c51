import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isCalendarDate, localDate } from './dates.ts';

/*
 * A "day" is the person's local calendar day. Through daylight-saving changes (including zones
 * that change at midnight, by 30 minutes, or on the other side of the world) the local date
 * never goes back, never skips a day, and never repeats one; date arithmetic on YYYY-MM-DD is
 * untouched by any zone.
 */
const ZONES = [
  'Europe/Berlin',
  'Europe/London',
  'America/New_York',
  'America/Santiago', // changes at midnight: 24:00 → 01:00
  'America/Havana', // midnight changes too
  'Asia/Beirut',
  'Australia/Lord_Howe', // a 30-minute shift
  'Pacific/Chatham', // UTC+12:45 / +13:45
  'Africa/Casablanca', // suspended for Ramadan, twice a year
  'Asia/Kolkata', // no daylight saving: the control
];
const HOUR = 3_600_000;
// 2012 onwards: Samoa's skipped 2011-12-30 (a day that really did not exist there) stays out.
const FROM = Date.UTC(2012, 0, 1);
const TO = Date.UTC(2036, 0, 1);

describe('local days through daylight-saving changes', () => {
  it('moves forward one calendar day at a time, never back, never skipping or repeating', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: FROM, max: TO }), (zone, start) => {
        // Every 15 minutes over two days: fine enough to see a 30-minute shift.
        const seen: string[] = [];
        for (let t = start; t < start + 48 * HOUR; t += HOUR / 4) {
          const day = localDate(zone, new Date(t));
          if (seen.at(-1) !== day) seen.push(day);
        }
        for (let i = 1; i < seen.length; i++)
          expect(seen[i], `${zone} after ${seen[i - 1]}`).toBe(addDays(seen[i - 1]!, 1));
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('finds every transition of a year handled: each zone lives 365 or 366 local days a year', () => {
    for (const zone of ZONES) {
      for (const year of [2024, 2026]) {
        const days = new Set<string>();
        // From the day before to the day after in UTC: zones far east or west start or end there.
        for (let t = Date.UTC(year - 1, 11, 31); t < Date.UTC(year + 1, 0, 2); t += HOUR)
          days.add(localDate(zone, new Date(t)));
        const inYear = [...days].filter((d) => d.startsWith(`${year}-`));
        expect(inYear.length, `${zone} ${year}`).toBe(year === 2024 ? 366 : 365);
      }
    }
  }, 60_000);
});

describe('date arithmetic on local dates', () => {
  const dates = fc
    .date({ min: new Date(FROM), max: new Date(TO), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it('adding and taking away the same number of days comes back to the same date', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -4000, max: 4000 }), (date, n) => {
        expect(isCalendarDate(addDays(date, n))).toBe(true);
        expect(addDays(addDays(date, n), -n)).toBe(date);
      }),
    );
  });

  it('counts n days between a date and n days later, whatever the daylight-saving changes between', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 800 }), (date, n) => {
        let d = date;
        for (let i = 0; i < n; i++) d = addDays(d, 1);
        expect(d).toBe(addDays(date, n));
      }),
      { numRuns: 50 },
    );
  });
});
