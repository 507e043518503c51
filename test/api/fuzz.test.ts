import { createHash } from 'node:crypto';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../src/dates.ts';
import type { Dialect, Store } from '../../src/storage/db.ts';
import { type Actor, type Method, makeCouple, today, useApp } from '../support/app.ts';
import { DIALECTS } from '../support/stores.ts';
import {
  arbitrary,
  type Context,
  MUTATIONS,
  type MutationKind,
  mutate,
  type Schema,
} from './openapi-arbitrary.ts';

/*
 * OpenAPI-driven fuzzing: for every operation of the document, valid requests generated from its
 * schemas and mutated ones (wrong type, missing or unknown field, too long, out of range,
 * impossible date), sent as partner A of a couple. No answer is a 5xx; every invalid input gets a
 * 4xx naming the field; every 2xx matches its response schema; a rejected request changes no row.
 *
 * The seed is printed. To replay a failure: FUZZ_SEED=<seed>, or FUZZ_SEED, FUZZ_OP="<METHOD>
 * <path>" and FUZZ_PATH=<path> from its message for that one operation (it then lacks the ids
 * the operations before it collected, so replay the whole run when it reached deeper rows).
 */
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const ONLY = process.env.FUZZ_OP;
const RUNS = Number(process.env.FUZZ_RUNS ?? 100); // valid requests per operation, and as many mutated
// With FUZZ_OP, FUZZ_PATH (the "path" of a failure's message) starts at its counterexample.
const replay = { seed: SEED, ...(ONLY && process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}) };

// Operations that end A's session when they succeed: last, and logout the very last.
const ENDS_SESSION = [
  'POST /api/account/password',
  'DELETE /api/account/sessions/{sessionId}',
  'DELETE /api/account',
  'POST /api/account/logout',
];

// Operations whose finding is reported and not yet fixed, with the reason. Keep this empty.
const KNOWN: Record<string, string> = {};

interface Operation {
  key: string;
  method: Method;
  path: string;
  pathSchema?: Schema;
  querySchema?: Schema;
  body?: Schema;
  responses: Record<string, Schema | undefined>;
}

type Doc = {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { in: string; name: string; required?: boolean; schema: Schema }[];
        requestBody?: { content: Record<string, { schema: Schema }> };
        responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
      }
    >
  >;
};

function operations(doc: Doc): Operation[] {
  const out: Operation[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const params = op.parameters ?? [];
      const part = (where: string): Schema | undefined => {
        const ps = params.filter((p) => p.in === where);
        if (!ps.length) return undefined;
        return {
          type: 'object',
          properties: Object.fromEntries(ps.map((p) => [p.name, p.schema])),
          required: ps.filter((p) => p.required).map((p) => p.name),
        };
      };
      const responses = Object.fromEntries(
        Object.entries(op.responses).map(([code, r]) => [code, r.content?.['application/json']?.schema]),
      );
      out.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase() as Method,
        path,
        pathSchema: part('path'),
        querySchema: part('query'),
        body: op.requestBody?.content['application/json']?.schema,
        responses,
      });
    }
  }
  const rank = (o: Operation) => ENDS_SESSION.indexOf(o.key);
  return out.sort((x, y) => rank(x) - rank(y));
}

/** The server's validation, rebuilt: strict bodies, coerced query and path params. */
function makeAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({ coerceTypes: coerce ? 'array' : false, useDefaults: false, strict: false });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  ajv.addFormat('local-date', { type: 'string', validate: isCalendarDate });
  ajv.addFormat('non-blank', { type: 'string', validate: (s: string) => /\S/u.test(s) });
  return ajv;
}
const strict = makeAjv(false);
const coercing = makeAjv(true);
const compiled = new Map<Schema, ValidateFunction>();
const validator = (ajv: Ajv, s: Schema) => {
  const known = compiled.get(s);
  if (known) return known;
  const v = ajv.compile(s);
  compiled.set(s, v);
  return v;
};

interface Request {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
}

/** Which part of a request does not pass its schema (null: it all passes). */
function failingPart(op: Operation, r: Request): string | null {
  const q = structuredClone(r.query);
  const p = Object.fromEntries(Object.entries(r.params).map(([k, v]) => [k, String(v)]));
  if (op.pathSchema && !validator(coercing, op.pathSchema)(p)) return 'path';
  if (op.querySchema && !validator(coercing, op.querySchema)(q)) return 'query';
  if (op.body && !validator(strict, op.body)(r.body)) return 'body';
  if (!op.body && r.body !== undefined) return 'body';
  return null;
}

function toUrl(op: Operation, r: Request): string {
  let url = op.path;
  for (const [k, v] of Object.entries(r.params)) url = url.replace(`{${k}}`, encodeURIComponent(String(v)));
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(r.query))
    for (const x of Array.isArray(v) ? v : [v]) qs.append(k, String(x));
  const s = qs.toString();
  return s ? `${url}?${s}` : url;
}

