import { hashToken } from '../src/areas/account/store.ts';
import type { Store } from '../src/storage/db.ts';

/**
 * The statement attune runs to resolve a session cookie, for baselines that run "the same SQL"
 * without attune's layers (hooks, validation, scope module, response schemas, headers).
 */
export function lookUpSession(store: Store, cookie: string | undefined) {
  return store.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .leftJoin('members', (join) =>
      join.onRef('members.user_id', '=', 'users.id').on('members.role', '=', 'partner'),
    )
    .select([
      'sessions.id',
      'sessions.expires_at',
      'users.id as user_id',
      'members.couple_id',
      'members.time_zone',
    ])
    .where('sessions.token_hash', '=', hashToken((cookie ?? '').split('=')[1] ?? ''))
    .executeTakeFirst();
}
