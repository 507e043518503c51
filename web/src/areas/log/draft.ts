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
  /** Labels of domains to add with the entry: created only when it is saved, never on Cancel. */
  newDomains: string[];
}

/** A fresh entry: a note for today, shared or private as the couple chose (shared unless they changed it). */
export function newDraft(today: string, visibility: Visibility = 'shared'): Draft {
  return {
    kind: 'note',
    date: today,
    text: '',
    domains: [],
    intensity: null,
    visibility,
    repairOf: '',
    promiseDue: '',
    newDomains: [],
  };
}

/** How far back a repair looks for the conflict it most likely resolves. */
export const REPAIR_LOOKBACK_DAYS = 3;

/**
 * The conflict a new repair most likely resolves: the most recent one of the last three days
 * (today included) that no repair links to yet; null when there is none.
 */
export function openConflictFor(
  conflicts: readonly Pick<Entry, 'id' | 'date' | 'createdAt'>[],
  repairs: readonly Pick<Entry, 'repairOf'>[],
  today: string,
): string | null {
  const from = new Date(Date.parse(`${today}T00:00:00Z`) - (REPAIR_LOOKBACK_DAYS - 1) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const repaired = new Set(repairs.map((r) => r.repairOf).filter(Boolean));
  const open = conflicts
    .filter((c) => c.date >= from && c.date <= today && !repaired.has(c.id))
    .sort((a, b) =>
      a.date === b.date ? b.createdAt.localeCompare(a.createdAt) : b.date.localeCompare(a.date),
    );
  return open[0]?.id ?? null;
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
    newDomains: [],
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
