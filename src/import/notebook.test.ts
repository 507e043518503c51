import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseImport } from './preview.ts';
import type { ImportOptions, ImportPreview } from './types.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const parseText = (text: string, options: ImportOptions = {}, name = 'notebook.txt'): ImportPreview =>
  parseImport(new TextEncoder().encode(text), name, options);
const errors = (p: ImportPreview) => p.problems.filter((x) => x.severity === 'error');

describe('Markdown notebook with headings', () => {
  const p = parseImport(fixture('notebook.md'), 'notebook.md', {});

  it('reads every entry with its date, kind and line', () => {
    expect(p.format).toBe('notebook');
    expect(errors(p)).toEqual([]);
    expect(p.entries.map((e) => [e.line, e.date, e.kind])).toEqual([
      [7, '2023-04-12', 'conflict'],
      [8, '2023-04-12', 'repair'],
      [9, '2023-04-12', 'promise'],
      [13, '2023-04-14', 'appreciation'],
      [14, '2023-04-14', 'gesture'],
      [18, '2023-04-17', 'conflict'],
      [19, '2023-04-17', 'note'],
      [25, '2023-05-02', 'conflict'],
      [26, '2023-05-02', 'life_event'],
      [27, '2023-05-02', 'promise'],
      [28, '2023-05-02', 'promise'],
    ]);
  });

  it('takes a yearless heading’s year from the ## 2023 heading above it', () => {
    expect(p.entries[3]!.date).toBe('2023-04-14');
  });

  it('keeps the text exactly, minus keyword and markers, emoji included', () => {
    expect(p.entries[1]!.text).toBe('after dinner 💛');
    expect(p.entries[3]!.text).toBe('he cooked lasagne 🍝');
    expect(p.entries[4]!.text).toBe("left a note on the mirror — «je t'aime»");
  });

  it('reads hashtags, intensity forms, promise states and due dates', () => {
    expect(p.entries[0]).toMatchObject({ domains: ['logistics'], intensity: 3 });
    expect(p.entries[3]).toMatchObject({ intensity: 2 });
    expect(p.entries[5]).toMatchObject({ domains: ['conflict_resolution'], text: 'weekend plans' });
    expect(p.entries[2]).toMatchObject({ promiseState: 'kept', dueDate: '2023-04-20' });
    expect(p.entries[9]).toMatchObject({ promiseState: 'broken', dueDate: null });
    expect(p.entries[10]).toMatchObject({ promiseState: 'open', dueDate: '2023-06-01' });
    expect(p.entries[0]!.promiseState).toBeNull();
  });

  it('links the repair to the conflict it resolves', () => {
    expect(p.entries[1]!.repairOf).toBe(0);
  });
});

describe('kinds and synonyms', () => {
  const cases: [string, string][] = [
    ['fight', 'conflict'],
    ['Argument', 'conflict'],
    ['ROW', 'conflict'],
    ['conflict', 'conflict'],
    ['resolution', 'repair'],
    ['Resolved', 'repair'],
    ['made up', 'repair'],
    ['repair', 'repair'],
    ['apology', 'repair'],
    ['promise', 'promise'],
    ['Promised', 'promise'],
    ['appreciation', 'appreciation'],
    ['grateful', 'appreciation'],
    ['thanks', 'appreciation'],
    ['gratitude', 'appreciation'],
    ['gesture', 'gesture'],
    ['event', 'life_event'],
    ['Life event', 'life_event'],
    ['note', 'note'],
  ];
  it.each(cases)('"%s" is a %s', (word, kind) => {
    const p = parseText(`2023-04-12\n${word}: something happened`);
    expect(p.entries[0]).toMatchObject({ kind, text: 'something happened' });
  });

  it('a line without a keyword is a note, and a keyword must be a whole word', () => {
    const p = parseText('2023-04-12\nwalked the dog\nEventually we laughed\nrowing together');
    expect(p.entries.map((e) => [e.kind, e.text])).toEqual([
      ['note', 'walked the dog'],
      ['note', 'Eventually we laughed'],
      ['note', 'rowing together'],
    ]);
  });

  it('a line of markers only keeps its words as written, so no entry is blank', () => {
    const p = parseText('2023-04-12\nThanks\n- Fight: (3/5)\n- #logistics');
    expect(p.entries.map((e) => [e.kind, e.text])).toEqual([
      ['appreciation', 'Thanks'],
      ['conflict', 'Fight: (3/5)'],
      ['note', '#logistics'],
    ]);
    expect(p.entries[1]).toMatchObject({ intensity: 3 });
  });

  it('promise states from ✓ and ✗ and (open), and markers only on promises', () => {
    const p = parseText('2023-04-12\npromise: call ✓\npromise: walk ✗\npromise: cook (open)\nnote: ticked ✓');
    expect(p.entries.map((e) => e.promiseState)).toEqual(['kept', 'broken', 'open', null]);
    expect(p.entries[3]!.text).toBe('ticked ✓');
  });

  it('inline hashtags stay in the text, trailing ones leave it; both become domains', () => {
    const p = parseText('2023-04-12\nfight about #Money again #Conflict-Resolution #money');
    expect(p.entries[0]).toMatchObject({
      text: 'about #Money again',
      domains: ['money', 'conflict_resolution'],
    });
  });

  it('intensity outside 1–5 is an error with the line', () => {
    const p = parseText('2023-04-12\nfight (6/5)\nfight intensity 0\nfight intensity 2.5\nfight (5/5)');
    expect(errors(p).map((x) => x.line)).toEqual([2, 3, 4]);
    expect(p.entries).toHaveLength(1);
    expect(p.entries[0]!.intensity).toBe(5);
  });
});

