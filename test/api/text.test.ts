import { describe, expect, it } from 'vitest';
import { BackupError, backupCouple, restoreBackup } from '../../src/export/backup.ts';
import { isStorableText, unstorableAt } from '../../src/storage/text.ts';
import type { Method } from '../support/app.ts';
import { makeCouple, today, useApp } from '../support/app.ts';
import { DIALECTS, freshStore } from '../support/stores.ts';
import { requestWith, stringInputs } from './openapi-inputs.ts';

/*
 * Text both databases keep exactly: a NUL (PostgreSQL refuses it) or a lone surrogate (it reads
 * back altered) is refused with a 400 naming the field, on either database, in every string of
 * every request; an import names the entry; a restore names the rows.
 */
const NUL = 'a\u0000b';
const LONE = 'a\ud800b';

describe('isStorableText', () => {
  it('takes any text with whole emoji, and refuses a NUL or half a surrogate pair', () => {
    for (const s of ['', 'plain', 'Dishes 🍽️ “again” 💛', 'ça va?']) expect(isStorableText(s), s).toBe(true);
    for (const s of [NUL, LONE, 'a\udc00', '\ud83d', '\udc00\ud800']) expect(isStorableText(s)).toBe(false);
    expect(unstorableAt({ a: ['ok', { b: LONE }] })).toBe('a.1.b');
    expect(unstorableAt({ metrics: { [NUL]: 1 } })).toBe('metrics');
    expect(unstorableAt({ a: 'fine', n: 1, x: null })).toBeNull();
  });
});

describe.each(DIALECTS)('NUL and lone surrogates on %s', (dialect) => {
  const { app, store } = useApp(dialect);
  const logRows = async () => (await store().db.selectFrom('log').select('id').execute()).length;

  it('answers 400 naming the field for a NUL or lone surrogate in every string of every operation', async () => {
    const { a } = await makeCouple(app());
    const doc = (await app().inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const inputs = stringInputs(doc);
    expect(inputs.length).toBeGreaterThan(40);
    const wrong: string[] = [];
    for (const input of inputs) {
      // A URL cannot carry half a surrogate pair (percent-encoding is UTF-8), only a NUL.
      for (const value of input.in === 'body' ? [NUL, LONE] : [NUL]) {
        const req = requestWith(input, value, today());
        const res = await a.call(input.method as Method, req.url, req.body);
        const error = res.json().error;
        if (res.statusCode !== 400 || error?.field !== input.field || !/can’t be saved/.test(error?.message))
          wrong.push(
            `${input.method} ${input.path} ${input.in} ${input.field}: ${res.statusCode} ${res.body}`,
          );
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuses sign-up and log-in emails with a NUL, and entries, array items and keys alike', async () => {
    const { a } = await makeCouple(app());
    const anon = app();
    for (const url of ['/api/account/signup', '/api/account/login']) {
      const res = await anon.inject({
        method: 'POST',
        url,
        payload: { email: `x${NUL}@example.com`, password: 'correct horse battery staple' },
      });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.field).toBe('email');
    }
    const before = await logRows();
    const cases: [unknown, string][] = [
      [{ kind: 'note', date: today(), text: NUL }, 'text'],
      [{ kind: 'note', date: today(), text: `x${LONE}y` }, 'text'],
      [{ kind: 'note', date: today(), text: 'fine', domains: ['ok', NUL] }, 'domains.1'],
    ];
    for (const [body, field] of cases) {
      const res = await a.post('/api/log', body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
    const checkin = await a.post('/api/checkins', {
      date: today(),
      satisfaction: 5,
      energy: 5,
      connection: 5,
      conflicts: 0,
      positives: 1,
      metrics: { [NUL]: 1 },
    });
    expect(checkin.statusCode).toBe(400);
    expect(checkin.json().error.field).toBe('metrics');
    expect((await a.get(`/api/log?domain=${encodeURIComponent(NUL)}`)).json().error.field).toBe('domain');
    expect(await logRows()).toBe(before);
  });

  it('answers 400 naming the field for empty or whitespace-only text in every field a person writes', async () => {
    const { a } = await makeCouple(app());
    const doc = (await app().inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const written = stringInputs(doc).filter((i) => i.schema.format === 'non-blank');
    const fields = new Set(written.map((i) => i.field));
    for (const f of ['text', 'cue', 'action', 'title', 'name', 'label', 'displayName', 'behaviour'])
      expect(fields, f).toContain(f);
    const before = await logRows();
    const wrong: string[] = [];
    for (const input of written) {
      for (const value of ['', '   ', '\n\t \u00a0']) {
        const req = requestWith(input, value, today());
        const res = await a.call(input.method as Method, req.url, req.body);
        const error = res.json().error;
        if (res.statusCode !== 400 || error?.field !== input.field || !/is empty/.test(error?.message))
          wrong.push(
            `${input.method} ${input.path} ${input.field}=${JSON.stringify(value)}: ${res.statusCode} ${res.body}`,
          );
      }
    }
    expect(wrong).toEqual([]);
    expect(await logRows()).toBe(before);
    // A CSV or JSON import holds the same line: an entry needs a few words.
    const csv = Buffer.from('date,kind,text\n2024-03-01,note,   \n2024-03-02,note,hi\n').toString('base64');
    const preview = (await a.post('/api/log/import/preview', { fileName: 'e.csv', content: csv })).json();
    expect(preview.problems).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringMatching(/text is empty/) }),
    ]);
  });

  it('names the entry of a JSON import that holds one, and imports nothing', async () => {
    const { a } = await makeCouple(app());
    const file = JSON.stringify([
      { date: '2024-03-01', kind: 'note', text: 'fine' },
      { date: '2024-03-02', kind: 'note', text: `x${LONE}y` },
    ]);
    const body = { fileName: 'entries.json', content: Buffer.from(file).toString('base64') };
    const preview = (await a.post('/api/log/import/preview', body)).json();
    expect(preview.problems).toEqual([
      expect.objectContaining({
        line: 2,
        message: expect.stringMatching(/Entry 2's "text" .*can’t be saved/),
      }),
    ]);
    const before = await logRows();
    const res = await a.post('/api/log/import', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('content');
    expect(await logRows()).toBe(before);
  });

  it('restores no backup holding such text, and names its rows', async () => {
    const { a, coupleId } = await makeCouple(app());
    const entry = (await a.post('/api/log', { kind: 'note', date: today(), text: 'fine' })).json();
    const backup = await backupCouple(store().db, coupleId);
    // What an older version let SQLite keep: a NUL in an entry's text.
    const row = backup.tables.log!.find((r) => r.id === entry.id)!;
    row.text = `old ${NUL} text`;
    const target = await freshStore(dialect);
    try {
      const attempt = restoreBackup(target.db, backup);
      await expect(attempt).rejects.toThrow(BackupError);
      await expect(attempt).rejects.toThrow(`log id=${entry.id} (text)`);
      expect(await target.db.selectFrom('couples').select('id').execute()).toEqual([]);
      expect(await target.db.selectFrom('users').select('id').execute()).toEqual([]);
    } finally {
      await target.drop();
    }
  });
});
