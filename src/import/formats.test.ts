import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loopZip } from './fixtures/loop.ts';
import { detectFormat, parseImport } from './preview.ts';
import type { ImportPreview } from './types.ts';
import { MAX_IMPORT_BYTES } from './types.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const load = (name: string) => parseImport(fixture(name), name, {});
const errors = (p: ImportPreview) => p.problems.filter((x) => x.severity === 'error');

describe('attune CSV', () => {
  it('reads every column', () => {
    const p = load('entries.csv');
    expect(p.format).toBe('csv');
    expect(errors(p)).toEqual([]);
    expect(p.entries.map((e) => [e.line, e.date, e.kind, e.text])).toEqual([
      [2, '2023-04-12', 'conflict', 'Dishes, again'],
      [3, '2023-04-13', 'repair', 'Talked it through 🙂'],
      [4, '2023-04-14', 'promise', 'Call his mum'],
      [5, '2023-04-15', 'life_event', 'Moved in together'],
    ]);
    expect(p.entries[0]).toMatchObject({ domains: ['logistics'], intensity: 3, visibility: 'shared' });
    expect(p.entries[1]).toMatchObject({ domains: ['communication', 'conflict_resolution'], repairOf: 0 });
    expect(p.entries[2]).toMatchObject({
      promiseState: 'kept',
      dueDate: '2023-04-20',
      visibility: 'private',
    });
  });

  it('wrong columns are one clear error', () => {
    const p = load('bad-columns.csv');
    expect(p.entries).toEqual([]);
    expect(errors(p)).toHaveLength(1);
    expect(errors(p)[0]!.message).toMatch(/needs the columns date, kind, text.*missing: date, kind, text/);
  });

  it('bad values are line-numbered errors; numeric dates take the file’s order', () => {
    const csv =
      'date,kind,text,intensity\n25/04/2023,fight,a,9\n26/04/2023,hug,b,\n27/04/2023,note,"multi\nline",\nsoon,note,c,\n28/04/2023,note,d,2\n';
    const p = parseImport(new TextEncoder().encode(csv), 'x.csv', {});
    expect(p.dateOrder).toBe('day-first');
    expect(errors(p).map((x) => x.line)).toEqual([2, 3, 6]);
    expect(p.entries.map((e) => [e.line, e.date, e.text])).toEqual([
      [4, '2023-04-27', 'multi\nline'],
      [7, '2023-04-28', 'd'],
    ]);
  });

  it('an unclosed quote is a malformed-CSV error, not a crash', () => {
    const p = parseImport(new TextEncoder().encode('date,kind,text\n2023-04-12,note,"open\n'), 'x.csv', {});
    expect(errors(p)[0]!.message).toMatch(/CSV is malformed/);
  });
});

describe('JSON', () => {
  it('reads { entries: [...] } with positions as lines', () => {
    const p = load('entries.json');
    expect(p.format).toBe('json');
    expect(errors(p)).toEqual([]);
    expect(p.entries.map((e) => [e.line, e.kind, e.text])).toEqual([
      [1, 'conflict', 'Dishes, again'],
      [2, 'repair', 'Talked it through 🙂'],
      [3, 'promise', 'Call his mum'],
    ]);
    expect(p.entries[2]).toMatchObject({
      promiseState: 'broken',
      dueDate: '2023-04-20',
      visibility: 'private',
    });
  });

  it('reads a bare array, and reports a non-object item', () => {
    const p = parseImport(
      new TextEncoder().encode('[{"date":"2023-04-12","kind":"gesture","text":"🌷"}, 7]'),
      'x.json',
      {},
    );
    expect(p.entries[0]).toMatchObject({ kind: 'gesture', text: '🌷' });
    expect(errors(p)).toMatchObject([{ line: 2, message: 'Entry 2 is not an object.' }]);
  });

  it('malformed JSON is an error with its line', () => {
    const p = load('malformed-json.txt');
    expect(p.entries).toEqual([]);
    expect(errors(p)).toHaveLength(1);
    expect(errors(p)[0]!.message).toMatch(/JSON is malformed/);
    expect(errors(p)[0]!.line).toBe(3);
  });

  it('the wrong JSON shape is an error', () => {
    const p = parseImport(new TextEncoder().encode('{"rows": []}'), 'x.json', {});
    expect(errors(p)[0]!.message).toMatch(/array of entries/);
  });
});

