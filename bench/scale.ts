/**
 * Scale (issue 21): many couples with a year of data each on PostgreSQL, two app servers behind a
 * round-robin proxy on loopback (bench/proxy.ts). Throughput and p99 of the check-in save and the
 * history read, at 200 couples and at 2,000 (BENCH_SCALE_COUPLES), each request as a couple
 * picked at random. The goal is flat: the larger figure beside the smaller one, the two databases
 * side by side and measured in turn (medians of BENCH_SCALE_ROUNDS rounds). Then every query the API's screens run is planned (EXPLAIN) at the large size, and
 * any sequential scan of a table holding couples' rows is named.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import autocannon from 'autocannon';
import type { KyselyPlugin, PluginTransformResultArgs, QueryResult, UnknownRow } from 'kysely';
import pg from 'pg';
import { buildApp } from '../src/server/app.ts';
import { defaultConfig } from '../src/server/context.ts';
import { openStore, type Store } from '../src/storage/db.ts';
import { migrateToLatest } from '../src/storage/migrate.ts';
import { startPostgres } from '../test/support/pg-server.ts';
import type { Figure, Report } from './harness.ts';
import { startServer } from './load.ts';

const SMALL = 200;
const LARGE = Number(process.env.BENCH_SCALE_COUPLES ?? 2000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CONNECTIONS = 10;
const DAYS = 365;
const ROUNDS = Number(process.env.BENCH_SCALE_ROUNDS ?? 3);
const count = (n: number) => n.toLocaleString('en-US');

/** Couples `from` … `to − 1`, each two partners with sessions, a year of check-ins and log entries. */
async function seed(db: pg.Client, from: number, to: number): Promise<void> {
  const now = new Date().toISOString();
  const future = new Date(Date.now() + 30 * 86_400_000).toISOString();
  for (let lo = from; lo < to; lo += 250) {
    const hi = Math.min(to, lo + 250) - 1;
    const k = `generate_series(${lo}, ${hi}) k`;
    const p = `(values ('a'), ('b')) v(p)`;
    const couple = `md5('c' || k)::uuid::text`;
    const user = `md5('u' || p || k)::uuid::text`;
    const day = `to_char(current_date - d, 'YYYY-MM-DD')`;
    await db.query('begin');
    await db.query(`insert into couples (id, created_at) select ${couple}, $1 from ${k}`, [now]);
    await db.query(
      `insert into users (id, email, password_hash, created_at)
       select ${user}, p || k || '@scale.example', 'not a hash', $1 from ${k}, ${p}`,
      [now],
    );
    await db.query(
      `insert into members (couple_id, user_id, role, display_name, time_zone, joined_at)
       select ${couple}, ${user}, 'partner', p, 'UTC', $1 from ${k}, ${p}`,
      [now],
    );
    await db.query(
      `insert into sessions (id, token_hash, user_id, created_at, last_seen_at, expires_at, user_agent)
       select md5('s' || p || k)::uuid::text, encode(sha256(rpad('scale-' || p || k, 43, 'x')::bytea), 'hex'), ${user},
              $1, $1, $2, 'bench' from ${k}, ${p}`,
      [now, future],
    );
    // Four days in five filled in, by each partner, shared; today filled in by all, so that a save
    // in the bench replaces a day's check-in at either size (the same work; inserts would favour
    // the small size, whose few people soon have today's row).
    await db.query(
      `insert into checkins (couple_id, id, author_id, date, satisfaction, energy, connection, conflicts,
                             positives, metrics, visibility, note, note_visibility, created_at, updated_at)
       select ${couple}, gen_random_uuid()::text, ${user}, ${day}, (k + d) % 11, (3 * k + d) % 11,
              (k + 2 * d) % 11, (d % 7 = 0)::int, (k + d) % 6, '{}', 'shared', null, 'private', $1, $1
       from ${k}, ${p}, generate_series(0, ${DAYS - 1}) d where d = 0 or (7 * k + 13 * d + ascii(p)) % 5 <> 0`,
      [now],
    );
    // About two log entries in three days.
    await db.query(
      `insert into log (couple_id, id, author_id, kind, date, text, domains, intensity, visibility, repair_of,
                        promise_due, promise_state, fingerprint, created_at, updated_at, deleted_at)
       select ${couple}, gen_random_uuid()::text, md5('u' || (case when d % 2 = 0 then 'a' else 'b' end) || k)::uuid::text,
              'appreciation', ${day}, 'Thank you for the morning coffee and for listening ' || d, '[]', null,
              'shared', null, null, null, null, $1, $1, null
       from ${k}, generate_series(1, ${DAYS}) d where (k + d) % 3 <> 0`,
      [now],
    );
    await db.query('commit');
  }
  // Measure the database at rest, not the seed's aftermath (dirty pages, autovacuum's first pass).
  await db.query('vacuum analyze');
  await db.query('checkpoint');
}

