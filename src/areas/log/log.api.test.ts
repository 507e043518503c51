import { describe, expect, it } from 'vitest';
import { makeCouple, today, useApp } from '../../../test/support/app.ts';
import { DIALECTS } from '../../../test/support/stores.ts';
import { addDays } from '../../dates.ts';

describe.each(DIALECTS)('log on %s', (dialect) => {
  const { app, store } = useApp(dialect);
  const count = async (coupleId: string) =>
    (await store().db.selectFrom('log').select('id').where('couple_id', '=', coupleId).execute()).length;

  describe('POST /api/log', () => {
    it('stores every kind, with domains, intensity, Unicode text and a repair linked to its conflict', async () => {
      const { a, b } = await makeCouple(app());
      const conflict = await a.post('/api/log', {
        kind: 'conflict',
        date: today(),
        text: 'Dishes again 🍽️ — “why always me?”',
        domains: ['logistics', 'communication'],
        intensity: 4,
        visibility: 'shared',
      });
      expect(conflict.statusCode).toBe(201);
      expect(conflict.json()).toMatchObject({
        kind: 'conflict',
        text: 'Dishes again 🍽️ — “why always me?”',
        intensity: 4,
        mine: true,
      });
      const repair = await b.post('/api/log', {
        kind: 'repair',
        date: today(),
        text: 'Talked it through',
        repairOf: conflict.json().id,
        visibility: 'shared',
      });
      expect(repair.json().repairOf).toBe(conflict.json().id);
      const promise = await b.post('/api/log', {
        kind: 'promise',
        date: today(),
        text: 'I will do the dishes on weekdays',
        promiseDue: addDays(today(), 7),
        visibility: 'shared',
      });
      expect(promise.json()).toMatchObject({ promiseState: 'open', promiseDue: addDays(today(), 7) });
      for (const kind of ['appreciation', 'gesture', 'life_event', 'note']) {
        expect((await a.post('/api/log', { kind, date: today(), text: kind })).statusCode).toBe(201);
      }
      const note = (
        await a.post('/api/log', { kind: 'note', date: today(), text: 'default visibility' })
      ).json();
      expect(note.visibility).toBe('shared');
    });

    it('starts new entries the way the couple chose: shared by default, private once either partner sets it', async () => {
      const { a, b } = await makeCouple(app());
      expect((await a.get('/api/couple')).json().logDefaultVisibility).toBe('shared');
      const set = await b.patch('/api/couple/settings', { logDefaultVisibility: 'private' });
      expect(set.statusCode).toBe(200);
      expect(set.json().logDefaultVisibility).toBe('private');
      const entry = (await a.post('/api/log', { kind: 'note', date: today(), text: 'now private' })).json();
      expect(entry.visibility).toBe('private');
      // The author's own choice still wins over the default.
      const shared = await a.post('/api/log', {
        kind: 'note',
        date: today(),
        text: 'x',
        visibility: 'shared',
      });
      expect(shared.json().visibility).toBe('shared');
      const bad = await a.patch('/api/couple/settings', { logDefaultVisibility: 'secret' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.field).toBe('logDefaultVisibility');
      expect((await a.get('/api/couple')).json().logDefaultVisibility).toBe('private');
    });

    it('should fail with 400 naming the field for bad input, and change nothing', async () => {
      const { a, b, coupleId } = await makeCouple(app());
      const other = await makeCouple(app(), ['Ann', 'Bob']);
      const foreignConflict = (
        await other.a.post('/api/log', {
          kind: 'conflict',
          date: today(),
          text: 'theirs',
          visibility: 'shared',
        })
      ).json();
      const note = (
        await a.post('/api/log', { kind: 'note', date: today(), text: 'just a note', visibility: 'shared' })
      ).json();
      const privateConflictOfA = (
        await a.post('/api/log', {
          kind: 'conflict',
          date: today(),
          text: 'private one',
          visibility: 'private',
        })
      ).json();
      const before = await count(coupleId);
      const base = { kind: 'conflict', date: today(), text: 'x' };
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ ...base, intensity: 6 }, 'intensity'],
        [{ ...base, intensity: 0 }, 'intensity'],
        [{ ...base, intensity: '3' }, 'intensity'],
        [{ ...base, intensity: 2.5 }, 'intensity'],
        [{ ...base, mood: 'sad' }, 'mood'],
        [{ ...base, kind: 'fight' }, 'kind'],
        [{ ...base, date: '2023-02-30' }, 'date'],
        [{ ...base, date: '12/04/2023' }, 'date'],
        [{ ...base, date: addDays(today(), 3) }, 'date'],
        [{ ...base, domains: ['astrology'] }, 'domains'],
        [{ ...base, visibility: 'public' }, 'visibility'],
        [{ ...base, repairOf: note.id }, 'repairOf'],
        [{ ...base, kind: 'repair', repairOf: note.id }, 'repairOf'],
        [{ ...base, kind: 'repair', repairOf: foreignConflict.id }, 'repairOf'],
        [{ ...base, kind: 'promise', promiseDue: addDays(today(), -3) }, 'promiseDue'],
        [{ ...base, promiseDue: today() }, 'promiseDue'],
        [{ kind: 'note', date: today() }, 'text'],
      ];
      for (const [body, field] of cases) {
        const res = await a.post('/api/log', body);
        expect(res.statusCode, JSON.stringify(body)).toBe(400);
        expect(res.json().error.field, JSON.stringify(body)).toBe(field);
        expect(res.json().error.message.length).toBeGreaterThan(5);
      }
      // B cannot link a repair to A's private conflict: to B it does not exist.
      expect(
        (
          await b.post('/api/log', {
            kind: 'repair',
            date: today(),
            text: 'x',
            repairOf: privateConflictOfA.id,
          })
        ).json().error.field,
      ).toBe('repairOf');
      expect(await count(coupleId)).toBe(before);
    });

    it('applies a retried create with the same Idempotency-Key once', async () => {
      const { a, coupleId } = await makeCouple(app());
      const body = {
        kind: 'appreciation',
        date: today(),
        text: 'Thanks for the coffee',
        visibility: 'shared',
      };
      const first = await a.post('/api/log', body, { 'idempotency-key': 'retry-key-0001' });
      const second = await a.post('/api/log', body, { 'idempotency-key': 'retry-key-0001' });
      expect(first.statusCode).toBe(201);
      expect(second.statusCode).toBe(201);
      expect(second.json().id).toBe(first.json().id);
      expect(await count(coupleId)).toBe(1);
    });

    it('should fail with 422 when an Idempotency-Key comes back with a different body, and keep keys per user', async () => {
      const { a, b, coupleId } = await makeCouple(app());
      const key = { 'idempotency-key': 'key-reused-0001' };
      const body = { kind: 'note', date: today(), text: 'first', visibility: 'shared' };
      expect((await a.post('/api/log', body, key)).statusCode).toBe(201);
      const other = await a.post('/api/log', { ...body, text: 'something else' }, key);
      expect(other.statusCode).toBe(422);
      expect(other.json().error).toMatchObject({ code: 'idempotency_key_reused', field: 'Idempotency-Key' });
      expect(other.body).not.toContain('first');
      // Another route is another request, too.
      const habit = await a.post(
        '/api/habits',
        {
          cue: 'After I pour the coffee',
          action: 'I ask how she slept',
          owner: 'me',
          domain: 'communication',
          schedule: { kind: 'daily' },
        },
        key,
      );
      expect(habit.statusCode).toBe(422);
      // The partner's identical key is a key of their own: their write happens, A's answer never reaches them.
      const partner = await b.post('/api/log', { ...body, text: 'from B' }, key);
      expect(partner.statusCode).toBe(201);
      expect(partner.json()).toMatchObject({ text: 'from B', mine: true });
      const same = await b.post('/api/log', body, key);
      expect(same.statusCode).toBe(422);
      expect(await count(coupleId)).toBe(2);
    });
  });

  describe('GET /api/log', () => {
    it('finds text case-insensitively among the entries the viewer may see, never a partner’s private one', async () => {
      const { a, b } = await makeCouple(app());
      const other = await makeCouple(app(), ['Ann', 'Bob']);
      const CANARY = 'canary-7f3a Dishes';
      await b.post('/api/log', {
        kind: 'note',
        date: today(),
        text: `B private ${CANARY}`,
        visibility: 'private',
      });
      await other.a.post('/api/log', {
        kind: 'note',
        date: today(),
        text: `other couple ${CANARY}`,
        visibility: 'shared',
      });
      await b.post('/api/log', {
        kind: 'conflict',
        date: today(),
        text: 'The DISHES again',
        visibility: 'shared',
      });
      await a.post('/api/log', {
        kind: 'note',
        date: today(),
        text: 'my own dishes note',
        visibility: 'private',
      });
      await a.post('/api/log', {
        kind: 'note',
        date: today(),
        text: '50% of the time',
        visibility: 'shared',
      });
      const find = async (who: typeof a, q: string) =>
        (await who.get(`/api/log?q=${encodeURIComponent(q)}`))
          .json()
          .entries.map((e: { text: string }) => e.text);
      expect((await find(a, 'dishes')).sort()).toEqual(['The DISHES again', 'my own dishes note']);
      // The canary lives only in rows A may not see: no response of A's carries it.
      const res = await a.get(`/api/log?q=${encodeURIComponent('canary-7f3a')}`);
      expect(res.json().entries).toEqual([]);
      expect(res.body).not.toContain('canary-7f3a');
      expect(await find(b, 'canary-7f3a')).toEqual([`B private ${CANARY}`]);
      // % and _ are literal, not wildcards.
      expect(await find(a, '50%')).toEqual(['50% of the time']);
      expect(await find(a, '5_%')).toEqual([]);
      const empty = await a.get('/api/log?q=');
      expect(empty.statusCode).toBe(400);
      expect(empty.json().error.field).toBe('q');
    });

    it('filters by kind, domain, author and dates, and pages through everything exactly once', async () => {
      const { a, b } = await makeCouple(app());
      for (let i = 0; i < 12; i++) {
        await a.post('/api/log', {
          kind: i % 2 ? 'conflict' : 'appreciation',
          date: addDays(today(), -i),
          text: `a${i}`,
          domains: i % 3 ? [] : ['intimacy'],
          visibility: 'shared',
        });
      }
      await b.post('/api/log', {
        kind: 'gesture',
        date: addDays(today(), -2),
        text: 'b0',
        visibility: 'shared',
      });
      const texts = async (q: string) =>
        (await b.get(`/api/log?${q}`)).json().entries.map((e: { text: string }) => e.text);
      expect(await texts('kind=conflict&limit=100')).toEqual(['a1', 'a3', 'a5', 'a7', 'a9', 'a11']);
      expect(await texts('kind=conflict&kind=gesture&limit=100')).toHaveLength(7);
      expect(await texts('domain=intimacy')).toEqual(['a0', 'a3', 'a6', 'a9']);
      expect(await texts('author=me')).toEqual(['b0']);
      expect(await texts('author=partner')).toHaveLength(12);
      // Newest day first; within a day, the later-written entry first.
      expect(await texts(`from=${addDays(today(), -3)}&to=${addDays(today(), -1)}`)).toEqual([
        'a1',
        'b0',
        'a2',
        'a3',
      ]);

      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { entries: Array<{ text: string }>; nextCursor: string | null } = (
          await b.get(`/api/log?limit=5${cursor ? `&cursor=${cursor}` : ''}`)
        ).json();
        seen.push(...page.entries.map((e: { text: string }) => e.text));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(13);
      expect(new Set(seen).size).toBe(13);
      expect((await b.get('/api/log?limit=500')).statusCode).toBe(400);
      expect((await b.get('/api/log?cursor=bogus')).json().error.field).toBe('cursor');
    });
  });

  describe('edits, promises, delete and undo', () => {
    it('lets only the author edit or delete, and either partner mark a shared promise', async () => {
      const { a, b } = await makeCouple(app());
      const entry = (
        await a.post('/api/log', { kind: 'note', date: today(), text: 'draft', visibility: 'shared' })
      ).json();
      const edited = await a.patch(`/api/log/${entry.id}`, {
        text: 'final',
        intensity: 2,
        domains: ['communication'],
      });
      expect(edited.json()).toMatchObject({ text: 'final', intensity: 2, domains: ['communication'] });
      expect((await b.patch(`/api/log/${entry.id}`, { text: 'hijack' })).statusCode).toBe(403);
      expect((await b.delete(`/api/log/${entry.id}`)).statusCode).toBe(403);
      expect((await a.patch(`/api/log/${entry.id}`, { intensity: 9 })).statusCode).toBe(400);
      expect((await a.get(`/api/log/${entry.id}`)).json().text).toBe('final');

      const promise = (
        await a.post('/api/log', { kind: 'promise', date: today(), text: 'call mum', visibility: 'shared' })
      ).json();
      expect((await b.post(`/api/log/${promise.id}/promise`, { state: 'kept' })).json().promiseState).toBe(
        'kept',
      );
      expect((await a.post(`/api/log/${entry.id}/promise`, { state: 'kept' })).statusCode).toBe(400);
    });

    it('deletes with an undo window and erases for good after it', async () => {
      const { a, b } = await makeCouple(app());
      const entry = (
        await a.post('/api/log', { kind: 'gesture', date: today(), text: 'flowers', visibility: 'shared' })
      ).json();
      const del = await a.delete(`/api/log/${entry.id}`);
      expect(del.statusCode).toBe(200);
      expect(Date.parse(del.json().undoUntil)).toBeGreaterThan(Date.now());
      expect((await b.get(`/api/log/${entry.id}`)).statusCode).toBe(404);
      expect((await b.post(`/api/log/${entry.id}/restore`)).statusCode).toBe(404);
      expect((await a.post(`/api/log/${entry.id}/restore`)).statusCode).toBe(200);
      expect((await b.get(`/api/log/${entry.id}`)).json().text).toBe('flowers');

      await a.delete(`/api/log/${entry.id}`);
      await store()
        .db.updateTable('log')
        .set({ deleted_at: '2000-01-01T00:00:00.000Z' })
        .where('id', '=', entry.id)
        .execute();
      expect((await a.post(`/api/log/${entry.id}/restore`)).statusCode).toBe(404);
      const other = (
        await a.post('/api/log', { kind: 'note', date: today(), text: 'next', visibility: 'shared' })
      ).json();
      await a.delete(`/api/log/${other.id}`); // a delete purges what is past its window
      expect(
        await store().db.selectFrom('log').select('id').where('id', '=', entry.id).execute(),
      ).toHaveLength(0);
    });

    it('hides a repair’s link when its conflict becomes private', async () => {
      const { a, b } = await makeCouple(app());
      const conflict = (
        await a.post('/api/log', { kind: 'conflict', date: today(), text: 'c', visibility: 'shared' })
      ).json();
      const repair = (
        await b.post('/api/log', {
          kind: 'repair',
          date: today(),
          text: 'r',
          repairOf: conflict.id,
          visibility: 'shared',
        })
      ).json();
      await a.patch(`/api/log/${conflict.id}`, { visibility: 'private' });
      expect((await b.get(`/api/log/${repair.id}`)).json().repairOf).toBeNull();
      expect((await a.get(`/api/log/${repair.id}`)).json().repairOf).toBe(conflict.id);
    });
  });
});
