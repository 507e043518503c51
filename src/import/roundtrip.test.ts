import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatYmd, MONTH_NAMES } from './dates.ts';
import { parseImport } from './preview.ts';
import type { EntryKind } from './types.ts';

/** The keyword each kind is written with in the generated notebook. */
const KEYWORD: Record<EntryKind, string> = {
  conflict: 'Fight:',
  repair: 'Made up:',
  promise: 'Promise:',
  appreciation: 'Thanks:',
  gesture: 'Gesture:',
  life_event: 'Life event:',
  note: 'Note:',
};

const word = fc.stringMatching(/^[a-zA-Zéü🙂💛]{1,8}$/u);
const text = fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' '));
const day = fc.record({
  y: fc.integer({ min: 2019, max: 2026 }),
  m: fc.integer({ min: 1, max: 12 }),
  d: fc.integer({ min: 1, max: 28 }),
});
const entry = fc.record({
  day,
  kind: fc.constantFrom<EntryKind>(
    'conflict',
    'repair',
    'promise',
    'appreciation',
    'gesture',
    'life_event',
    'note',
  ),
  text,
});

type Style = 'iso' | 'day-first' | 'month-first' | 'named' | 'heading';
function writeDate({ y, m, d }: { y: number; m: number; d: number }, style: Style): string {
  switch (style) {
    case 'iso':
      return formatYmd(y, m, d);
    case 'day-first':
      return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
    case 'month-first':
      return `${m}/${d}/${y}`;
    case 'named':
      return `${MONTH_NAMES[m]} ${d}, ${y}`;
    case 'heading':
      return `### ${d} ${MONTH_NAMES[m]} ${y}`;
  }
}

describe('notebook round trip (property)', () => {
  it('formatting entries as a notebook in any date style and parsing it back keeps dates, kinds and texts', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { minLength: 1, maxLength: 25 }),
        fc.constantFrom<Style>('iso', 'day-first', 'month-first', 'named', 'heading'),
        fc.boolean(),
        (entries, style, ownLine) => {
          const lines = entries.flatMap((e) => {
            const date = writeDate(e.day, style);
            const body = `${KEYWORD[e.kind]} ${e.text}`;
            return ownLine || style === 'heading' ? [date, body] : [`${date}: ${body}`];
          });
          // The order is given only for numeric styles; the file may or may not show it by itself.
          const dateOrder = style === 'day-first' || style === 'month-first' ? style : undefined;
          const p = parseImport(
            new TextEncoder().encode(lines.join('\n')),
            'n.md',
            dateOrder ? { dateOrder } : {},
          );
          expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
          expect(p.entries.map((x) => [x.date, x.kind, x.text])).toEqual(
            entries.map((e) => [formatYmd(e.day.y, e.day.m, e.day.d), e.kind, e.text]),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
