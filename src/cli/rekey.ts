import { resolve } from 'node:path';
import { isPostgresUrl } from '../storage/db.ts';
import { keyFromEnvironment, rekeySqliteFile, StoreKeyError } from '../storage/sqlite-key.ts';
import { ArgError, parseArgs } from './args.ts';
import { type CliIo, EXIT_BAD_INPUT } from './io.ts';
import { databaseUrl } from './serve.ts';

/**
 * `attune rekey (--new-key-file FILE | --decrypt) [--database PATH]`, with the server stopped:
 * encrypts a plain SQLite database, changes the key of an encrypted one (its current key in
 * ATTUNE_DB_KEY or ATTUNE_DB_KEY_FILE), or removes the encryption. All or nothing.
 */
export async function rekeyCommand(args: string[], io: CliIo): Promise<number> {
  let flags: Map<string, string | true>;
  try {
    flags = parseArgs(args, { values: ['new-key-file', 'database'], booleans: ['decrypt'] }).flags;
  } catch (error) {
    if (!(error instanceof ArgError)) throw error;
    io.stderr(`attune rekey: ${error.message}\n`);
    return EXIT_BAD_INPUT;
  }
  const url = databaseUrl(flags.get('database'));
  if (isPostgresUrl(url)) {
    io.stderr('attune rekey: encryption at rest is for the SQLite file; PostgreSQL encrypts at the disk.\n');
    return EXIT_BAD_INPUT;
  }
  const file = flags.get('new-key-file');
  if ((typeof file === 'string') === flags.has('decrypt')) {
    io.stderr('attune rekey: say the new key (--new-key-file FILE) or --decrypt, one of them.\n');
    return EXIT_BAD_INPUT;
  }
  const path = resolve(url.replace(/^(sqlite|file):(\/\/)?/, ''));
  try {
    const current = keyFromEnvironment();
    const next =
      typeof file === 'string'
        ? keyFromEnvironment({ ATTUNE_DB_KEY_FILE: file }) // same rules as the running key
        : null;
    if (current === null && next === null) {
      io.stderr('attune rekey: the database is not encrypted; there is nothing to decrypt.\n');
      return EXIT_BAD_INPUT;
    }
    await rekeySqliteFile(path, current, next);
    io.stdout(
      next === null
        ? `Removed the encryption of ${path}. Start attune without ATTUNE_DB_KEY from now on.\n`
        : `${current === null ? 'Encrypted' : 'Changed the key of'} ${path}. Start attune with the new key (ATTUNE_DB_KEY_FILE=${file}) from now on.\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof StoreKeyError)) throw error;
    io.stderr(`attune rekey: ${error.message} Nothing was changed.\n`);
    return EXIT_BAD_INPUT;
  }
}
