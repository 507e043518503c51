import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCouple, useApp } from '../../../test/support/app.ts';
import { DIALECTS } from '../../../test/support/stores.ts';
import { loopZip } from '../../import/fixtures/loop.ts';

const fixtures = join(import.meta.dirname, '../../import/fixtures');
const file = (name: string) => readFileSync(join(fixtures, name)).toString('base64');
const notebook = { fileName: 'notebook.md', content: file('notebook.md') };

describe.each(DIALECTS)('log import on %s', (dialect) => {
  const { app, store } = useApp(dialect);
  const rows = (coupleId: string) =>
    store().db.selectFrom('log').selectAll().where('couple_id', '=', coupleId).execute();

  describe('POST /api/log/import/preview', () => {
    it('shows what the file holds and changes nothing', async () => {
      const { a, coupleId } = await makeCouple(app());
      const res = await a.post('/api/log/import/preview', notebook);
      expect(res.statusCode).toBe(200);
      const summary = res.json();
      expect(summary.entries).toBe(11);
      expect(summary.byKind).toMatchObject({ conflict: 3, repair: 1, promise: 3 });
      expect(summary.problems).toEqual([]);
      expect(await rows(coupleId)).toHaveLength(0);
    });

    it('names every problem with its line number', async () => {
      const { a } = await makeCouple(app());
      const summary = (
        await a.post('/api/log/import/preview', { fileName: 'errors.txt', content: file('errors.txt') })
      ).json();
      expect(summary.problems.length).toBeGreaterThan(0);
      for (const p of summary.problems) {
        expect(p.line).toBeGreaterThan(0);
        expect(p.message.length).toBeGreaterThan(10);
      }
    });
  });

  describe('POST /api/log/import', () => {
    it('imports all entries privately by default, links the repair, creates hashtag domains, and never twice', async () => {
      const { a, b, coupleId } = await makeCouple(app());
      const first = await a.post('/api/log/import', notebook);
      expect(first.statusCode).toBe(200);
      expect(first.json()).toMatchObject({ created: 11, duplicates: 0 });
      const stored = await rows(coupleId);
      expect(stored).toHaveLength(11);
      expect(stored.every((r) => r.visibility === 'private')).toBe(true);
      expect(stored.some((r) => r.text.includes('💛'))).toBe(true);
      expect(stored.some((r) => r.text.includes("«je t'aime»"))).toBe(true);
      const repair = stored.find((r) => r.kind === 'repair')!;
      const conflict = stored.find((r) => r.id === repair.repair_of)!;
      expect(conflict.kind).toBe('conflict');
      expect(conflict.text).toContain('dishes');
      expect((await b.get('/api/log')).json().entries).toHaveLength(0);

      const again = await a.post('/api/log/import', notebook);
      expect(again.json()).toMatchObject({ created: 0, duplicates: 11 });
      expect(await rows(coupleId)).toHaveLength(11);
    });

    it('compares only with the importer’s own entries: a partner’s private line is no oracle and no link', async () => {
      const { a, b, coupleId } = await makeCouple(app());
      expect((await a.post('/api/log/import', notebook)).json()).toMatchObject({
        created: 11,
        duplicates: 0,
      });
      // The same lines from the partner are the partner's own entries, not duplicates of A's.
      const second = await b.post('/api/log/import', notebook);
      expect(second.json()).toMatchObject({ created: 11, duplicates: 0 });
      const stored = await rows(coupleId);
      expect(stored).toHaveLength(22);
      const authorOf = new Map(stored.map((r) => [r.id, r.author_id]));
      for (const repair of stored.filter((r) => r.kind === 'repair')) {
        expect(repair.repair_of).not.toBeNull();
        expect(authorOf.get(repair.repair_of!)).toBe(repair.author_id);
      }
      expect((await b.post('/api/log/import', notebook)).json()).toMatchObject({
        created: 0,
        duplicates: 11,
      });
      expect((await b.get('/api/log?limit=100')).json().entries).toHaveLength(11);
    });

    it('imports shared on request', async () => {
      const { a, b } = await makeCouple(app());
      await a.post('/api/log/import', { ...notebook, visibility: 'shared' });
      expect((await b.get('/api/log?limit=100')).json().entries).toHaveLength(11);
    });

    it('should fail with 400 and import nothing when the file has errors, is binary, empty or not base64', async () => {
      const { a, coupleId } = await makeCouple(app());
      const domainsBefore = (await a.get('/api/couple')).json().domains.length;
      const bad = [
        { fileName: 'errors.txt', content: file('errors.txt') },
        { fileName: 'photo.jpg', content: Buffer.from([0xff, 0xd8, 0xff, 0, 0, 1, 2, 3]).toString('base64') },
        { fileName: 'empty.txt', content: '' },
        { fileName: 'bad-columns.csv', content: file('bad-columns.csv') },
        { fileName: 'notebook.md', content: '%%% not base64 %%%' },
      ];
      for (const body of bad) {
        const res = await a.post('/api/log/import', body);
        expect(res.statusCode, body.fileName).toBe(400);
        expect(res.json().error.field).toBe('content');
        // Every one says why in the reader's language too (a code, never the English sentence).
        expect(res.json().error.say?.code, body.fileName).toMatch(/^refuse\./);
      }
      const errors = (await a.post('/api/log/import', bad[0])).json().error;
      expect(errors.say).toMatchObject({ code: 'refuse.importProblems' });
      expect(errors.message).toContain(`has ${errors.say.params.count} problem(s)`);
      expect(await rows(coupleId)).toHaveLength(0);
      expect((await a.get('/api/couple')).json().domains.length).toBe(domainsBefore);
    });

    it('refuses a file over 50 MB with a clear message, and only the import routes take large bodies', async () => {
      const { a } = await makeCouple(app());
      const big = Buffer.alloc(50 * 1024 * 1024 + 10, 'a').toString('base64');
      const res = await a.post('/api/log/import/preview', { fileName: 'big.txt', content: big });
      expect(res.statusCode).toBe(200);
      expect(res.json().problems[0].message).toMatch(/50 MB/);
      const tooBigForLog = await a.post('/api/log', {
        kind: 'note',
        date: '2024-01-01',
        text: 'x'.repeat(300_000),
      });
      expect(tooBigForLog.statusCode).toBe(413);
    });
  });
});

