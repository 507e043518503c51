import type { CreateEntry, Entry, Kind, Visibility } from '../../api/types.ts';

/** What the entry form edits. Empty strings stand for "not set" in inputs. */
export interface Draft {
  kind: Kind;
  date: string;
  text: string;
  domains: string[];
  intensity: number | null;
  visibility: Visibility;
  repairOf: string;
  promiseDue: string;
}

/** A fresh entry: a note for today, private until its author shares it (as the server does). */
export function newDraft(today: string): Draft {
  return {
    kind: 'note',
    date: today,
    text: '',
    domains: [],
    intensity: null,
    visibility: 'private',
    repairOf: '',
    promiseDue: '',
  };
}

export function draftFromEntry(entry: Entry): Draft {
  return {
    kind: entry.kind,
    date: entry.date,
    text: entry.text,
    domains: entry.domains,
    intensity: entry.intensity,
    visibility: entry.visibility,
    repairOf: entry.repairOf ?? '',
    promiseDue: entry.promiseDue ?? '',
  };
}

/** The request body: a link only on a repair, a due date only on a promise. */
export function draftToBody(d: Draft): CreateEntry {
  return {
    kind: d.kind,
    date: d.date,
    text: d.text.trim(),
    domains: d.domains,
    intensity: d.intensity,
    visibility: d.visibility,
    repairOf: d.kind === 'repair' && d.repairOf ? d.repairOf : null,
    promiseDue: d.kind === 'promise' && d.promiseDue ? d.promiseDue : null,
  };
}

export const DRAFT_FIELDS = [
  'kind',
  'date',
  'text',
  'domains',
  'intensity',
  'visibility',
  'repairOf',
  'promiseDue',
] as const;
