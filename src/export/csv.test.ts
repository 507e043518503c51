import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseCsvEntries } from '../import/csv.ts';
import { fromCsvCell, toCsv } from './csv.ts';

describe('CSV cells', () => {
  const risky = ['=HYPERLINK("https://example.com","click")', '+1+2', '-2+3', '@SUM(A1)', '\tx', '\rx'];

  it('never starts a cell with a formula character (OWASP CSV injection)', () => {
    const csv = toCsv(
      risky.map((text) => ({ text, n: -1 })),
      ['text', 'n'],
    );
    const [header, ...rows] = parse(csv) as string[][];
    expect(header).toEqual(['text', 'n']);
    expect(rows.map((r) => r[0])).toEqual(risky.map((t) => `'${t}`));
    // Numbers are numbers, not text a spreadsheet could run.
    expect(rows.every((r) => r[1] === '-1')).toBe(true);
    expect(toCsv([{ text: 'Dishes again = tired' }])).toContain('Dishes again = tired');
  });

  it('takes the quote off again on import, so attune’s own CSV round-trips', () => {
    for (const t of risky) expect(fromCsvCell(`'${t}`)).toBe(t);
    expect(fromCsvCell("'quoted")).toBe("'quoted");
    const csv = toCsv(
      risky.slice(0, 4).map((text, i) => ({ date: `2024-03-0${i + 1}`, kind: 'note', text })),
      ['date', 'kind', 'text'],
    );
    const preview = parseCsvEntries(csv, {});
    expect(preview.problems).toEqual([]);
    expect(preview.entries.map((e) => e.text)).toEqual(risky.slice(0, 4));
  });
});
