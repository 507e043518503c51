import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../src/dates.ts';
import type { Method } from '../support/app.ts';
import { makeCouple, today, useApp } from '../support/app.ts';
import { DIALECTS } from '../support/stores.ts';
import { requestWith, stringInputs } from './openapi-inputs.ts';

/*
 * Every local date the API takes, in a body, a query or a path, is a real calendar date or a 400
 * naming the field, before anything is written. The fields come from the OpenAPI document, so a
 * new date field is covered the day it lands.
 */
const IMPOSSIBLE = ['2026-02-30', '2026-13-01', '0000-00-00', '2026-12-00', '2026-11-31', '2023-02-29'];
// A field named like a date that is not declared as one would escape the walk below.
const DATE_NAME = /(^|\.)(date|from|to|end)$|Date$|Due$/;

describe('isCalendarDate', () => {
  it('takes real days, leap days included, and refuses impossible ones', () => {
    for (const d of ['2026-01-31', '2024-02-29', '2000-02-29', '0001-01-01', '0099-12-31', '9999-12-31'])
      expect(isCalendarDate(d), d).toBe(true);
    for (const d of [...IMPOSSIBLE, '1900-02-29', '2026-1-01', '2026-01-01T00:00', ' 2026-01-01'])
      expect(isCalendarDate(d), d).toBe(false);
  });
});

describe.each(DIALECTS)('impossible dates on %s', (dialect) => {
  const { app, store } = useApp(dialect);
  const openapi = async () => (await app().inject({ method: 'GET', url: '/api/openapi.json' })).json();
  const counts = async () => {
    const out: Record<string, number> = {};
    for (const t of ['log', 'habits', 'habit_checkoffs', 'checkins', 'ritual_completions'] as const) {
      const r = await store()
        .db.selectFrom(t)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      out[t] = Number(r.n);
    }
    return out;
  };

  it('declares every date-named input as a local date', async () => {
    const undeclared = stringInputs(await openapi())
      .filter((i) => DATE_NAME.test(i.field) && i.schema.format !== 'local-date')
      .map((i) => `${i.method} ${i.path} ${i.in} ${i.field}`);
    expect(undeclared).toEqual([]);
  });

  it('answers 400 naming the field for every impossible date in every body, query and path, and writes nothing', async () => {
    const { a } = await makeCouple(app());
    const dates = stringInputs(await openapi()).filter((i) => i.schema.format === 'local-date');
    // The log, habits, check-ins, rituals and the weekly reviews all take dates.
    expect(dates.length).toBeGreaterThanOrEqual(15);
    const before = await counts();
    const wrong: string[] = [];
    for (const input of dates) {
      for (const value of IMPOSSIBLE) {
        const req = requestWith(input, value, today());
        const res = await a.call(input.method as Method, req.url, req.body);
        const error = res.json().error;
        if (
          res.statusCode !== 400 ||
          error?.field !== input.field ||
          !/real calendar date/.test(error?.message)
        )
          wrong.push(
            `${input.method} ${req.url} ${input.field}=${value}: ${res.statusCode} ${res.body.slice(0, 160)}`,
          );
      }
    }
    expect(wrong).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it('refuses a habit starting on 2026-12-00 before writing it, so the habits screen keeps working', async () => {
    const { a, b } = await makeCouple(app());
    const res = await a.post('/api/habits', {
      cue: 'After I pour the coffee',
      action: 'I ask how she slept',
      owner: 'me',
      domain: 'communication',
      schedule: { kind: 'daily' },
      startDate: '2026-12-00',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('startDate');
    for (const partner of [a, b]) {
      const list = await partner.get('/api/habits');
      expect(list.statusCode).toBe(200);
      expect(list.json().habits).toEqual([]);
    }
  });
});
