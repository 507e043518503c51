import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { newId, nowIso } from '../../storage/ids.ts';
import {
  coupleRows,
  inviteByCodeHash,
  openInvite,
  type PartnerViewer,
  visibleRows,
} from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';
import { insertDefaultRituals } from '../rituals/store.ts';
import { DEFAULT_DOMAINS, INVITE_DAYS } from './rules.ts';

export const hashInviteCode = (normalized: string) => createHash('sha256').update(normalized).digest('hex');

export async function insertCouple(
  trx: Kysely<Database>,
  userId: string,
  displayName: string,
  timeZone: string,
): Promise<string> {
  const id = newId();
  const now = nowIso();
  await trx.insertInto('couples').values({ id, created_at: now, log_default_visibility: 'shared' }).execute();
  await trx
    .insertInto('members')
    .values({
      couple_id: id,
      user_id: userId,
      role: 'partner',
      display_name: displayName,
      time_zone: timeZone,
      joined_at: now,
    })
    .execute();
  await trx
    .insertInto('domains')
    .values(DEFAULT_DOMAINS.map((d) => ({ couple_id: id, id: d.id, label: d.label, created_at: now })))
    .execute();
  await insertDefaultRituals(trx, id);
  return id;
}

export async function findCouple(db: Kysely<Database>, viewer: PartnerViewer) {
  const coupleId = viewer.couple.id;
  const [partners, domains, invite, logDefault] = await Promise.all([
    visibleRows(db, viewer, 'members')
      .select(['user_id', 'display_name', 'time_zone'])
      .where('role', '=', 'partner')
      .orderBy('joined_at')
      .execute(),
    listDomains(db, coupleId),
    openInvite(db, viewer, nowIso()),
    findLogDefault(db, viewer),
  ]);
  const defaults = new Set(DEFAULT_DOMAINS.map((d) => d.id));
  return {
    id: coupleId,
    partners: partners.map((p) => ({
      id: p.user_id,
      displayName: p.display_name,
      timeZone: p.time_zone,
      me: p.user_id === viewer.userId,
    })),
    domains: domains.map((d) => ({ id: d.id, label: d.label, custom: !defaults.has(d.id) })),
    pendingInvite: invite ? { expiresAt: invite.expires_at } : null,
    logDefaultVisibility: logDefault,
  };
}

/** How the couple's new log entries start: shared unless they chose private. */
export async function findLogDefault(
  db: Kysely<Database>,
  viewer: PartnerViewer,
): Promise<'shared' | 'private'> {
  const row = await visibleRows(db, viewer, 'couples').select('log_default_visibility').executeTakeFirst();
  return row?.log_default_visibility === 'private' ? 'private' : 'shared';
}

export async function setLogDefault(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  value: 'shared' | 'private',
): Promise<void> {
  await db
    .updateTable('couples')
    .set({ log_default_visibility: value })
    .where('id', '=', viewer.couple.id)
    .execute();
}

export async function listDomains(db: Kysely<Database>, coupleId: string) {
  return coupleRows(db, coupleId, 'domains')
    .select(['id', 'label'])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function insertDomain(
  db: Kysely<Database>,
  coupleId: string,
  id: string,
  label: string,
): Promise<void> {
  await db.insertInto('domains').values({ couple_id: coupleId, id, label, created_at: nowIso() }).execute();
}

export async function countPartners(db: Kysely<Database>, coupleId: string): Promise<number> {
  const r = await coupleRows(db, coupleId, 'members')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('role', '=', 'partner')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Replaces any open invite of the couple by a new one: only one code works at a time. */
export async function replaceInvite(
  trx: Kysely<Database>,
  coupleId: string,
  userId: string,
  codeHash: string,
): Promise<string> {
  const now = Date.now();
  const expiresAt = nowIso(now + INVITE_DAYS * 86_400_000);
  await trx.deleteFrom('invites').where('couple_id', '=', coupleId).where('used_at', 'is', null).execute();
  await trx
    .insertInto('invites')
    .values({
      couple_id: coupleId,
      id: newId(now),
      code_hash: codeHash,
      created_by: userId,
      created_at: nowIso(now),
      expires_at: expiresAt,
      used_at: null,
    })
    .execute();
  return expiresAt;
}

export async function deleteOpenInvites(db: Kysely<Database>, coupleId: string): Promise<void> {
  await db.deleteFrom('invites').where('couple_id', '=', coupleId).where('used_at', 'is', null).execute();
}

export async function findInviteByHash(trx: Kysely<Database>, codeHash: string) {
  return inviteByCodeHash(trx, codeHash);
}

/**
 * Uses an invite: marks it used only if still unused, so of two people racing with one code
 * exactly one gets in. Returns false when someone else used it first.
 */
export async function useInvite(trx: Kysely<Database>, coupleId: string, inviteId: string): Promise<boolean> {
  const r = await trx
    .updateTable('invites')
    .set({ used_at: nowIso() })
    .where('couple_id', '=', coupleId)
    .where('id', '=', inviteId)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertPartner(
  trx: Kysely<Database>,
  coupleId: string,
  userId: string,
  displayName: string,
  timeZone: string,
): Promise<void> {
  await trx
    .insertInto('members')
    .values({
      couple_id: coupleId,
      user_id: userId,
      role: 'partner',
      display_name: displayName,
      time_zone: timeZone,
      joined_at: nowIso(),
    })
    .execute();
}

export async function updateMember(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  patch: { display_name?: string; time_zone?: string },
): Promise<void> {
  await db
    .updateTable('members')
    .set(patch)
    .where('couple_id', '=', viewer.couple.id)
    .where('user_id', '=', viewer.userId)
    .execute();
}