/** The first partner's session cookie of seeded couple `k` (a token is 43 URL-safe characters). */
const cookieOf = (k: number) => `attune_session=${`scale-a${k}`.padEnd(43, 'x')}`;

interface Operation {
  label: string;
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

/** Load through the proxy, each request as a random couple's first partner among `couples`. */
async function fire(port: number, op: Operation, couples: number, rate?: number) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    ...(rate ? { overallRate: rate } : {}),
    requests: [
      {
        method: op.method,
        path: op.path,
        ...(op.body ? { body: op.body } : {}),
        headers: op.body ? { 'content-type': 'application/json' } : {},
        setupRequest: (req) => ({
          ...req,
          headers: {
            ...req.headers,
            cookie: cookieOf(Math.floor(Math.random() * couples)),
          },
        }),
      },
    ],
  });
  const bad = result.non2xx + result.errors;
  if (bad > 0)
    throw new Error(
      `${bad} failed requests on ${op.method} ${op.path}: ${JSON.stringify(result.statusCodeStats)} ${result.errors} errors`,
    );
  return { rps: result.requests.average, p99: result.latency.p99 };
}

/** Which read stands for "the history read": GET /api/history once it exists, else the check-in week. */
async function historyRead(port: number): Promise<Operation> {
  const res = await fetch(`http://127.0.0.1:${port}/api/history`, {
    headers: { cookie: cookieOf(0) },
  });
  return res.status === 200
    ? { label: 'history read (a year, both partners)', method: 'GET', path: '/api/history' }
    : {
        label: 'check-in week read (stands in for the history read, not landed)',
        method: 'GET',
        path: '/api/checkins/week',
      };
}

function start(args: string[]): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /\{"port":(\d+)\}/.exec(out);
      if (m) resolve({ port: Number(m[1]), child });
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
}

/** Records every statement the app sends, compiled, with its parameters. */
function recorder(store: Store, into: { sql: string; parameters: readonly unknown[] }[]): KyselyPlugin {
  const executor = store.db.getExecutor();
  return {
    transformQuery(args) {
      const compiled = executor.compileQuery(args.node, args.queryId);
      into.push({ sql: compiled.sql, parameters: compiled.parameters });
      return args.node;
    },
    async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      return args.result;
    },
  };
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

function seqScans(node: PlanNode, out: string[] = []): string[] {
  if (node['Node Type'] === 'Seq Scan' && node['Relation Name']) out.push(node['Relation Name']);
  for (const child of node.Plans ?? []) seqScans(child, out);
  return out;
}

/**
 * Runs every parameterless GET of the OpenAPI document (and a check-in save and a log entry) as
 * a seeded couple on an in-process app, records the statements, and plans each distinct one.
 */
async function explainAll(url: string, admin: pg.Client) {
  const store = await openStore({ url });
  const statements: { sql: string; parameters: readonly unknown[] }[] = [];
  const app = await buildApp({
    store: { ...store, db: store.db.withPlugin(recorder(store, statements)) },
    config: defaultConfig,
  });
  const cookie = cookieOf(1);
  const today = new Date().toISOString().slice(0, 10);
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<string, Record<string, unknown>>;
  };
  const gets = Object.entries(doc.paths)
    .filter(([path, ops]) => 'get' in ops && !path.includes('{') && path !== '/api/openapi.json')
    .map(([path]) => path);
  for (const path of gets) await app.inject({ method: 'GET', url: path, headers: { cookie } });
  for (const path of [`/api/checkins/day/${today}`, `/api/log?limit=50&cursor=`])
    await app.inject({ method: 'GET', url: path, headers: { cookie } });
  const json = { cookie, 'content-type': 'application/json' };
  await app.inject({
    method: 'POST',
    url: '/api/checkins',
    headers: json,
    payload: { date: today, satisfaction: 7, energy: 6, connection: 8, conflicts: 0, positives: 4 },
  });
  await app.inject({
    method: 'POST',
    url: '/api/log',
    headers: json,
    payload: { kind: 'appreciation', date: today, text: 'thank you', visibility: 'shared' },
  });
  await app.close();
  await store.close();

  // Tables big enough for a scan to matter: the seeded couples' rows, people and sessions.
  const sizes = await admin.query<{ relname: string; n: string }>(
    `select relname, n_live_tup::text as n from pg_stat_user_tables`,
  );
  const big = new Set(sizes.rows.filter((r) => Number(r.n) >= 1_000).map((r) => r.relname));
  const seen = new Map<string, readonly unknown[]>();
  for (const s of statements)
    if (/^\s*(select|insert|update|delete|with)\b/i.test(s.sql)) seen.set(s.sql, s.parameters);
  const scanned: string[] = [];
  for (const [text, parameters] of seen) {
    const plan = await admin.query(`explain (format json) ${text}`, parameters as unknown[]);
    const root = (plan.rows[0]['QUERY PLAN'] as { Plan: PlanNode }[])[0]!.Plan;
    const bad = seqScans(root).filter((t) => big.has(t));
    if (bad.length > 0) scanned.push(`${bad.join(', ')}: ${text.slice(0, 160)}`);
  }
  return { statements: seen.size, requests: gets.length + 4, scanned, big: [...big].sort() };
}

