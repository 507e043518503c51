/*
 * kill -9 under write load: the real server as a child process, several writers keeping a ledger
 * of what the server acknowledged, SIGKILL at a random moment (imports in flight included),
 * restart, then check that nothing acknowledged was lost, nothing was written twice, and no
 * import was half-applied. Used by test/api/crash-recovery.test.ts (a few dozen cycles in CI)
 * and scripts/crash-cycles.ts (as many as you like).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Rng } from '../../src/stats/random.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
}

/** `attune serve` on a free loopback port; resolves once it prints its URL. `env` adds settings. */
export function startServerProcess(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [join(ROOT, 'bin/attune.js'), 'serve', '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, HOST: '127.0.0.1', ATTUNE_LOG: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (c: Buffer) => {
    errors += c.toString();
  });
  return new Promise((done, fail) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const m = /attune is running at (http:\/\/\S+)/.exec(line);
      if (m) done({ url: m[1]!, child });
    });
    child.once('exit', (code) =>
      fail(new Error(`attune serve exited (${code}) before listening: ${errors}`)),
    );
  });
}

export async function killHard(server: ServerProcess): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const gone = new Promise((r) => server.child.once('exit', r));
  server.child.kill('SIGKILL');
  await gone;
}

/** A person talking to the server over HTTP, with a session cookie. */
export class Client {
  cookie = '';
  base: string;
  /** How long one request may take before it counts as unanswered. */
  timeoutMs = 15_000;
  constructor(base: string) {
    this.base = base;
  }

  async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await fetch(this.base + path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0]!;
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : null };
  }
}

export interface Ledger {
  /** Acknowledged single entries: idempotency key → the entry's id and text. */
  entries: Map<string, { id: string; text: string }>;
  /** Keys sent but never answered (the server died): retried after the restart, as their sender. */
  unanswered: Map<string, { text: string; client: Client }>;
  /** Imports by marker: acknowledged ones must be whole; unanswered ones all or none, then retried. */
  imports: Map<string, { content: string; acknowledged: boolean }>;
}

export const newLedger = (): Ledger => ({ entries: new Map(), unanswered: new Map(), imports: new Map() });

const IMPORT_LINES = 40;
const today = () => new Date().toISOString().slice(0, 10);

function entryBody(text: string) {
  return { kind: 'appreciation', date: today(), text, visibility: 'shared' };
}

async function writeEntry(client: Client, ledger: Ledger, key: string, text: string): Promise<boolean> {
  try {
    const res = await client.call('POST', '/api/log', entryBody(text), { 'Idempotency-Key': key });
    if (res.status !== 201)
      throw new Error(`POST /api/log answered ${res.status}: ${JSON.stringify(res.json)}`);
    ledger.entries.set(key, { id: res.json.id, text });
    ledger.unanswered.delete(key);
    return true;
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('POST /api/log answered')) throw error;
    ledger.unanswered.set(key, { text, client }); // the connection died: we do not know; retry later
    return false;
  }
}

async function writeImport(
  client: Client,
  ledger: Ledger,
  marker: string,
  content?: string,
): Promise<boolean> {
  const lines = Array.from({ length: IMPORT_LINES }, (_, i) => `- Thanks ${marker} line ${i}`);
  const file = content ?? `## ${today()}\n${lines.join('\n')}\n`;
  ledger.imports.set(marker, { content: file, acknowledged: false });
  try {
    const res = await client.call('POST', '/api/log/import', {
      fileName: `${marker}.md`,
      content: Buffer.from(file).toString('base64'),
    });
    if (res.status !== 200)
      throw new Error(`POST /api/log/import answered ${res.status}: ${JSON.stringify(res.json)}`);
    ledger.imports.set(marker, { content: file, acknowledged: true });
    return true;
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('POST /api/log/import answered')) throw error;
    return false; // died in flight: all or nothing is checked after the restart
  }
}

/**
 * Writers (two per partner, keyed) and an importer, until `stop` is called or the server dies.
 * Each write is in the ledger once acknowledged; one the server never answered stays unanswered.
 */
export function startLoad(partners: { a: Client; b: Client }, ledger: Ledger, rng: Rng, tag: string) {
  let stopped = false;
  const writer = async (client: Client, name: string) => {
    for (let i = 0; !stopped && i < 500; i++) {
      const key = `${tag}-${name}-${i}-${Math.floor(rng.next() * 1e9)}`;
      if (!(await writeEntry(client, ledger, key, `entry ${key}`))) return;
    }
  };
  const importer = async () => {
    for (let i = 0; !stopped && i < 50; i++) {
      if (!(await writeImport(partners.a, ledger, `imp-${tag}-${i}-${Math.floor(rng.next() * 1e9)}`))) return;
    }
  };
  const load = Promise.all([
    writer(partners.a, 'a1'),
    writer(partners.a, 'a2'),
    writer(partners.b, 'b1'),
    writer(partners.b, 'b2'),
    importer(),
  ]);
  return {
    /** Resolves once `count` more entries than now are acknowledged (or after 20 s). */
    async acknowledged(count: number): Promise<void> {
      const target = ledger.entries.size + count;
      for (let waited = 0; ledger.entries.size < target && waited < 20_000; waited += 20)
        await new Promise((r) => setTimeout(r, 20));
    },
    async stop(): Promise<void> {
      stopped = true;
      await load;
    },
  };
}

