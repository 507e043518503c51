import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { localDate } from '../../src/dates.ts';
import { DEMO_LOGINS } from '../../src/demo/load.ts';
import { buildApp } from '../../src/server/app.ts';
import { type Config, defaultConfig } from '../../src/server/context.ts';
import type { Dialect, Store } from '../../src/storage/db.ts';
import { freshStore } from './stores.ts';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * Someone using the API: keeps their session cookie like a browser does, and records every
 * response they receive so privacy tests can search it.
 */
export class Actor {
  cookie: string | null = null;
  readonly received: LightMyRequestResponse[] = [];
  // Plain fields, not parameter properties: the bench imports this file and Node runs it as
  // erasable TypeScript.
  readonly app: FastifyInstance;
  readonly name: string;
  readonly ip: string;
  constructor(app: FastifyInstance, name: string, ip = '127.0.0.1') {
    this.app = app;
    this.name = name;
    this.ip = ip;
  }

  async call(
    method: Method,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({
      method,
      url,
      remoteAddress: this.ip,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });
    const set = res.headers['set-cookie'];
    const first = Array.isArray(set) ? set[0] : set;
    if (first) {
      const pair = first.split(';')[0]!;
      this.cookie = pair.endsWith('=') ? null : pair;
    }
    this.received.push(res);
    return res;
  }

  get = (url: string) => this.call('GET', url);
  post = (url: string, body?: unknown, headers?: Record<string, string>) =>
    this.call('POST', url, body, headers);
  patch = (url: string, body?: unknown) => this.call('PATCH', url, body);
  delete = (url: string, body?: unknown) => this.call('DELETE', url, body);
}

export const PASSWORD = 'correct horse battery staple';

/** A made-up client address (inject never touches the network), so per-address limits stay apart. */
export const someIp = () => `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250) + 1).join('.')}`;

export async function signUp(app: FastifyInstance, name: string, ip = someIp()): Promise<Actor> {
  const actor = new Actor(app, name, ip);
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.${Math.random().toString(36).slice(2, 8)}@example.com`;
  const res = await actor.post('/api/account/signup', { email, password: PASSWORD });
  if (res.statusCode !== 201) throw new Error(`signup failed: ${res.statusCode} ${res.body}`);
  (actor as { email?: string }).email = email;
  return actor;
}

/** Logs in as one of the demo couple (loaded with `loadDemo`). */
export async function demoLogin(app: FastifyInstance, who: 'lisa' | 'michael'): Promise<Actor> {
  const actor = new Actor(app, who);
  const res = await actor.post('/api/account/login', {
    email: DEMO_LOGINS[who].email,
    password: DEMO_LOGINS[who].password,
  });
  if (res.statusCode !== 200) throw new Error(`demo login as ${who}: ${res.statusCode} ${res.body}`);
  return actor;
}

export function emailOf(actor: Actor): string {
  return (actor as unknown as { email: string }).email;
}

export const ZONES = ['Europe/Berlin', 'America/New_York'] as const;

/** Two partners in one couple space (the second joined by invite code). */
export async function makeCouple(app: FastifyInstance, names: [string, string] = ['Lisa', 'Michael']) {
  // Side by side: a sign-up is mostly Argon2 hashing, which runs on libuv's thread pool.
  const [a, b] = await Promise.all([signUp(app, names[0]), signUp(app, names[1])]);
  const created = await a.post('/api/couple', { displayName: names[0], timeZone: ZONES[0] });
  if (created.statusCode !== 201) throw new Error(`couple failed: ${created.body}`);
  const invite = await a.post('/api/couple/invites');
  const joined = await b.post('/api/couple/join', {
    code: invite.json().code,
    displayName: names[1],
    timeZone: ZONES[1],
  });
  if (joined.statusCode !== 200) throw new Error(`join failed: ${joined.body}`);
  return { a, b, coupleId: created.json().id as string };
}

/** The tests' configuration: reminders may only be pushed to a push service on loopback. */
export const testConfig: Config = {
  ...defaultConfig,
  push: { hosts: ['127.0.0.1'], allowHttp: true, contact: 'mailto:tests@example.org' },
};

/**
 * Per test file: one fresh store and app per dialect. Use inside `describe.each(DIALECTS)`.
 */
export function useApp(dialect: Dialect): { app: () => FastifyInstance; store: () => Store } {
  let app: FastifyInstance;
  let store: Awaited<ReturnType<typeof freshStore>>;
  beforeAll(async () => {
    store = await freshStore(dialect);
    app = await buildApp({ store, config: testConfig });
  });
  afterAll(async () => {
    await app?.close();
    await store?.drop();
  });
  return { app: () => app, store: () => store };
}

/**
 * Today where the first partner of `makeCouple` lives (Berlin), and where the second does (New
 * York). From 23:00 to 05:00 UTC they are different days, and Berlin's is not UTC's from 23:00:
 * a test never takes one partner's today for the other's (see test/setup/clock.ts).
 */
export const today = () => localDate(ZONES[0]);
export const todayB = () => localDate(ZONES[1]);
