/**
 * Rows with named fields (CSV columns, JSON objects) → entries. Shared by csv.ts and json.ts:
 * `date, kind, text` required; `domains, intensity, visibility, state, due` optional.
 */
import {
  decideDateOrder,
  matchDateAtStart,
  type NumericSighting,
  type RawDate,
  resolveRawDate,
} from './dates.ts';
import { finishEntries } from './finish.ts';
import { domainSlug, kindFromWord } from './grammar.ts';
import { type ImportMessage, say } from './messages.ts';
import { lineProblem } from './text.ts';
import type {
  ImportFormat,
  ImportOptions,
  ImportPreview,
  ImportProblem,
  ParsedEntry,
  PromiseState,
} from './types.ts';

export interface FieldRow {
  line: number;
  /** How the row reads in a problem message (the CSV line, or the JSON object). */
  source: string;
  fields: Record<string, unknown>;
}

export const REQUIRED_FIELDS = ['date', 'kind', 'text'] as const;
export const OPTIONAL_FIELDS = ['domains', 'intensity', 'visibility', 'state', 'due'] as const;

/** Reads a whole-field date. */
function readDate(value: unknown): RawDate | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  const m = matchDateAtStart(v);
  // Allow a time after the date (`2023-04-12T18:30`, `2023-04-12 18:30`), nothing else.
  if (!m || !/^(?:[T ]\d{1,2}:\d{2}.*)?$/u.test(v.slice(m.length))) return null;
  return m.yearless ? null : m.raw;
}

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

export function rowsToPreview(format: ImportFormat, rows: FieldRow[], options: ImportOptions): ImportPreview {
  const problems: ImportProblem[] = [];
  const sightings: NumericSighting[] = [];
  const dates = rows.map((r) => readDate(r.fields.date));
  const dues = rows.map((r) => (str(r.fields.due).trim() === '' ? null : readDate(r.fields.due)));
  rows.forEach((r, i) => {
    for (const raw of [dates[i], dues[i]]) {
      if (raw?.kind === 'numeric') sightings.push({ line: r.line, text: r.source, ...raw });
    }
  });
  const decision = decideDateOrder(sightings, options.dateOrder);
  if (decision.needsDateOrder && decision.firstAmbiguous) {
    const f = decision.firstAmbiguous;
    problems.push(lineProblem(f.line, f.text, say('dates.orderUnknown')));
  }

  const entries: ParsedEntry[] = [];
  const readRow = (row: FieldRow, i: number): ParsedEntry | ImportMessage => {
    const fail = (m: ImportMessage) => m;
    const f = row.fields;
    const raw = dates[i];
    if (!raw) return fail(say('row.notADate', { value: str(f.date) }));
    const resolved = resolveRawDate(raw, decision.readAs, null);
    if ('error' in resolved) return fail(say('row.badDate', { detail: resolved.error }));
    const kind = kindFromWord(str(f.kind) || 'note');
    if (!kind) return fail(say('row.unknownKind', { value: str(f.kind) }));
    if (typeof f.text !== 'string' && f.text !== undefined && f.text !== null)
      return fail(say('row.textNotString'));
    const text = str(f.text);
    if (text.trim() === '') return fail(say('row.textEmpty'));

    const domainsIn = Array.isArray(f.domains) ? f.domains.map(str) : str(f.domains).split(/[,;|\s]+/u);
    const domains = [...new Set(domainsIn.filter((d) => d.trim() !== '').map(domainSlug))];

    let intensity: number | null = null;
    if (str(f.intensity).trim() !== '') {
      const n = Number(f.intensity);
      if (!Number.isInteger(n) || n < 1 || n > 5)
        return fail(say('row.intensity', { value: str(f.intensity) }));
      intensity = n;
    }

    const vis = str(f.visibility).trim().toLowerCase();
    if (vis !== '' && vis !== 'shared' && vis !== 'private')
      return fail(say('row.visibility', { value: vis }));

    let promiseState: PromiseState | null = null;
    let dueDate: string | null = null;
    const state = str(f.state).trim().toLowerCase();
    if (kind === 'promise') {
      const map: Record<string, PromiseState> = {
        '': 'open',
        open: 'open',
        kept: 'kept',
        '✓': 'kept',
        broken: 'broken',
        '✗': 'broken',
      };
      const s = map[state];
      if (!s) return fail(say('row.state', { value: state }));
      promiseState = s;
      const due = dues[i];
      if (str(f.due).trim() !== '') {
        const d = due
          ? resolveRawDate(due, decision.readAs, null)
          : { error: `"${str(f.due)}" is not a date` };
        if ('error' in d) return fail(say('row.badDue', { detail: d.error }));
        dueDate = d.date;
      }
    } else if (state !== '' || str(f.due).trim() !== '') {
      problems.push(lineProblem(row.line, row.source, say('row.stateIgnored'), 'warning'));
    }

    return {
      line: row.line,
      date: resolved.date,
      kind,
      text,
      domains,
      intensity,
      promiseState,
      dueDate,
      repairOf: null,
      visibility: vis === '' ? null : (vis as 'shared' | 'private'),
      fingerprint: '',
    };
  };
  rows.forEach((row, i) => {
    const read = readRow(row, i);
    if ('code' in read) problems.push(lineProblem(row.line, row.source, read));
    else entries.push(read);
  });

  problems.push(...finishEntries(entries, null));
  return {
    format,
    entries,
    checkins: [],
    habits: [],
    dateOrder: decision.dateOrder,
    dateOrderReason: decision.reason,
    dateOrderPhrases: decision.reasonPhrases,
    needsDateOrder: decision.needsDateOrder,
    problems: problems.sort((a, b) => a.line - b.line),
  };
}
