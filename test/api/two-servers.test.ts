import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IP_FAILURE_LIMIT, loginDelaySeconds } from '../../src/areas/account/rules.ts';
import { hashToken } from '../../src/areas/account/store.ts';
import { IDEMPOTENCY_KEEP_MS } from '../../src/server/housekeeping.ts';
import { LONGEST_WINDOW_MS } from '../../src/storage/limits.ts';
import { Client, killHard, type ServerProcess, startServerProcess } from '../support/crash.ts';
import { freshStore } from '../support/stores.ts';

/*
 * Two real app servers (`attune serve` as child processes) on one PostgreSQL database, under
 * load: every person's requests alternate between them. Sessions, idempotency keys, rate limits
 * and housekeeping live in the database, so they must hold across the servers as on one.
 * Addresses come from X-Forwarded-For (ATTUNE_TRUST_PROXY=1), as behind a load balancer.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PASSWORD = 'correct horse battery staple';
const ENTRIES_PER_PERSON = 15;
const today = () => new Date().toISOString().slice(0, 10);

/** A person whose requests go to the two servers in turn, from one address. */
class Person extends Client {
  urls: string[];
  ip: string;
  email = '';
  private turn = 0;
  constructor(urls: string[], ip: string) {
    super(urls[0]!);
    this.timeoutMs = 90_000; // a busy machine hashes passwords slowly; nothing here is timed
    this.urls = urls;
    this.ip = ip;
  }
  /** `server`: 0 or 1 to choose; by default the next in turn. */
  send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}, server?: number) {
    this.base = this.urls[server ?? this.turn++ % 2]!; // read synchronously by call()
    return this.call(method, path, body, { 'x-forwarded-for': this.ip, ...headers });
  }
}

/** The most failed logins one (account, address) pair can have checked in `seconds`, one after another. */
function sequentialLimit(seconds: number): number {
  let n = 0;
  let earliest = 0; // when attempt n + 1 may start at the soonest
  while (earliest <= seconds) {
    n++;
    earliest += loginDelaySeconds(n);
  }
  return n;
}

function housekeepingCommand(url: string): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'bin/attune.js'), 'housekeeping'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => {
    out += c.toString();
  });
  child.stderr.on('data', (c: Buffer) => {
    out += c.toString();
  });
  return new Promise((done) => child.once('exit', (code) => done({ code, out })));
}

async function makeCouple(urls: string[], n: number): Promise<[Person, Person]> {
  const a = new Person(urls, `198.51.100.${10 + 2 * n}`);
  const b = new Person(urls, `198.51.100.${11 + 2 * n}`);
  const tag = Math.random().toString(36).slice(2, 8);
  for (const [p, name] of [
    [a, 'lisa'],
    [b, 'michael'],
  ] as const) {
    p.email = `${name}${n}.${tag}@example.com`;
    const res = await p.send('POST', '/api/account/signup', { email: p.email, password: PASSWORD });
    if (res.status !== 201) throw new Error(`signup: ${res.status} ${JSON.stringify(res.json)}`);
  }
  await a.send('POST', '/api/couple', { displayName: 'Lisa', timeZone: 'UTC' });
  const invite = await a.send('POST', '/api/couple/invites');
  const joined = await b.send('POST', '/api/couple/join', {
    code: invite.json.code,
    displayName: 'Michael',
    timeZone: 'UTC',
  });
  if (joined.status !== 200) throw new Error(`join: ${joined.status} ${JSON.stringify(joined.json)}`);
  return [a, b];
}

/**
 * Keyed writes, each key sent to both servers at the same moment (a client retrying through the
 * other server): both answers must be the same entry. Reads and check-ins in between.
 */
async function workload(p: Person, problems: string[], ids: Map<string, string>): Promise<number> {
  let requests = 0;
  for (let i = 0; i < ENTRIES_PER_PERSON; i++) {
    const key = `two-${p.ip.replaceAll('.', '-')}-${i}`;
    const body = { kind: 'appreciation', date: today(), text: `thanks ${key}`, visibility: 'shared' };
    const [one, two] = await Promise.all([
      p.send('POST', '/api/log', body, { 'Idempotency-Key': key }, 0),
      p.send('POST', '/api/log', body, { 'Idempotency-Key': key }, 1),
    ]);
    if (one.status !== 201 || two.status !== 201)
      problems.push(`${key}: answered ${one.status} and ${two.status}`);
    else if (one.json.id !== two.json.id) problems.push(`${key}: two entries ${one.json.id}, ${two.json.id}`);
    else ids.set(key, one.json.id);
    const read = await p.send('GET', '/api/log?limit=50');
    if (read.status !== 200) problems.push(`GET /api/log answered ${read.status}`);
    const checkin = await p.send('POST', '/api/checkins', {
      date: today(),
      satisfaction: i % 11,
      energy: 5,
      connection: 6,
      conflicts: 0,
      positives: i,
    });
    if (checkin.status !== 200) problems.push(`POST /api/checkins answered ${checkin.status}`);
    requests += 4;
  }
  return requests;
}

