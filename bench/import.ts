/**
 * Import preview speed: a generated three-year notebook of ~1,000 entries, beside a baseline
 * that only splits the file into lines and tests one date regex per line.
 */
import { parseImport } from '../src/import/preview.ts';
import { percentile, type Report, timeRuns } from './harness.ts';

const KINDS = ['Fight:', 'Made up:', 'Promise:', 'Thanks:', 'Gesture:', 'Event:', 'Note:', ''];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Lisa's notebook, three years of it: headings by year and day, a few entries a day, mixed date styles. */
export function generateNotebook(entries: number): string {
  const lines: string[] = [];
  let t = Date.UTC(2021, 0, 1);
  let year = 0;
  let written = 0;
  let i = 0;
  while (written < entries) {
    const d = new Date(t);
    if (d.getUTCFullYear() !== year) {
      year = d.getUTCFullYear();
      lines.push(`## ${year}`, '');
    }
    const style = i % 3;
    const date =
      style === 0
        ? `### ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${year}`
        : style === 1
          ? d.toISOString().slice(0, 10)
          : `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${year}`;
    lines.push(date);
    for (let k = 0; k < 1 + (i % 2) && written < entries; k++, written++) {
      const kind = KINDS[(i * 7 + k) % KINDS.length];
      lines.push(
        `- ${kind} about the dishes again, then a long talk 💬 (${1 + ((i + k) % 5)}/5) #logistics #communication`,
      );
    }
    lines.push('');
    t += 86_400_000 * (1 + (i % 2));
    i++;
  }
  return lines.join('\n');
}

export async function run(report: Report): Promise<void> {
  const text = generateNotebook(1000);
  const bytes = new TextEncoder().encode(text);
  const dateRe = /^(?:#+\s+)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4}|[A-Z][a-z]+ \d{1,2}, \d{4})/;
  const baseline = await timeRuns(() => {
    let n = 0;
    for (const line of new TextDecoder().decode(bytes).split(/\r?\n/)) if (dateRe.test(line)) n++;
    return n;
  }, 20);
  const preview = parseImport(bytes, 'notebook.md', {});
  if (preview.entries.length !== 1000)
    throw new Error(`expected 1000 entries, got ${preview.entries.length}`);
  const runs = await timeRuns(() => parseImport(bytes, 'notebook.md', {}), 20);
  const p50 = percentile(runs, 50);
  const p95 = percentile(runs, 95);
  report({
    name: `import preview, 3-year notebook (${preview.entries.length} entries, ${(bytes.length / 1024).toFixed(0)} KB), median`,
    value: p50,
    unit: 'ms',
    baseline: { value: percentile(baseline, 50), label: 'split lines + one date regex per line' },
    better: 'lower',
    target: '≤ 1000 ms',
    ok: p50 <= 1000,
  });
  report({
    name: 'import preview, same notebook, p95',
    value: p95,
    unit: 'ms',
    better: 'lower',
    target: '≤ 1000 ms',
    ok: p95 <= 1000,
  });
}