describe('dates', () => {
  it('reads every written form', () => {
    const forms = [
      '2023-04-12',
      '2023/04/12',
      'April 12, 2023',
      '12 April 2023',
      'Apr 12 2023',
      'Wed, Apr 12, 2023',
      'Wednesday 12th April 2023',
      '**April 12, 2023**',
      '### 2023-04-12',
    ];
    for (const f of forms) {
      const p = parseText(`${f}\nnote: x`);
      expect(
        p.entries.map((e) => e.date),
        f,
      ).toEqual(['2023-04-12']);
    }
  });

  it('a prefix date dates its line and the lines below it', () => {
    const p = parseText('2023-04-12: fight about dishes\nmade up\n2023-04-13 — note: calm');
    expect(p.entries.map((e) => [e.date, e.kind, e.text])).toEqual([
      ['2023-04-12', 'conflict', 'about dishes'],
      ['2023-04-12', 'repair', 'made up'],
      ['2023-04-13', 'note', 'calm'],
    ]);
  });

  it('ordinary text that starts with a month word is not a date', () => {
    const p = parseText('2023-04-12\nMay 3 was hard, he said\nMarch on');
    expect(p.entries.map((e) => e.text)).toEqual(['May 3 was hard, he said', 'March on']);
    expect(errors(p)).toEqual([]);
  });
});

describe('date order evidence', () => {
  it('day-first: a first number above 12', () => {
    const p = parseImport(fixture('day-first.txt'), 'day-first.txt', {});
    expect(p.dateOrder).toBe('day-first');
    expect(p.needsDateOrder).toBe(false);
    expect(p.dateOrderReason).toMatch(/first number above 12/);
    expect(p.entries.map((e) => e.date)).toEqual([
      '2023-04-12',
      '2023-04-12',
      '2023-04-25',
      '2023-05-03',
      '2023-05-13',
    ]);
    expect(p.entries[2]).toMatchObject({
      kind: 'promise',
      promiseState: 'broken',
      text: 'to book the holiday',
    });
  });

  it('month-first: a second number above 12', () => {
    const p = parseImport(fixture('month-first.txt'), 'month-first.txt', {});
    expect(p.dateOrder).toBe('month-first');
    expect(p.dateOrderReason).toMatch(/second number above 12/);
    expect(p.entries.map((e) => e.date)).toEqual(['2023-04-12', '2023-04-13', '2023-05-02', '2023-05-30']);
    expect(p.entries[1]).toMatchObject({ kind: 'repair', text: 'long walk', repairOf: 0 });
  });

  it('ambiguous: needs the order, and the option decides it', () => {
    const p = parseImport(fixture('ambiguous.txt'), 'ambiguous.txt', {});
    expect(p.needsDateOrder).toBe(true);
    expect(errors(p)[0]).toMatchObject({ line: 1, text: '04/05/2023' });
    const d = parseImport(fixture('ambiguous.txt'), 'ambiguous.txt', { dateOrder: 'day-first' });
    expect(d).toMatchObject({ needsDateOrder: false, dateOrder: 'day-first' });
    expect(errors(d)).toEqual([]);
    expect(d.entries.map((e) => e.date)).toEqual(['2023-05-04', '2023-06-05']);
  });

  it('ISO and month names only: unambiguous', () => {
    expect(parseText('2023-04-12\nnote: x\nApril 13, 2023\nnote: y').dateOrder).toBe('unambiguous');
  });

  it('when lines disagree the majority wins and the minority dates are errors', () => {
    const p = parseText('25/04/2023\nnote: a\n26/04/2023\nnote: b\n04/27/2023\nnote: c\n28/04/2023\nnote: d');
    expect(p.dateOrder).toBe('day-first');
    expect(p.dateOrderReason).toMatch(/1 date\(s\) only make sense the other way/);
    expect(errors(p).map((x) => x.line)).toEqual([5]);
    expect(p.entries.map((e) => e.text)).toEqual(['a', 'b', 'd']);
  });

  it('a tie cannot decide', () => {
    const p = parseText('25/04/2023\nnote: a\n04/26/2023\nnote: b');
    expect(p.needsDateOrder).toBe(true);
    expect(p.dateOrderReason).toMatch(/disagrees with itself/);
  });
});