describe('Daylio CSV export, every header generation', () => {
  it('year,date,weekday,time,mood,activities,note (oldest)', () => {
    const p = load('daylio-year.csv');
    expect(p.format).toBe('daylio');
    expect(p.checkins.map((c) => [c.line, c.date, c.time, c.mood, c.satisfaction])).toEqual([
      [2, '2018-05-18', '23:54', 'rad', 10],
      [3, '2018-05-17', '22:21', 'meh', 5],
      [4, '2018-05-16', '23:41', 'awful', 0],
    ]);
    expect(p.checkins[0]!.activities).toEqual(['date night', 'cooking']);
    expect(p.checkins[1]!.activities).toEqual(['work', 'stressed']);
    // One note per mood row: the mood and activities, then the note when there is one.
    expect(p.entries.map((e) => [e.kind, e.text])).toEqual([
      ['note', 'Mood: rad · date night, cooking\n\nWent dancing 💃'],
      ['note', 'Mood: meh · work, stressed'],
      ['note', 'Mood: awful\n\nBig fight, slept badly'],
    ]);
  });

  it('full_date,…,note (7 columns)', () => {
    const p = load('daylio-full-date.csv');
    expect(p.checkins.map((c) => [c.date, c.time, c.satisfaction])).toEqual([
      ['2020-05-30', '18:50', 10],
      ['2020-05-30', '13:08', 8],
      ['2020-05-25', '14:58', 5],
    ]);
  });

  it('full_date,…,note_title,note (8 columns, CRLF)', () => {
    const p = load('daylio-note-title.csv');
    expect(p.checkins[0]).toMatchObject({
      date: '2021-10-18',
      time: '11:25',
      note: 'Sunday\n\nBreakfast in bed ☕',
    });
    expect(p.checkins[1]).toMatchObject({ date: '2021-10-17', time: '08:20', satisfaction: 3, note: '' });
  });

  it('…,note_title,note,scales (9 columns) and a custom mood', () => {
    const p = load('daylio-scales.csv');
    expect(p.checkins[0]).toMatchObject({
      date: '2024-02-10',
      activities: ['partner', 'walk'],
      satisfaction: 10,
    });
    expect(p.checkins[1]).toMatchObject({ mood: 'irritable', satisfaction: null });
    expect(p.problems).toMatchObject([
      { severity: 'warning', message: expect.stringMatching(/"irritable"/) },
    ]);
    const mapped = parseImport(fixture('daylio-scales.csv'), 'd.csv', { daylioMoods: { Irritable: 2 } });
    expect(mapped.checkins[1]!.satisfaction).toBe(3);
  });

  it('is detected by its header whatever the file is called', () => {
    expect(
      detectFormat(fixture('daylio-scales.csv'), 'export.txt', fixture('daylio-scales.csv').toString('utf8')),
    ).toBe('daylio');
  });

  it('check-in fingerprints are stable and distinct', () => {
    const a = load('daylio-full-date.csv').checkins.map((c) => c.fingerprint);
    expect(load('daylio-full-date.csv').checkins.map((c) => c.fingerprint)).toEqual(a);
    expect(new Set(a).size).toBe(a.length);
  });
});

describe('Loop Habit Tracker CSV zip', () => {
  it('reads habits and check-offs, numerical values ÷1000, notes as log notes', () => {
    const p = parseImport(loopZip(), 'Loop Habits CSV 2024-03-04.zip', {});
    expect(p.format).toBe('loop');
    expect(errors(p)).toEqual([]);
    expect(p.habits.map((h) => [h.position, h.name, h.type, h.unit, h.targetValue])).toEqual([
      [1, 'Morning hug', 'yes_no', null, null],
      [2, 'Minutes talking', 'numerical', 'minutes', 20],
    ]);
    expect(p.habits[0]!.checkoffs.map((c) => [c.date, c.state])).toEqual([
      ['2024-03-01', 'skip'],
      ['2024-03-02', 'no'],
      ['2024-03-03', 'yes'],
    ]);
    expect(p.habits[1]!.checkoffs.map((c) => [c.date, c.state, c.value])).toEqual([
      ['2024-03-02', 'no', 0],
      ['2024-03-03', 'yes', 25],
    ]);
    expect(p.entries.map((e) => [e.date, e.kind, e.text])).toEqual([
      ['2024-03-02', 'note', 'Morning hug: Argued, skipped it'],
      ['2024-03-03', 'note', 'Minutes talking: Long talk 💬'],
    ]);
  });

  it('reads the older generation (no Type column, headerless check-offs)', () => {
    const zip = zipSync({
      'Habits.csv': strToU8(
        'Position,Name,Question,Description,NumRepetitions,Interval,Color\n001,Walk,Did we walk?,,2,3,#00897B\n002,Pages,,,1,1,#FF8F00\n',
      ),
      '001 Walk/Checkmarks.csv': strToU8('2015-01-25,2\n2015-01-24,0\n2015-01-23,1\n'),
      '002 Pages/Checkmarks.csv': strToU8('2015-01-25,12000\n2015-01-24,0\n'),
    });
    const p = parseImport(zip, 'loop.zip', {});
    expect(p.habits[0]).toMatchObject({ type: 'yes_no', frequency: { numerator: 2, denominator: 3 } });
    expect(p.habits[0]!.checkoffs.map((c) => c.state)).toEqual(['auto', 'no', 'yes']);
    expect(p.habits[1]!.type).toBe('numerical');
    expect(p.habits[1]!.checkoffs.map((c) => c.value)).toEqual([0, 12]);
  });

  it('a zip that is not a Loop export is a clear error', () => {
    const p = parseImport(zipSync({ 'notes.txt': strToU8('hi') }), 'other.zip', {});
    expect(errors(p)[0]!.message).toMatch(/not a Loop Habit Tracker CSV export/);
  });

  it('a corrupt zip is a clear error', () => {
    const bytes = loopZip().slice(0, 60);
    const p = parseImport(bytes, 'broken.zip', {});
    expect(errors(p)[0]!.message).toMatch(/zip file could not be opened/);
  });
});

describe('bad files never crash', () => {
  const cases: [string, Uint8Array, RegExp][] = [
    ['empty', new Uint8Array(0), /empty/],
    ['blank', new TextEncoder().encode(' \n\r\n '), /empty/],
    ['binary (NUL bytes)', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), /binary/],
    ['invalid UTF-8', Uint8Array.from([0x32, 0x30, 0xc3, 0x28, 0xa0, 0xa1]), /not valid UTF-8/],
  ];
  it.each(cases)('%s file', (_, bytes, message) => {
    const p = parseImport(bytes, 'notebook.txt', {});
    expect(p.entries).toEqual([]);
    expect(errors(p)).toHaveLength(1);
    expect(errors(p)[0]).toMatchObject({ line: 0, message: expect.stringMatching(message) });
  });

  it('a file over 50 MB', () => {
    const p = parseImport(new Uint8Array(MAX_IMPORT_BYTES + 1), 'big.txt', {});
    expect(errors(p)[0]!.message).toMatch(/largest file accepted is 50 MB/);
  });
});
