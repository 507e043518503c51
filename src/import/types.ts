/**
 * The one shape every importer produces. Parsers are pure: bytes in, an {@link ImportPreview} out,
 * no database. The commit step (another module) writes a preview's rows in one transaction.
 */

import type { Phrase } from '../server/phrases.ts';
import type { ImportCode, ImportParams } from './messages.ts';

export type EntryKind =
  | 'conflict'
  | 'repair'
  | 'promise'
  | 'appreciation'
  | 'gesture'
  | 'life_event'
  | 'note';

export const ENTRY_KINDS: readonly EntryKind[] = [
  'conflict',
  'repair',
  'promise',
  'appreciation',
  'gesture',
  'life_event',
  'note',
];

/** The domains every couple starts with; `#hashtags` add the couple's own. */
export const DEFAULT_DOMAINS = ['communication', 'intimacy', 'conflict_resolution', 'logistics'] as const;

export type PromiseState = 'open' | 'kept' | 'broken';
export type DateOrder = 'month-first' | 'day-first';

export interface ParsedEntry {
  /** 1-based line in the source file (CSV: the record's line; JSON: the position in the array). */
  line: number;
  /** Local date, `YYYY-MM-DD`. */
  date: string;
  kind: EntryKind;
  /** The free text exactly as written (Unicode and emoji kept), minus the parsed keyword and markers. */
  text: string;
  /** Lower-case slugs (`conflict_resolution`), from `#hashtags` or a `domains` column. */
  domains: string[];
  /** 1–5, or null when the source does not say. */
  intensity: number | null;
  /** Promises only: `open` unless the source marks it kept or broken. Null for other kinds. */
  promiseState: PromiseState | null;
  /** Promises only: the due date when the text states one. */
  dueDate: string | null;
  /** Repairs only: the index in `entries` of the conflict this repair resolves. */
  repairOf: number | null;
  /** `shared` / `private` when the source says so (CSV/JSON `visibility`), else null: the committer decides. */
  visibility: 'shared' | 'private' | null;
  /** sha256 hex of `date|kind|normalized text` (plus `|n` for the n-th identical entry in the file). */
  fingerprint: string;
}

/** A Daylio mood row, shaped like a daily check-in. */
export interface ParsedCheckin {
  line: number;
  date: string;
  /** `HH:MM`, 24-hour, or null. */
  time: string | null;
  /** The mood label as exported (`rad`, `good`, or a custom name). */
  mood: string;
  /** 0–10: Daylio's five levels mapped 1→0, 2→3, 3→5, 4→8, 5→10; null for a mood name we cannot place. */
  satisfaction: number | null;
  activities: string[];
  /** Note title and note joined by a blank line; '' when none. */
  note: string;
  fingerprint: string;
}

/** One day of one Loop habit. */
export interface ParsedCheckoff {
  line: number;
  date: string;
  /** `yes` done; `auto` not needed that day by the habit's frequency; `no` missed; `skip` not applicable. */
  state: 'yes' | 'auto' | 'no' | 'skip';
  /** Numerical habits: the amount in the habit's unit (Loop stores ×1000; this is divided back). */
  value: number | null;
  notes: string;
}

/** A habit from Loop Habit Tracker's CSV export, with its check-offs. */
export interface ParsedHabit {
  /** Loop's 1-based position (`001` in `Habits.csv` and in the folder name). */
  position: number;
  name: string;
  type: 'yes_no' | 'numerical';
  question: string;
  description: string;
  /** How often: `numerator` times per `denominator` days. */
  frequency: { numerator: number; denominator: number };
  color: string;
  unit: string | null;
  targetType: 'at_least' | 'at_most' | null;
  targetValue: number | null;
  archived: boolean;
  checkoffs: ParsedCheckoff[];
}

export interface ImportProblem {
  /** 1-based line the problem is on; 0 when it concerns the whole file. */
  line: number;
  /** That line's text (trimmed, at most 200 characters); '' for whole-file problems. */
  text: string;
  /** In English (see messages.ts); `code` and `params` say the same for other languages. */
  message: string;
  code: ImportCode;
  params: ImportParams;
  severity: 'error' | 'warning';
}

export type ImportFormat = 'notebook' | 'csv' | 'json' | 'daylio' | 'loop';

export interface ImportPreview {
  format: ImportFormat;
  entries: ParsedEntry[];
  checkins: ParsedCheckin[];
  habits: ParsedHabit[];
  /** The numeric day/month order used; `unambiguous` when no date needed one. */
  dateOrder: DateOrder | 'unambiguous';
  /** Plain words: why this order was chosen. */
  dateOrderReason: string;
  /** The same as phrase codes, for the web app to word. */
  dateOrderPhrases: Phrase[];
  /** The file never decides the order: the UI must ask, the CLI takes `--date-order`. */
  needsDateOrder: boolean;
  /** Errors block the commit; warnings are shown and do not. */
  problems: ImportProblem[];
}

export interface ImportOptions {
  /** How to read `04/05/2023`; when given it wins over the file's evidence. */
  dateOrder?: DateOrder;
  /** Daylio: mood name (lower-case) → level 1–5, for custom moods. Defaults cover rad/good/meh/bad/awful. */
  daylioMoods?: Record<string, number>;
}

/** The largest file accepted, in bytes. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