/**
 * One cycle: writers run against a fresh server until it is killed at a random moment (once the
 * load is real: a few writes acknowledged in this cycle).
 */
export async function crashCycle(
  databaseUrl: string,
  partners: { a: Client; b: Client },
  ledger: Ledger,
  rng: Rng,
  cycle: number,
): Promise<void> {
  const server = await startServerProcess(databaseUrl);
  partners.a.base = server.url;
  partners.b.base = server.url;
  const load = startLoad(partners, ledger, rng, `c${cycle}`);
  await load.acknowledged(3);
  await new Promise((r) => setTimeout(r, Math.floor(rng.next() * 400)));
  await killHard(server);
  await load.stop();
}

export interface Verdict {
  acknowledged: number;
  retried: number;
  imports: { complete: number; absent: number };
  problems: string[];
}

/** Retries what was never answered, then checks the ledger against what the server holds. */
export async function verifyLedger(
  databaseUrl: string,
  partners: { a: Client; b: Client },
  ledger: Ledger,
): Promise<Verdict> {
  const server = await startServerProcess(databaseUrl);
  partners.a.base = server.url;
  partners.b.base = server.url;
  const problems: string[] = [];
  const retried = ledger.unanswered.size;
  try {
    // A retry with the same key either gets the first answer back or writes now: never twice.
    for (const [key, { text, client }] of [...ledger.unanswered]) {
      if (!(await writeEntry(client, ledger, key, text))) problems.push(`retry of ${key} got no answer`);
    }
    const all = await readLog(partners.a);
    const byText = new Map<string, number>();
    for (const e of all) byText.set(e.text, (byText.get(e.text) ?? 0) + 1);
    const byId = new Map(all.map((e) => [e.id, e]));
    for (const [key, { id, text }] of ledger.entries) {
      const found = byId.get(id);
      if (!found) problems.push(`acknowledged ${key} (${id}) is missing`);
      else if (found.text !== text) problems.push(`acknowledged ${key} reads back altered`);
      if ((byText.get(text) ?? 0) > 1) problems.push(`${key} is stored ${byText.get(text)} times`);
    }
    const count = (all: Array<{ text: string }>, marker: string) =>
      all.filter((e) => e.text.includes(`${marker} line`)).length;
    let complete = 0;
    let absent = 0;
    const unansweredImports: string[] = [];
    for (const [marker, { acknowledged }] of ledger.imports) {
      const n = count(all, marker);
      if (n === IMPORT_LINES) complete++;
      else if (n === 0) absent++;
      else problems.push(`import ${marker} is half there: ${n} of ${IMPORT_LINES} lines`);
      if (acknowledged && n !== IMPORT_LINES) problems.push(`acknowledged import ${marker} has ${n} lines`);
      if (!acknowledged) unansweredImports.push(marker);
    }
    // Sending an unanswered import again completes it, and never adds a line twice.
    for (const marker of unansweredImports) {
      if (!(await writeImport(partners.a, ledger, marker, ledger.imports.get(marker)!.content)))
        problems.push(`retry of import ${marker} got no answer`);
    }
    if (unansweredImports.length > 0) {
      const after = await readLog(partners.a);
      for (const marker of unansweredImports) {
        const n = count(after, marker);
        if (n !== IMPORT_LINES)
          problems.push(`import ${marker} after its retry has ${n} of ${IMPORT_LINES} lines`);
      }
    }
    return { acknowledged: ledger.entries.size, retried, imports: { complete, absent }, problems };
  } finally {
    await killHard(server);
  }
}

/** Every log entry the client can see, page by page. */
export async function readLog(client: Client): Promise<Array<{ id: string; text: string }>> {
  const all: Array<{ id: string; text: string }> = [];
  let cursor: string | null = null;
  do {
    const res = await client.call(
      'GET',
      `/api/log?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    if (res.status !== 200) throw new Error(`GET /api/log answered ${res.status}`);
    all.push(...res.json.entries);
    cursor = res.json.nextCursor ?? null;
  } while (cursor);
  return all;
}

/** Signs two partners up into one couple through the API of a running server. */
export async function makePartners(databaseUrl: string): Promise<{ a: Client; b: Client }> {
  const server = await startServerProcess(databaseUrl);
  try {
    const a = new Client(server.url);
    const b = new Client(server.url);
    const password = 'correct horse battery staple';
    const tag = Math.random().toString(36).slice(2, 8);
    for (const [c, name] of [
      [a, 'lisa'],
      [b, 'michael'],
    ] as const) {
      const res = await c.call('POST', '/api/account/signup', {
        email: `${name}.${tag}@example.com`,
        password,
      });
      if (res.status !== 201) throw new Error(`signup: ${res.status} ${JSON.stringify(res.json)}`);
    }
    await a.call('POST', '/api/couple', { displayName: 'Lisa', timeZone: 'UTC' });
    const invite = await a.call('POST', '/api/couple/invites');
    const joined = await b.call('POST', '/api/couple/join', {
      code: invite.json.code,
      displayName: 'Michael',
      timeZone: 'UTC',
    });
    if (joined.status !== 200) throw new Error(`join: ${joined.status} ${JSON.stringify(joined.json)}`);
    return { a, b };
  } finally {
    await killHard(server);
  }
}
