import type { Kysely } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import * as m0001 from './migrations/0001_spine.ts';
import * as m0002 from './migrations/0002_checkins.ts';
import * as m0003 from './migrations/0003_habits.ts';
import * as m0004 from './migrations/0004_habit_targets.ts';
import * as m0005 from './migrations/0005_idempotency_request.ts';
import * as m0006 from './migrations/0006_default_rituals.ts';
import * as m0007 from './migrations/0007_srbai_automaticity.ts';
import * as m0008 from './migrations/0008_experiments.ts';
import * as m0009 from './migrations/0009_anchors_exploration.ts';
import * as m0010 from './migrations/0010_alignment.ts';
import * as m0011 from './migrations/0011_credit.ts';
import * as m0013 from './migrations/0013_coach.ts';
import * as m0014 from './migrations/0014_unanswered_checkins.ts';
import * as m0015 from './migrations/0015_insights.ts';
import * as m0016 from './migrations/0016_coach_suggestions.ts';
import * as m0019 from './migrations/0019_reminders.ts';
import * as m0020 from './migrations/0020_passkeys.ts';

// Listed by hand rather than read from the folder, so they load the same under Node, in tests
// and in a bundle. Append only; never edit a landed migration.
const migrations: Record<string, Migration> = {
  '0001_spine': m0001,
  '0002_checkins': m0002,
  '0003_habits': m0003,
  '0004_habit_targets': m0004,
  '0005_idempotency_request': m0005,
  '0006_default_rituals': m0006,
  '0007_srbai_automaticity': m0007,
  '0008_experiments': m0008,
  '0009_anchors_exploration': m0009,
  '0010_alignment': m0010,
  '0011_credit': m0011,
  '0014_unanswered_checkins': m0014,
  '0015_insights': m0015,
  '0019_reminders': m0019,
  '0020_passkeys': m0020,
  '0013_coach': m0013,
  '0016_coach_suggestions': m0016,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the schema to the newest version; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'attune_migrations',
    migrationLockTableName: 'attune_migrations_lock',
    // 0006 landed after 0007–0010: a database that already ran those still gets it (it only adds
    // the built-in rituals to couples without any, so its place in the order does not matter).
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    throw new Error(
      `migration ${failed?.migrationName ?? '(unknown)'} failed: ${String((error as Error).message ?? error)}`,
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
