import type { Kysely } from 'kysely';
import type { ImportPreview } from '../../import/types.ts';
import { newId, nowIso } from '../../storage/ids.ts';
import { ownRows } from '../../storage/scope.ts';
import type { Database, LogRow } from '../../storage/tables.ts';
import { listDomains } from '../couple/store.ts';
import { importHabits } from '../habits/import.ts';

export interface ImportTarget {
  coupleId: string;
  /** The partner the entries are written as. */
  authorId: string;
  /** For entries whose file does not say: imported text is private unless asked otherwise. */
  visibility: 'shared' | 'private';
}

export interface ImportResult {
  created: number;
  /** Entries already in the log (same fingerprint): a re-import adds nothing twice. */
  duplicates: number;
  /** Domains created from the file's #hashtags. */
  domainsCreated: string[];
  /** Habits (from Loop Habit Tracker) created, and their days added. */
  habits: { created: number; checkoffs: number };
  /** Rows the file holds that do not become rows of their own, with why. */
  notImported: { checkins: number; habits: number; reason: string | null };
}

const BATCH = 200;
const label = (slug: string) => slug.charAt(0).toUpperCase() + slug.slice(1).replaceAll('_', ' ');

/**
 * Writes a preview's entries into the log in the caller's transaction: all or nothing. Entries
 * whose fingerprint the importer already has are skipped, so importing the same (or an
 * overlapping) file twice creates no duplicates. A repair keeps its link to its conflict, also
 * when that conflict came in with an earlier import.
 */
export async function commitImport(
  trx: Kysely<Database>,
  target: ImportTarget,
  preview: ImportPreview,
): Promise<ImportResult> {
  const now = nowIso();
  const known = new Set((await listDomains(trx, target.coupleId)).map((d) => d.id));
  const domainsCreated = [...new Set(preview.entries.flatMap((e) => e.domains))]
    .filter((d) => !known.has(d))
    .sort();
  if (domainsCreated.length > 0) {
    await trx
      .insertInto('domains')
      .values(
        domainsCreated.map((id) => ({ couple_id: target.coupleId, id, label: label(id), created_at: now })),
      )
      .execute();
  }

  const existing = new Map<string, string>();
  // Only the importer's own entries: comparing with the partner's would tell them whether a
  // private line of the partner's exists, and link their repairs to it.
  const importer = { userId: target.authorId, couple: { id: target.coupleId } };
  const rows = await ownRows(trx, importer, 'log')
    .select(['id', 'fingerprint'])
    .where('fingerprint', 'is not', null)
    .execute();
  for (const r of rows) existing.set(r.fingerprint!, r.id);

  const idOf: string[] = [];
  const fresh: LogRow[] = [];
  preview.entries.forEach((e, i) => {
    const already = existing.get(e.fingerprint);
    if (already) {
      idOf[i] = already;
      return;
    }
    const id = newId();
    idOf[i] = id;
    existing.set(e.fingerprint, id); // a file that repeats itself counts once
    fresh.push({
      couple_id: target.coupleId,
      id,
      author_id: target.authorId,
      kind: e.kind,
      date: e.date,
      text: e.text,
      domains: JSON.stringify(e.domains),
      intensity: e.intensity,
      visibility: e.visibility ?? target.visibility,
      repair_of: null,
      promise_due: e.kind === 'promise' ? e.dueDate : null,
      promise_state: e.kind === 'promise' ? (e.promiseState ?? 'open') : null,
      fingerprint: e.fingerprint,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    });
  });
  // Links resolve after ids are known; a repair's conflict may come later in the file.
  const freshById = new Map(fresh.map((r) => [r.id, r]));
  preview.entries.forEach((e, i) => {
    const row = freshById.get(idOf[i]!);
    if (row && e.repairOf !== null) row.repair_of = idOf[e.repairOf] ?? null;
  });
  for (let i = 0; i < fresh.length; i += BATCH) {
    await trx
      .insertInto('log')
      .values(fresh.slice(i, i + BATCH))
      .execute();
  }
  const habits = await importHabits(trx, target, preview.habits);
  return {
    created: fresh.length,
    duplicates: preview.entries.length - fresh.length,
    domainsCreated,
    habits: { created: habits.habits, checkoffs: habits.checkoffs },
    notImported: {
      checkins: preview.checkins.length,
      habits: 0,
      reason:
        preview.checkins.length > 0
          ? 'Each mood came in as a note in your log. A mood alone is not a full check-in, and attune never fills in numbers you did not give.'
          : null,
    },
  };
}