describe('problems', () => {
  const p = parseImport(fixture('errors.txt'), 'errors.txt', {});

  it('reports each with its line number and text', () => {
    expect(errors(p).map((x) => [x.line, x.text])).toEqual([
      [4, '13/32/2023'],
      [6, 'April 31, 2023'],
      [9, 'conflict: intensity 7'],
    ]);
    expect(errors(p)[1]!.message).toMatch(/April 2023 has 30 days/);
  });

  it('shows lines before the first date as not imported, with a warning, and imports the rest', () => {
    const q = parseText(
      'Our notebook\nKept by Lisa. M = Michael.\n\n2023-04-12\nconflict: dishes again\n2023-04-13\nappreciation: M made tea',
    );
    expect(q.problems.filter((x) => x.severity === 'error')).toEqual([]);
    expect(q.problems.map((x) => [x.line, x.severity, x.text])).toEqual([
      [1, 'warning', 'Our notebook'],
      [2, 'warning', 'Kept by Lisa. M = Michael.'],
    ]);
    expect(q.problems[0]!.message).toMatch(/before the first date, so it is not imported/);
    expect(q.entries.map((e) => [e.date, e.kind])).toEqual([
      ['2023-04-12', 'conflict'],
      ['2023-04-13', 'appreciation'],
    ]);
  });

  it('takes nothing from lines under a bad date until the next valid one', () => {
    expect(p.entries.map((e) => [e.line, e.text])).toEqual([
      [3, 'fine'],
      [10, 'kept'],
    ]);
    expect(errors(p)[0]!.message).toMatch(/Nothing was taken from the 1 line/);
    expect(p.problems.find((x) => x.line === 1)).toMatchObject({ severity: 'warning' });
  });

  it('impossible ISO dates and misspelled months are errors', () => {
    const q = parseText(
      '2023-02-30\nnote: a\nAprl 12, 2023\nnote: b\nFebuary 3 2023\nnote: c\n2024-02-29\nnote: leap',
    );
    expect(errors(q).map((x) => x.line)).toEqual([1, 3, 5]);
    expect(errors(q)[1]!.message).toMatch(/"Aprl" is not a month name/);
    expect(q.entries.map((e) => e.text)).toEqual(['leap']);
  });
});

describe('repair linking', () => {
  it('links to the most recent open conflict within 3 days, each conflict once', () => {
    const p = parseText(
      [
        '2023-04-01',
        'fight: old', // 0: more than 3 days before the repair below
        '2023-04-10',
        'fight: first', // 1
        '2023-04-11',
        'fight: second', // 2
        '2023-04-12',
        'made up: one', // → 2 (most recent open)
        'made up: two', // → 1 (2 is repaired)
        'made up: three', // nothing open within 3 days
      ].join('\n'),
    );
    expect(p.entries.map((e) => e.repairOf)).toEqual([null, null, null, 2, 1, null]);
    expect(p.problems.filter((x) => x.severity === 'warning').map((x) => x.line)).toEqual([10]);
  });

  it('links the same way in a newest-first notebook', () => {
    const p = parseText('2023-04-12\nresolved: talked\n2023-04-11\nfight: dishes');
    expect(p.entries[0]!.repairOf).toBe(1);
  });

  it('does not link to a conflict after the repair', () => {
    const p = parseText('2023-04-12\nresolved: talked\n2023-04-13\nfight: dishes');
    expect(p.entries[0]!.repairOf).toBeNull();
  });
});

describe('text handling and fingerprints', () => {
  it('round-trips Unicode and emoji exactly, accepts CRLF and a BOM', () => {
    const text = '\uFEFF2023-04-12\r\nnote: 👩‍❤️‍👨 Zoë’s café — 日本語 🇯🇵\r\n';
    const p = parseText(text);
    expect(p.entries[0]!.text).toBe('👩‍❤️‍👨 Zoë’s café — 日本語 🇯🇵');
    expect(errors(p)).toEqual([]);
  });

  it('fingerprints are stable across runs and differ between entries', () => {
    const a = parseImport(fixture('notebook.md'), 'notebook.md', {});
    const b = parseImport(fixture('notebook.md'), 'notebook.md', {});
    expect(a.entries.map((e) => e.fingerprint)).toEqual(b.entries.map((e) => e.fingerprint));
    expect(new Set(a.entries.map((e) => e.fingerprint)).size).toBe(a.entries.length);
    expect(a.entries[0]!.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('two identical entries on one day keep two fingerprints', () => {
    const p = parseText('2023-04-12\nnote: hug\nnote: hug');
    expect(p.entries[0]!.fingerprint).not.toBe(p.entries[1]!.fingerprint);
  });
});
