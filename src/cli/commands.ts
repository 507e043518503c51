// The list of commands, one line each; each command's code lives in its own file.
import { registerCommand } from './main.ts';

registerCommand('serve', {
  summary: 'run the web app and API (SQLite by default; DATABASE_URL=postgres://… for PostgreSQL)',
  usage: 'attune serve [--port 8080] [--host 127.0.0.1] [--database ./data/attune.db | postgres://…]',
  run: async (args, io) => (await import('./serve.ts')).serveCommand(args, io),
});

registerCommand('migrate', {
  summary: 'bring the database schema up to date (serve does this too)',
  usage: 'attune migrate [--database ./data/attune.db | postgres://…]',
  run: async (args, io) => (await import('./migrate.ts')).migrateCommand(args, io),
});

registerCommand('housekeeping', {
  summary:
    'remove expired sessions, old idempotency answers, spent rate limits and deleted entries past undo',
  usage: 'attune housekeeping [--database ./data/attune.db | postgres://…]',
  run: async (args, io) => (await import('./housekeeping.ts')).housekeepingCommand(args, io),
});

registerCommand('export', {
  summary: 'write a couple’s complete backup (JSON) or its tables as CSV files',
  usage: 'attune export (--couple ID | --email EMAIL) [--out FILE] [--csv DIR] [--database PATH|URL]',
  run: async (args, io) => (await import('./export.ts')).exportCommand(args, io),
});

registerCommand('backup', {
  summary: 'copy the SQLite database while the server runs, checked, keeping the newest N copies',
  usage: 'attune backup [--out DIR (default: backups/ beside the database)] [--keep 7] [--database PATH]',
  run: async (args, io) => (await import('./backup.ts')).backupCommand(args, io),
});

registerCommand('rekey', {
  summary: 'encrypt the SQLite database, change its key, or decrypt it (server stopped)',
  usage:
    'attune rekey (--new-key-file FILE | --decrypt) [--database PATH]  (current key: ATTUNE_DB_KEY[_FILE])',
  run: async (args, io) => (await import('./rekey.ts')).rekeyCommand(args, io),
});

registerCommand('restore', {
  summary: 'restore a backup (JSON from export, or a SQLite copy from backup) into a fresh instance',
  usage: 'attune restore FILE [--database PATH|URL]',
  run: async (args, io) => (await import('./export.ts')).restoreCommand(args, io),
});

registerCommand('demo', {
  summary: 'create the Johnsons: three years of realistic data with planted, known effects',
  usage: 'attune demo [--reset] [--seed N] [--end YYYY-MM-DD] [--truth FILE] [--database PATH|URL]',
  run: async (args, io) => (await import('./demo.ts')).demoCommand(args, io),
});

registerCommand('analyze', {
  summary: 'run the statistics on a CSV or JSON file (JSON out)',
  usage: 'attune analyze experiment|habit|automaticity|lagged|changes FILE [options]  (see README)',
  run: async (args, io) => (await import('./analyze.ts')).analyzeCommand(args, io),
});

registerCommand('import', {
  summary: 'import a notebook, CSV, JSON, Daylio or Loop export (preview with --dry-run)',
  usage:
    'attune import FILE [--dry-run] [--json] [--date-order month-first|day-first]  (see src/import/README.md)',
  run: async (args, io) => (await import('./import.ts')).importCommand(args, io),
});

registerCommand('report', {
  summary: 'what one partner’s app shows (experiments and verdicts), through the same access rules',
  usage: 'attune report --email EMAIL [--json] [--database PATH|URL]',
  run: async (args, io) => (await import('./report.ts')).reportCommand(args, io),
});
