import { type Kysely, sql } from 'kysely';
import { newId, nowIso } from '../../storage/ids.ts';
import { ownRows, type PartnerViewer, visibleLog } from '../../storage/scope.ts';
import type { Database, LogRow, UpdateableLogRow } from '../../storage/tables.ts';
import { UNDO_MS } from './rules.ts';
import type { Kind } from './schema.ts';

export interface NewEntry {
  kind: Kind;
  date: string;
  text: string;
  domains: string[];
  intensity: number | null;
  visibility: 'shared' | 'private';
  repairOf: string | null;
  promiseDue: string | null;
  promiseState?: 'open' | 'kept' | 'broken' | null;
  fingerprint?: string | null;
}

export interface ListFilter {
  kinds?: Kind[];
  domain?: string;
  author?: 'me' | 'partner';
  from?: string;
  to?: string;
  /** Text to find in an entry's text, case-insensitively. */
  text?: string;
  after?: { date: string; id: string };
  limit: number;
}

export async function insertEntry(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  entry: NewEntry,
): Promise<LogRow> {
  const now = nowIso();
  const row: LogRow = {
    couple_id: viewer.couple.id,
    id: newId(),
    author_id: viewer.userId,
    kind: entry.kind,
    date: entry.date,
    text: entry.text,
    domains: JSON.stringify(entry.domains),
    intensity: entry.intensity,
    visibility: entry.visibility,
    repair_of: entry.repairOf,
    promise_due: entry.promiseDue,
    promise_state: entry.kind === 'promise' ? (entry.promiseState ?? 'open') : null,
    fingerprint: entry.fingerprint ?? null,
    created_at: now,
    updated_at: now,
    deleted_at: null,
  };
  await db.insertInto('log').values(row).execute();
  return row;
}

/** One entry the viewer may see, or undefined (also for other couples' and others' private ids). */
export async function findVisibleEntry(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  id: string,
): Promise<LogRow | undefined> {
  return visibleLog(db, viewer).selectAll().where('log.id', '=', id).executeTakeFirst();
}

/** A newest-first page of the entries the viewer may see. */
export async function listEntries(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  f: ListFilter,
): Promise<LogRow[]> {
  let q = visibleLog(db, viewer).selectAll();
  if (f.kinds && f.kinds.length > 0) q = q.where('log.kind', 'in', f.kinds);
  // Domains are a JSON array of slugs; a slug is [a-z0-9_], so the quoted form matches exactly.
  if (f.domain) q = q.where('log.domains', 'like', `%"${f.domain.replace(/[^a-z0-9_]/g, '')}"%`);
  if (f.author === 'me') q = q.where('log.author_id', '=', viewer.userId);
  if (f.author === 'partner') q = q.where('log.author_id', '!=', viewer.userId);
  if (f.from) q = q.where('log.date', '>=', f.from);
  if (f.to) q = q.where('log.date', '<=', f.to);
  if (f.text?.trim()) q = q.where(textContains(f.text.trim()));
  if (f.after) {
    const { date, id } = f.after;
    q = q.where((eb) =>
      eb.or([eb('log.date', '<', date), eb.and([eb('log.date', '=', date), eb('log.id', '<', id)])]),
    );
  }
  return q.orderBy('log.date', 'desc').orderBy('log.id', 'desc').limit(f.limit).execute();
}

/**
 * A case-insensitive substring match on the entry's text; `%`, `_` and `!` in the search are literal.
 * SQLite's lower() folds only ASCII letters, so there "Ñ" finds "Ñ" and "ñ" finds "ñ" but not each other.
 *
 * @example textContains('50%') // lower(log.text) like '%50!%%' escape '!'
 */
function textContains(text: string) {
  const pattern = `%${text.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;
  return sql<boolean>`lower(${sql.ref('log.text')}) like ${pattern} escape '!'`;
}

/** Of the given ids, those the viewer may see: used to show a repair's link only when its conflict is visible. */
export async function visibleIds(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await visibleLog(db, viewer).select('log.id').where('log.id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

export async function updateEntry(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  id: string,
  patch: UpdateableLogRow,
): Promise<void> {
  await db
    .updateTable('log')
    .set({ ...patch, updated_at: nowIso() })
    .where('couple_id', '=', viewer.couple.id)
    .where('id', '=', id)
    .where('author_id', '=', viewer.userId)
    .execute();
}

export async function setPromiseState(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  id: string,
  state: 'open' | 'kept' | 'broken',
): Promise<void> {
  await db
    .updateTable('log')
    .set({ promise_state: state, updated_at: nowIso() })
    .where('couple_id', '=', viewer.couple.id)
    .where('id', '=', id)
    .execute();
}

/** Soft-deletes the viewer's own entry; returns when the undo window closes. */
export async function softDeleteEntry(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  id: string,
  now = Date.now(),
): Promise<string> {
  await db
    .updateTable('log')
    .set({ deleted_at: nowIso(now) })
    .where('couple_id', '=', viewer.couple.id)
    .where('id', '=', id)
    .where('author_id', '=', viewer.userId)
    .execute();
  return nowIso(now + UNDO_MS);
}

/** The viewer's own deleted entry, while it can still be brought back. */
export async function findRestorableEntry(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  id: string,
  now = Date.now(),
): Promise<LogRow | undefined> {
  return ownRows(db, viewer, 'log')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is not', null)
    .where('deleted_at', '>', nowIso(now - UNDO_MS))
    .executeTakeFirst();
}

export async function restoreEntry(db: Kysely<Database>, viewer: PartnerViewer, id: string): Promise<void> {
  await db
    .updateTable('log')
    .set({ deleted_at: null })
    .where('couple_id', '=', viewer.couple.id)
    .where('id', '=', id)
    .where('author_id', '=', viewer.userId)
    .execute();
}

/** Erases entries whose undo window has closed (for one couple, or all in housekeeping); returns how many. */
export async function purgeDeletedEntries(
  db: Kysely<Database>,
  coupleId: string | null,
  now = Date.now(),
): Promise<number> {
  let q = db
    .deleteFrom('log')
    .where('deleted_at', 'is not', null)
    .where('deleted_at', '<=', nowIso(now - UNDO_MS));
  if (coupleId) q = q.where('couple_id', '=', coupleId);
  return Number((await q.executeTakeFirst()).numDeletedRows);
}