/** A's request with A's cookie as it is: a sign-up or log-in answer does not switch the session. */
async function send(
  app: FastifyInstance,
  a: Actor,
  op: Operation,
  r: Request,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: op.method,
    url: toUrl(op, r),
    remoteAddress: a.ip,
    headers: {
      ...(a.cookie ? { cookie: a.cookie } : {}),
      ...(r.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(r.body !== undefined ? { payload: JSON.stringify(r.body) } : {}),
  });
}

const json = (res: LightMyRequestResponse): unknown => {
  try {
    return res.json();
  } catch {
    return undefined;
  }
};

/** Every id-like string in a response, so later `{id}` params reach real rows. */
function collectIds(v: unknown, into: Set<string>): void {
  if (typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v))
    into.add(v);
  else if (Array.isArray(v)) for (const x of v) collectIds(x, into);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) collectIds(x, into);
}

/** A hash of every row of every table. */
async function hashRows(store: Store, dialect: Dialect): Promise<string> {
  const db = store.db;
  const tables = (
    dialect === 'sqlite'
      ? await sql<{
          name: string;
        }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db)
      : await sql<{
          name: string;
        }>`select table_name as name from information_schema.tables where table_schema = 'public'`.execute(db)
  ).rows
    .map((r) => r.name)
    .sort();
  const hash = createHash('sha256');
  for (const name of tables) {
    const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db)).rows;
    const lines = rows.map((row) => JSON.stringify(row));
    hash.update(`${name}\n${lines.sort().join('\n')}\n`);
  }
  return hash.digest('hex');
}

function fieldNamed(expected: string, got: unknown): boolean {
  return typeof got === 'string' && (got === expected || got.startsWith(`${expected}.`));
}

describe.each(DIALECTS)('OpenAPI fuzzing on %s', (dialect) => {
  const { app, store } = useApp(dialect);

  it('answers every generated and mutated request of every operation without a 5xx, naming the field of every invalid one, matching the schema and writing nothing when it refuses', async () => {
    const started = performance.now();
    console.log(`fuzz ${dialect}: seed ${SEED} (replay with FUZZ_SEED=${SEED})`);
    const { a, b } = await makeCouple(app());
    await seedRows(a, b);
    const doc = (await app().inject({ method: 'GET', url: '/api/openapi.json' })).json() as Doc;
    const ops = operations(doc).filter((o) => !ONLY || o.key === ONLY);
    expect(ops.length).toBeGreaterThan(ONLY ? 0 : 90);
    const ids = new Set<string>();
    const ctx: Context = { today: today(), ids: () => [...ids] };
    const failures: string[] = [];
    let sent = 0;
    let accepted = 0;
    const shallow: string[] = []; // operations no valid request got a 2xx from: their depth is untested

    const requestArb = (op: Operation): fc.Arbitrary<Request> =>
      fc.record({
        params: op.pathSchema
          ? (arbitrary(op.pathSchema, ctx) as fc.Arbitrary<Record<string, unknown>>)
          : fc.constant({}),
        query: op.querySchema
          ? (arbitrary(op.querySchema, ctx) as fc.Arbitrary<Record<string, unknown>>)
          : fc.constant({}),
        body: op.body ? arbitrary(op.body, ctx) : fc.constant(undefined),
      });

    const check = (op: Operation, res: LightMyRequestResponse, what: string) => {
      const body = json(res);
      if (res.statusCode >= 500) throw new Error(`${what}: ${res.statusCode} ${res.body.slice(0, 300)}`);
      if (res.statusCode >= 200 && res.statusCode < 300) {
        accepted++;
        collectIds(body, ids);
        const schema = op.responses[String(res.statusCode)];
        const type = String(res.headers['content-type'] ?? '');
        if (!schema && type.includes('json'))
          throw new Error(`${what}: ${res.statusCode} is not in the document`);
        if (schema) {
          const validate = validator(strict, schema);
          if (!validate(body))
            throw new Error(
              `${what}: ${res.statusCode} does not match its schema: ${strict.errorsText(validate.errors)}`,
            );
        }
      }
      return body as { error?: { code?: string; field?: string } } | undefined;
    };

    for (const op of ops) {
      const known = KNOWN[op.key];
      const opFailures: string[] = [];
      const acceptedBefore = accepted;
      // Valid requests first: they create the rows whose ids the later operations use.
      try {
        await fc.assert(
          fc.asyncProperty(requestArb(op), async (r) => {
            const wrong = failingPart(op, r);
            if (wrong) throw new Error(`the generator made an invalid ${wrong}: ${JSON.stringify(r)}`);
            sent++;
            const res = await send(app(), a, op, r);
            const body = check(op, res, `valid ${JSON.stringify(r)}`);
            // Every answer below would be a 401 and prove nothing if A's session had ended.
            if (body?.error?.code === 'unauthenticated' && !ENDS_SESSION.includes(op.key))
              throw new Error(`A's session ended before ${op.key}`);
          }),
          { ...replay, numRuns: RUNS, endOnFailure: true },
        );
      } catch (e) {
        opFailures.push(failureOf(e));
      }

      if (accepted === acceptedBefore) shallow.push(op.key);
      const hasInput = op.pathSchema || op.querySchema || op.body;
      if (hasInput) {
        const mutated = fc
          .tuple(
            requestArb(op),
            fc.constantFrom(...MUTATIONS),
            fc.constantFrom('params', 'query', 'body'),
            fc.nat(),
          )
          .map(([r, kind, part, pick]) =>
            applyMutation(op, r, kind as MutationKind, part as keyof Request, pick),
          );
        const before = await hashRows(store(), dialect);
        try {
          await fc.assert(
            fc.asyncProperty(mutated, async (m) => {
              // Only what the schema refuses counts (a nullable field takes null, and so on).
              fc.pre(m !== null && failingPart(op, m.request) !== null);
              if (!m) return;
              sent++;
              const what = `${m.kind} of ${m.part} field "${m.field}" in ${JSON.stringify(m.request).slice(0, 400)}`;
              const res = await send(app(), a, op, m.request);
              const body = check(op, res, what);
              if (res.statusCode < 400 || res.statusCode >= 500)
                throw new Error(`${what}: accepted with ${res.statusCode} ${res.body.slice(0, 200)}`);
              if (
                !fieldNamed(m.field, body?.error?.field) &&
                !(m.also !== undefined && body?.error?.field === (m.also || m.part))
              )
                throw new Error(
                  `${what}: ${res.statusCode} names "${body?.error?.field}" ${res.body.slice(0, 200)}`,
                );
            }),
            { ...replay, numRuns: RUNS, endOnFailure: true },
          );
        } catch (e) {
          // An operation whose every input takes anything has no invalid request to send.
          if (!/too many pre\(\) calls/i.test((e as Error).message)) opFailures.push(failureOf(e));
        }
        const after = await hashRows(store(), dialect);
        if (after !== before) opFailures.push('a rejected request changed the database');
      }
      if (known) {
        if (!opFailures.length) failures.push(`${op.key} is listed as KNOWN (${known}) but passes now`);
        continue;
      }
      for (const f of opFailures) failures.push(`${op.key}: ${compact(f)}`);
    }

    const seconds = (performance.now() - started) / 1000;
    console.log(
      `fuzz ${dialect}: ${ops.length} operations, ${sent} requests (${accepted} answered 2xx), ${seconds.toFixed(1)} s, seed ${SEED}`,
    );
    console.log(`fuzz ${dialect}: no 2xx from ${shallow.length} operations: ${shallow.join(', ')}`);
    expect(failures).toEqual([]);
  }, 900_000);
});

