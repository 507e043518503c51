import type { Kysely } from 'kysely';
import { nowIso } from '../../storage/ids.ts';
import { type PartnerViewer, visibleRows } from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';
import { DEFAULT_PACE, type Pace } from './rules.ts';

/** The pace of every domain the couple has decided on; other domains run at {@link DEFAULT_PACE}. */
export async function listPace(db: Kysely<Database>, viewer: PartnerViewer): Promise<Map<string, Pace>> {
  const rows = await visibleRows(db, viewer, 'pace')
    .select(['domain', 'max_active', 'size', 'decided_at'])
    .execute();
  return new Map(
    rows.map((r) => [r.domain, { maxActive: Number(r.max_active), size: r.size, decidedAt: r.decided_at }]),
  );
}

export async function paceOf(db: Kysely<Database>, viewer: PartnerViewer, domain: string): Promise<Pace> {
  return (await listPace(db, viewer)).get(domain) ?? DEFAULT_PACE;
}

/** The couple's decision for a domain; replaces an earlier one. */
export async function setPace(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  domain: string,
  pace: { maxActive: number; size: Pace['size'] },
): Promise<void> {
  const decided_at = nowIso();
  await db
    .insertInto('pace')
    .values({ couple_id: viewer.couple.id, domain, max_active: pace.maxActive, size: pace.size, decided_at })
    .onConflict((oc) =>
      oc
        .columns(['couple_id', 'domain'])
        .doUpdateSet({ max_active: pace.maxActive, size: pace.size, decided_at }),
    )
    .execute();
}
