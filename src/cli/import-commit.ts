import { commitImport } from '../areas/log/import.ts';
import { summarizePreview } from '../import/preview.ts';
import type { ImportPreview } from '../import/types.ts';
import { openStore } from '../storage/db.ts';
import { migrateToLatest } from '../storage/migrate.ts';
import { partnerByEmail } from '../storage/scope.ts';
import { ArgError, parseArgs } from './args.ts';
import { type CliIo, EXIT_BAD_INPUT } from './io.ts';
import { databaseUrl } from './serve.ts';

/** The commit half of `attune import`: writes a clean preview as one partner, in one transaction. */
export async function commitImportCommand(
  args: string[],
  io: CliIo,
  preview: ImportPreview,
): Promise<number> {
  let flags: Map<string, string | true>;
  try {
    flags = parseArgs(args, {
      values: ['author', 'couple', 'visibility', 'database', 'date-order'],
      booleans: ['json', 'dry-run'],
    }).flags;
  } catch (error) {
    if (!(error instanceof ArgError)) throw error;
    io.stderr(`attune import: ${error.message}\n`);
    return EXIT_BAD_INPUT;
  }
  const author = flags.get('author');
  if (typeof author !== 'string') {
    io.stderr(
      'attune import: --author EMAIL is needed to import (whose log is this?). Add --dry-run to only preview.\n',
    );
    return EXIT_BAD_INPUT;
  }
  const visibility = flags.get('visibility') ?? 'private';
  if (visibility !== 'private' && visibility !== 'shared') {
    io.stderr('attune import: --visibility must be private or shared.\n');
    return EXIT_BAD_INPUT;
  }
  const store = await openStore({
    url: databaseUrl(flags.get('database')),
    allowUnsafe: process.env.ATTUNE_ALLOW_UNSAFE_DB === '1',
  });
  try {
    await migrateToLatest(store.db);
    const member = await partnerByEmail(store.db, author);
    if (!member) {
      io.stderr(`attune import: no partner with the email ${author} in ${store.location}.\n`);
      return EXIT_BAD_INPUT;
    }
    const couple = flags.get('couple');
    if (typeof couple === 'string' && couple !== member.couple_id) {
      io.stderr(`attune import: ${author} is not a partner of couple ${couple}.\n`);
      return EXIT_BAD_INPUT;
    }
    const result = await store.db
      .transaction()
      .execute((trx) =>
        commitImport(trx, { coupleId: member.couple_id, authorId: member.id, visibility }, preview),
      );
    if (flags.has('json'))
      io.stdout(`${JSON.stringify({ ...result, summary: summarizePreview(preview) }, null, 2)}\n`);
    else {
      io.stdout(
        `Imported ${result.created} entries for ${author}; ${result.duplicates} were already there.\n`,
      );
      if (result.domainsCreated.length > 0)
        io.stdout(`New domains from your #hashtags: ${result.domainsCreated.join(', ')}.\n`);
      if (result.notImported.reason) io.stdout(`${result.notImported.reason}\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
