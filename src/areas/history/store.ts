import type { Kysely } from 'kysely';
import { type PartnerViewer, visibleCheckins, visibleLog } from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';

/** The first day of a check-in this viewer may see (their own or a shared one of the partner). */
export async function firstVisibleCheckin(
  db: Kysely<Database>,
  viewer: PartnerViewer,
): Promise<string | null> {
  const r = await visibleCheckins(db, viewer)
    .select('checkins.date')
    .orderBy('checkins.date')
    .limit(1)
    .executeTakeFirst();
  return r?.date ?? null;
}

/** The check-in numbers this viewer may see between two days (never a note). */
export async function checkinNumbers(db: Kysely<Database>, viewer: PartnerViewer, from: string, to: string) {
  return visibleCheckins(db, viewer)
    .select([
      'checkins.author_id',
      'checkins.date',
      'checkins.satisfaction',
      'checkins.energy',
      'checkins.connection',
      'checkins.conflicts',
      'checkins.positives',
      'checkins.metrics',
    ])
    .where('checkins.date', '>=', from)
    .where('checkins.date', '<=', to)
    .execute();
}

/** The life events this viewer may see (shared ones and their own private ones). */
export async function lifeEvents(db: Kysely<Database>, viewer: PartnerViewer) {
  return visibleLog(db, viewer)
    .select(['log.id', 'log.date', 'log.text', 'log.author_id'])
    .where('log.kind', '=', 'life_event')
    .orderBy('log.date')
    .execute();
}