/** A migrated, seeded database of `couples` couples, with two app servers and a proxy in front. */
async function deployment(serverUrl: string, admin: pg.Client, couples: number, children: ChildProcess[]) {
  const name = `attune_bench_scale_${couples}_${Date.now().toString(36)}`;
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const store = await openStore({ url: url.toString() });
  await migrateToLatest(store.db);
  await store.close();
  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  const t0 = performance.now();
  await seed(db, 0, couples);
  const rows = await db.query<{ n: string }>('select count(*)::text as n from checkins');
  console.log(
    `seeded ${count(couples)} couples in ${((performance.now() - t0) / 1000).toFixed(0)} s (${count(Number(rows.rows[0]!.n))} check-ins)`,
  );
  const apps = await Promise.all([
    startServer(['app', url.toString()]),
    startServer(['app', url.toString()]),
  ]);
  children.push(...apps.map((a) => a.child));
  const proxy = await start(['bench/proxy.ts', ...apps.map((a) => String(a.port))]);
  children.push(proxy.child);
  return { name, url: url.toString(), db, port: proxy.port, couples };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(report: Report): Promise<void> {
  const server = await startPostgres();
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  const children: ChildProcess[] = [];
  const made: Awaited<ReturnType<typeof deployment>>[] = [];
  try {
    // Two databases side by side, measured in turn: the machine's noise falls on both sizes alike.
    const small = await deployment(server.url, admin, SMALL, children);
    made.push(small);
    const large = await deployment(server.url, admin, LARGE, children);
    made.push(large);
    const today = new Date().toISOString().slice(0, 10);
    const ops: Operation[] = [
      {
        label: 'check-in save',
        method: 'POST',
        path: '/api/checkins',
        body: JSON.stringify({
          date: today,
          satisfaction: 7,
          energy: 6,
          connection: 8,
          conflicts: 0,
          positives: 4,
        }),
      },
      await historyRead(large.port),
    ];
    const where = 'two app servers, PostgreSQL';
    for (const op of ops) {
      for (const d of [small, large]) await fire(d.port, op, d.couples); // warm-up, not counted
      const max = { small: [] as number[], large: [] as number[] };
      for (let r = 0; r < ROUNDS; r++) {
        max.small.push((await fire(small.port, op, small.couples)).rps);
        max.large.push((await fire(large.port, op, large.couples)).rps);
      }
      // p99 at one fixed rate for both: half of the small size's maximum.
      const rate = Math.max(1, Math.floor(median(max.small) / 2));
      const p99 = { small: [] as number[], large: [] as number[] };
      for (let r = 0; r < ROUNDS; r++) {
        p99.small.push((await fire(small.port, op, small.couples, rate)).p99);
        p99.large.push((await fire(large.port, op, large.couples, rate)).p99);
      }
      const [maxSmall, maxLarge] = [median(max.small), median(max.large)];
      const figures: Figure[] = [
        {
          name: `${op.label}, ${count(LARGE)} couples, ${where}, throughput (median of ${ROUNDS})`,
          value: maxLarge,
          unit: 'req/s',
          better: 'higher',
          baseline: { value: maxSmall, label: `${count(SMALL)} couples, measured in turn` },
          target: 'ratio ≥ 0.8 (flat)',
          ok: maxLarge / maxSmall >= 0.8,
        },
        {
          name: `${op.label}, ${count(LARGE)} couples, ${where}, p99 at ${rate} req/s (median of ${ROUNDS})`,
          value: median(p99.large),
          unit: 'ms',
          better: 'lower',
          baseline: {
            value: median(p99.small),
            label: `${count(SMALL)} couples, same rate, measured in turn`,
          },
        },
      ];
      for (const f of figures) report(f);
    }
    const plans = await explainAll(large.url, large.db);
    console.log(`tables of ≥ 1,000 rows: ${plans.big.join(', ')}`);
    for (const s of plans.scanned) console.log(`  sequential scan: ${s}`);
    report({
      name: `statements planned with a sequential scan of a large table, ${count(LARGE)} couples, PostgreSQL (${plans.statements} distinct statements from ${plans.requests} requests)`,
      value: plans.scanned.length,
      unit: 'statements',
      better: 'lower',
      target: '0',
      ok: plans.scanned.length === 0,
    });
  } finally {
    for (const c of children) c.kill();
    for (const d of made) await d.db.end();
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const d of made) await admin.query(`drop database if exists ${d.name} with (force)`);
    await admin.end();
    await server.stop();
  }
}