/** Guesses at the victim's password from one address, through both servers, in parallel waves. */
async function bruteForce(urls: string[], email: string, waves: number) {
  const attacker = { ip: '203.0.113.66' };
  const started = performance.now();
  const statuses: number[] = [];
  let retryAfterMissing = 0;
  for (let w = 0; w < waves; w++) {
    // Plain fetch (not call()) so that every refusal's Retry-After can be checked as it comes:
    // a check after the waves would depend on how long the waves took on a busy machine.
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        fetch(`${urls[i % 2]}/api/account/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': attacker.ip },
          body: JSON.stringify({ email, password: `guess ${w}-${i} guess` }),
        }),
      ),
    );
    for (const a of answers) {
      statuses.push(a.status);
      if (a.status === 429 && !(Number(a.headers.get('retry-after')) > 0)) retryAfterMissing++;
      await a.arrayBuffer();
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return { statuses, seconds: (performance.now() - started) / 1000, retryAfterMissing };
}

/** Wrong passwords for many accounts from one address, in parallel waves through both servers. */
async function sprayLogins(urls: string[]) {
  const answers = [];
  for (let wave = 0; wave < 3; wave++)
    answers.push(
      ...(await Promise.all(
        Array.from({ length: (IP_FAILURE_LIMIT + 15) / 3 }, (_, i) =>
          new Person(urls, '203.0.113.67').send(
            'POST',
            '/api/account/login',
            { email: `nobody${wave}-${i}@example.com`, password: 'wrong password!' },
            {},
            i % 2,
          ),
        ),
      )),
    );
  return answers;
}

describe('two app servers on one PostgreSQL, as processes under load', () => {
  it('hold sessions, idempotency, rate limits and housekeeping across the servers', {
    timeout: 240_000,
  }, async () => {
    const store = await freshStore('postgres');
    const servers: ServerProcess[] = [];
    try {
      const env = { ATTUNE_TRUST_PROXY: '1' };
      servers.push(
        ...(await Promise.all([startServerProcess(store.url, env), startServerProcess(store.url, env)])),
      );
      const urls = servers.map((s) => s.url);
      const couples = await Promise.all([0, 1, 2].map((n) => makeCouple(urls, n)));
      const people = couples.flat();
      const victim = people[0]!;

      // Spent rows for housekeeping to remove, beside live ones it must keep.
      const someone = (await victim.send('GET', '/api/account')).json.id as string;
      const old = (ms: number) => new Date(Date.now() - ms).toISOString();
      await store.db
        .insertInto('sessions')
        .values({
          id: 'expired-session',
          token_hash: hashToken('expired-token'),
          user_id: someone,
          created_at: old(40 * 86_400_000),
          last_seen_at: old(31 * 86_400_000),
          expires_at: old(60_000),
          user_agent: 'old phone',
        })
        .execute();
      await store.db
        .insertInto('idempotency')
        .values({
          user_id: someone,
          key: 'old-key-0001',
          status: 201,
          body: '{}',
          created_at: old(IDEMPOTENCY_KEEP_MS + 60_000),
          request_hash: null,
        })
        .execute();
      await store.db
        .insertInto('rate_limits')
        .values({
          key: 'login-ip:192.0.2.200',
          count: 3,
          window_start: old(LONGEST_WINDOW_MS + 60_000),
          blocked_until: null,
        })
        .execute();

      // The load, the brute force, an address spraying many accounts, and two housekeeping runs at once.
      const problems: string[] = [];
      const ids = new Map<string, string>();
      const started = performance.now();
      const [requests, brute, spray, tidy] = await Promise.all([
        Promise.all(people.map((p) => workload(p, problems, ids))),
        bruteForce(urls, victim.email, 6),
        sprayLogins(urls),
        new Promise((r) => setTimeout(r, 500)).then(() =>
          Promise.all([housekeepingCommand(store.url), housekeepingCommand(store.url)]),
        ),
      ]);
      const seconds = (performance.now() - started) / 1000;
      const total = requests.reduce((s, n) => s + n, 0);
      console.log(
        `two servers: ${total} requests from ${people.length} people in ${seconds.toFixed(1)} s; ` +
          `brute force ${brute.statuses.length} guesses in ${brute.seconds.toFixed(1)} s, ` +
          `${brute.statuses.filter((s) => s === 401).length} checked`,
      );

      // Load: no 5xx, no session lost between servers, each keyed write once.
      expect(problems).toEqual([]);
      expect(ids.size).toBe(people.length * ENTRIES_PER_PERSON);
      const rows = await store.db.selectFrom('log').select(['id', 'text']).execute();
      const keyed = rows.filter((r) => r.text.startsWith('thanks two-'));
      expect(keyed).toHaveLength(ids.size);
      expect(new Set(keyed.map((r) => r.id))).toEqual(new Set(ids.values()));
      const checkins = await store.db.selectFrom('checkins').select(['author_id', 'date']).execute();
      expect(checkins).toHaveLength(people.length); // saved 15 times each, one per person and day

      // Brute force: no more guesses checked than one after another allows in that time.
      const checked = brute.statuses.filter((s) => s === 401).length;
      expect(brute.statuses.every((s) => s === 401 || s === 429)).toBe(true);
      expect(checked).toBeGreaterThanOrEqual(4); // the free attempts and the first counted one
      expect(checked).toBeLessThanOrEqual(sequentialLimit(brute.seconds));
      expect(brute.statuses).toContain(429);
      expect(brute.retryAfterMissing).toBe(0); // every refusal says when to try again
      // One address across many accounts: exactly its cap, whichever server answered.
      expect(spray.filter((r) => r.status === 401)).toHaveLength(IP_FAILURE_LIMIT);
      expect(spray.filter((r) => r.status === 429)).toHaveLength(15);
      // The victim still logs in, from another address, on either server.
      for (const server of [0, 1]) {
        const phone = new Person(urls, '192.0.2.77');
        phone.email = victim.email;
        expect(
          (
            await phone.send(
              'POST',
              '/api/account/login',
              { email: victim.email, password: PASSWORD },
              {},
              server,
            )
          ).status,
        ).toBe(200);
      }

      // Housekeeping ran twice at once: both ended well, the spent rows are gone, live ones kept.
      expect(tidy.map((t) => t.code)).toEqual([0, 0]);
      expect(tidy.some((t) => t.out.startsWith('Removed'))).toBe(true);
      expect(await store.db.selectFrom('sessions').where('id', '=', 'expired-session').execute()).toEqual([]);
      expect(await store.db.selectFrom('idempotency').where('key', '=', 'old-key-0001').execute()).toEqual(
        [],
      );
      expect(
        await store.db.selectFrom('rate_limits').where('key', '=', 'login-ip:192.0.2.200').execute(),
      ).toEqual([]);
      // A keyed retry after housekeeping, through the other server, still gets the first answer.
      const firstKey = `two-${people[0]!.ip.replaceAll('.', '-')}-0`; // keys are per person
      const firstId = ids.get(firstKey);
      const retry = await people[0]!.send(
        'POST',
        '/api/log',
        { kind: 'appreciation', date: today(), text: `thanks ${firstKey}`, visibility: 'shared' },
        { 'Idempotency-Key': firstKey },
        1,
      );
      expect(retry.json.id).toBe(firstId);

      // Sessions: a login on one server is seen, and ended, on the other.
      const laptop = new Person(urls, '192.0.2.78');
      expect(
        (await laptop.send('POST', '/api/account/login', { email: victim.email, password: PASSWORD }, {}, 0))
          .status,
      ).toBe(200);
      const mine = (await laptop.send('GET', '/api/account/sessions', undefined, {}, 1)).json
        .sessions as Array<{
        id: string;
        current: boolean;
      }>;
      const current = mine.find((s) => s.current)!;
      expect(
        (await victim.send('DELETE', `/api/account/sessions/${current.id}`, undefined, {}, 1)).status,
      ).toBe(200);
      expect((await laptop.send('GET', '/api/account', undefined, {}, 0)).status).toBe(401);
      expect((await victim.send('GET', '/api/account', undefined, {}, 0)).status).toBe(200);
    } finally {
      await Promise.all(servers.map(killHard));
      await store.drop();
    }
  });
});
