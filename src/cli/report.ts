import type { Kysely } from 'kysely';
import { findViewerByEmail } from '../areas/account/store.ts';
import { openStore } from '../storage/db.ts';
import { migrateToLatest } from '../storage/migrate.ts';
import type { CoachViewer, PartnerViewer } from '../storage/scope.ts';
import type { Database } from '../storage/tables.ts';
import { ArgError, parseArgs } from './args.ts';
import { type CliIo, EXIT_BAD_INPUT } from './io.ts';
import { COACH_REPORT_PARTS, REPORT_PARTS } from './report-parts.ts';
import { databaseUrl } from './serve.ts';

/** What one partner's app shows, part by part (see report-parts.ts). */
export async function buildReport(
  db: Kysely<Database>,
  viewer: PartnerViewer,
): Promise<Record<string, unknown>> {
  const report: Record<string, unknown> = { email: viewer.email, name: viewer.couple.displayName };
  for (const part of REPORT_PARTS) report[part.key] = await part.build(db, viewer);
  return report;
}

/** What a coach's app shows: each couple that admitted them, through the coach's rules. */
export async function buildCoachReport(
  db: Kysely<Database>,
  viewer: CoachViewer,
): Promise<Record<string, unknown>> {
  const report: Record<string, unknown> = {
    email: viewer.email,
    name: viewer.coach.displayName,
    role: 'coach',
  };
  for (const part of COACH_REPORT_PARTS) report[part.key] = await part.build(db, viewer);
  return report;
}

export function reportWords(report: Record<string, unknown>): string {
  const lines = [`What ${String(report.name)} (${String(report.email)}) sees in attune:`, ''];
  const parts = report.role === 'coach' ? COACH_REPORT_PARTS : REPORT_PARTS;
  for (const part of parts) lines.push(...part.words(report[part.key] as never), '');
  return `${lines.join('\n').trimEnd()}\n`;
}

/** `attune report --email EMAIL [--json] [--database …]` */
export async function reportCommand(args: string[], io: CliIo): Promise<number> {
  let flags: Map<string, string | true>;
  try {
    flags = parseArgs(args, { values: ['email', 'database'], booleans: ['json'] }).flags;
  } catch (error) {
    if (!(error instanceof ArgError)) throw error;
    io.stderr(`attune report: ${error.message}\n`);
    return EXIT_BAD_INPUT;
  }
  const email = flags.get('email');
  if (typeof email !== 'string') {
    io.stderr('attune report: whose app? --email EMAIL\n');
    return EXIT_BAD_INPUT;
  }
  const store = await openStore({
    url: databaseUrl(flags.get('database')),
    allowUnsafe: process.env.ATTUNE_ALLOW_UNSAFE_DB === '1',
  });
  try {
    await migrateToLatest(store.db);
    const viewer = await findViewerByEmail(store.db, email);
    if (!viewer) {
      io.stderr(`attune report: nobody has the email ${email}.\n`);
      return EXIT_BAD_INPUT;
    }
    if (viewer.coach) {
      const report = await buildCoachReport(store.db, viewer as CoachViewer);
      io.stdout(flags.has('json') ? `${JSON.stringify(report, null, 2)}\n` : reportWords(report));
      return 0;
    }
    if (viewer.couple?.role !== 'partner') {
      io.stderr(`attune report: ${email} is not a partner in a couple space yet.\n`);
      return EXIT_BAD_INPUT;
    }
    const report = await buildReport(store.db, viewer as PartnerViewer);
    io.stdout(flags.has('json') ? `${JSON.stringify(report, null, 2)}\n` : reportWords(report));
    return 0;
  } finally {
    await store.close();
  }
}