describe.each(DIALECTS)('importing other apps on %s', (dialect) => {
  const { app, store } = useApp(dialect);

  it('turns a Loop Habit Tracker export into habits with their days, once', async () => {
    const { a, b, coupleId } = await makeCouple(app());
    const body = {
      fileName: 'Loop Habits CSV 2024-03-04.zip',
      content: Buffer.from(loopZip()).toString('base64'),
    };
    const res = await a.post('/api/log/import', body);
    expect(res.statusCode).toBe(200);
    expect(res.json().habits).toEqual({ created: 2, checkoffs: 3 });
    const habits = (await b.get('/api/habits')).json().habits as Array<{ action: string; ownerName: string }>;
    expect(habits.map((h) => h.action).sort()).toEqual(['Minutes talking', 'Morning hug']);
    expect(habits.every((h) => h.ownerName === 'Lisa')).toBe(true);
    const days = await store()
      .db.selectFrom('habit_checkoffs')
      .select(['date', 'kind'])
      .where('couple_id', '=', coupleId)
      .orderBy('date')
      .execute();
    // Morning hug: done 03-03, skipped 03-01 (a "no" stays empty); Minutes talking: 25 ≥ 20 on 03-03.
    expect(days.map((d) => `${d.date} ${d.kind}`)).toEqual([
      '2024-03-01 skip',
      '2024-03-03 done',
      '2024-03-03 done',
    ]);
    const again = (await a.post('/api/log/import', body)).json();
    expect(again.habits).toEqual({ created: 0, checkoffs: 0 });
  });

  it('turns every Daylio mood into a note with its activities', async () => {
    const { a, coupleId } = await makeCouple(app());
    const res = await a.post('/api/log/import', {
      fileName: 'daylio_export.csv',
      content: file('daylio-year.csv'),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().notImported.reason).toMatch(/never fills in numbers/);
    const notes = await store()
      .db.selectFrom('log')
      .select('text')
      .where('couple_id', '=', coupleId)
      .execute();
    expect(notes.map((n) => n.text).sort()).toEqual([
      'Mood: awful\n\nBig fight, slept badly',
      'Mood: meh · work, stressed',
      'Mood: rad · date night, cooking\n\nWent dancing 💃',
    ]);
  });
});
