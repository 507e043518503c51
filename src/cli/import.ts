/**
 * `attune import FILE [--dry-run] [--json] [--date-order month-first|day-first]`
 *
 * With `--dry-run` it reads and previews the file without a database: `--json` prints
 * {@link PreviewSummary}, otherwise a short human summary. Exit 0 when the file has no errors,
 * 2 when it has (the summary is still printed) or the arguments/file are unusable.
 * Without `--dry-run` the preview is handed to the commit step (`src/import/commit-cli.ts`).
 */
import { readFile, stat } from 'node:fs/promises';
import { hasErrors, type PreviewSummary, parseImport, summarizePreview } from '../import/preview.ts';
import type { DateOrder } from '../import/types.ts';
import { MAX_IMPORT_BYTES } from '../import/types.ts';
import { type CliIo, EXIT_BAD_INPUT } from './io.ts';

export const IMPORT_USAGE = `attune import FILE [--dry-run] [--json] [--date-order month-first|day-first]
              [--author EMAIL] [--couple ID] [--visibility private|shared] [--database PATH|URL]

  FILE          a notebook (.txt/.md), attune CSV or JSON, Daylio CSV export, or Loop Habit Tracker CSV zip
  --dry-run     preview only; needs no database
  --json        print the preview summary as JSON
  --date-order  how to read dates like 04/05/2023 when the file never shows it
  --author      the partner (by email) the entries are written as; needed without --dry-run
  --couple      the couple's id, checked against the author's (optional)
  --visibility  for entries the file does not mark: private (default) or shared
  --database    SQLite file or postgres:// URL (default: DATABASE_URL or ./data/attune.db)

Exit 0 when the file has no errors, 2 when it has (or the arguments are wrong).`;

/** Options only the commit step reads (each takes a value). */
const COMMIT_OPTIONS = new Set(['--author', '--couple', '--visibility', '--database']);

interface ImportArgs {
  file: string;
  dryRun: boolean;
  json: boolean;
  dateOrder?: DateOrder;
}

function parseArgs(args: string[]): ImportArgs | { error: string } {
  let file: string | undefined;
  let dryRun = false;
  let json = false;
  let dateOrder: DateOrder | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--dry-run') dryRun = true;
    else if (a === '--json') json = true;
    else if (a === '--date-order' || a.startsWith('--date-order=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (v !== 'month-first' && v !== 'day-first')
        return { error: '--date-order must be month-first or day-first' };
      dateOrder = v;
    } else if (COMMIT_OPTIONS.has(a.split('=')[0]!)) {
      if (!a.includes('=')) i++; // its value is read by the commit step
    } else if (a.startsWith('-')) return { error: `unknown option ${a}` };
    else if (file === undefined) file = a;
    else return { error: `one file at a time (got "${file}" and "${a}")` };
  }
  if (file === undefined) return { error: 'which file? Give the path of the file to import' };
  return dateOrder ? { file, dryRun, json, dateOrder } : { file, dryRun, json };
}

export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if ('error' in parsed) {
    io.stderr(`attune import: ${parsed.error}\n\n${IMPORT_USAGE}\n`);
    return EXIT_BAD_INPUT;
  }
  let bytes: Uint8Array;
  try {
    const info = await stat(parsed.file);
    if (!info.isFile()) throw new Error('not a file');
    if (info.size > MAX_IMPORT_BYTES) {
      io.stderr(
        `attune import: ${parsed.file} is ${(info.size / 1024 / 1024).toFixed(1)} MB; the largest file accepted is 50 MB.\n`,
      );
      return EXIT_BAD_INPUT;
    }
    bytes = await readFile(parsed.file);
  } catch (err) {
    const code = (err as { code?: string }).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : 'not a readable file';
    io.stderr(`attune import: cannot read ${parsed.file}: ${why}.\n`);
    return EXIT_BAD_INPUT;
  }

  const preview = parseImport(bytes, parsed.file, parsed.dateOrder ? { dateOrder: parsed.dateOrder } : {});
  const failed = hasErrors(preview);
  if (parsed.dryRun || failed) {
    const summary = summarizePreview(preview);
    io.stdout(
      parsed.json
        ? `${JSON.stringify(summary, null, 2)}\n`
        : humanSummary(parsed.file, summary, parsed.dryRun),
    );
    return failed ? EXIT_BAD_INPUT : 0;
  }
  const { commitImportCommand } = await import('./import-commit.ts');
  return commitImportCommand(args, io, preview);
}

function humanSummary(file: string, s: PreviewSummary, dryRun: boolean): string {
  const kinds = Object.entries(s.byKind)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k.replace('_', ' ')}`)
    .join(', ');
  const lines = [
    `${file} (${s.format}): ${s.entries} entries${kinds ? ` (${kinds})` : ''}`,
    ...(s.checkins > 0 ? [`${s.checkins} mood check-ins`] : []),
    ...(s.habits > 0 ? [`${s.habits} habits with ${s.checkoffs} check-offs`] : []),
    ...(s.byKind.promise > 0
      ? [
          `promises: ${s.promiseStates.kept} kept, ${s.promiseStates.broken} broken, ${s.promiseStates.open} open`,
        ]
      : []),
    ...(s.firstDate ? [`dates: ${s.firstDate} to ${s.lastDate}`] : []),
    `date order: ${s.dateOrder}. ${s.dateOrderReason}`,
  ];
  for (const p of s.problems)
    lines.push(`error, line ${p.line}: ${p.message}${p.text ? `\n    ${p.text}` : ''}`);
  for (const p of s.warnings) lines.push(`warning, line ${p.line}: ${p.message}`);
  if (s.problems.length > 0)
    lines.push(`${s.problems.length} error(s): nothing was imported. Fix the lines above and try again.`);
  else if (dryRun) lines.push('No errors. Run again without --dry-run to import.');
  return `${lines.join('\n')}\n`;
}
