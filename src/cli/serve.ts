import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../server/serve.ts';
import { ArgError, parseArgs } from './args.ts';
import { type CliIo, EXIT_BAD_INPUT } from './io.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_DIST = join(ROOT, 'web/dist');
export const DEFAULT_DATABASE = './data/attune.db';

export function databaseUrl(flag: string | true | undefined): string {
  return typeof flag === 'string' ? flag : (process.env.DATABASE_URL ?? DEFAULT_DATABASE);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the web app when it is missing or older than its sources (a fresh clone, a pull). */
function buildWebIfNeeded(io: CliIo): void {
  const index = join(WEB_DIST, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(join(ROOT, 'web/src'))) return;
  io.stdout('Building the web app (once, about half a minute)…\n');
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'web/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
}

export async function serveCommand(args: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs(args, { values: ['port', 'host', 'database'], booleans: ['build-if-needed'] });
  } catch (error) {
    if (error instanceof ArgError) {
      io.stderr(`attune serve: ${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
  const { flags } = parsed;
  const port = Number(flags.get('port') ?? process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.stderr(`attune serve: --port must be a number from 0 to 65535.\n`);
    return EXIT_BAD_INPUT;
  }
  if (flags.has('build-if-needed')) buildWebIfNeeded(io);
  const env = process.env;
  const server = await serve({
    databaseUrl: databaseUrl(flags.get('database')),
    host: String(flags.get('host') ?? env.HOST ?? '127.0.0.1'),
    port,
    allowUnsafe: env.ATTUNE_ALLOW_UNSAFE_DB === '1',
    config: {
      insecureCookies: env.ATTUNE_INSECURE_COOKIES === '1',
      trustProxy: env.ATTUNE_TRUST_PROXY === '1',
      webDist: existsSync(join(WEB_DIST, 'index.html')) ? WEB_DIST : null,
      logger: env.ATTUNE_LOG === '1',
      push: {
        ...(env.ATTUNE_PUSH_CONTACT ? { contact: env.ATTUNE_PUSH_CONTACT } : {}),
        ...(env.ATTUNE_PUSH_HOSTS ? { hosts: env.ATTUNE_PUSH_HOSTS.split(',').map((h) => h.trim()) } : {}),
      },
    },
  });
  io.stdout(
    `attune is running at ${server.url}\ndata: ${server.location}\nNode: ${process.version}\nPress Ctrl+C to stop.\n`,
  );
  await new Promise<void>((done) => {
    const stop = () => {
      io.stdout('Stopping…\n');
      void server.close().then(done);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