/** fast-check's message (seed, path, counterexample) and what the check found. */
const failureOf = (e: unknown) => {
  const err = e as Error & { cause?: unknown };
  return `→ ${err.cause instanceof Error ? err.cause.message : ''}\n${err.message}`;
};

/** A failure message short enough to read: long runs of one character folded, the hint cut. */
const compact = (message: string) =>
  message
    .replace(/(.)\1{19,}/g, (run, c: string) => `${c}…(${run.length} times)`)
    .replace(/\n\nHint:[\s\S]*$/, '')
    .slice(0, 1500);

/**
 * A few rows made the way the area tests make them, so `{id}` params reach real rows: random text
 * rarely passes a domain rule (a habit's cue starts "After I …").
 */
async function seedRows(a: Actor, b: Actor): Promise<void> {
  const ok = async (res: Promise<LightMyRequestResponse>) => {
    const r = await res;
    if (r.statusCode >= 300) throw new Error(`seeding failed: ${r.statusCode} ${r.body}`);
    return r.json();
  };
  await ok(
    a.post('/api/habits', {
      cue: 'After I pour the coffee',
      action: 'I ask how she slept',
      owner: 'me',
      domain: 'communication',
      schedule: { kind: 'daily' },
      startDate: today(),
    }),
  );
  await ok(
    a.post('/api/log', { kind: 'conflict', date: today(), text: 'Dishes again', visibility: 'shared' }),
  );
  await ok(a.post('/api/anchors', { name: 'Date night', cadence: { times: 1, days: 7 } }));
  const idea = await ok(a.post('/api/exploration/ideas', { domain: 'intimacy', text: 'Picnic indoors' }));
  await ok(a.post('/api/exploration/tries', { ideaId: idea.id }));
  await ok(a.post('/api/alignment/rounds', {}));
  await ok(
    b.post('/api/checkins/metrics', {
      name: 'Phone-free evenings',
      scaleMin: 0,
      scaleMax: 1,
      better: 'higher',
    }),
  );
}

type Mutated = { request: Request; kind: MutationKind; part: keyof Request; field: string; also?: string };

/** One mutation of one part of a valid request, or null when that part offers nothing for it. */
function applyMutation(
  op: Operation,
  r: Request,
  kind: MutationKind,
  part: keyof Request,
  pick: number,
): Mutated | null {
  if (part === 'params' && (!op.pathSchema || kind === 'missing field' || kind === 'unknown field'))
    return null;
  if (part === 'query' && !op.querySchema) return null;
  if (part === 'body' && !op.body) return null;
  const m = mutate(r[part], kind, pick, part !== 'body');
  if (!m) return null;
  // The API names a field of the body by its path, a parameter by its name.
  return { request: { ...r, [part]: m.value }, kind, part, field: m.field || 'body', also: m.also };
}
