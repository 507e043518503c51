/*
 * Web Push delivery: the web-push library signs (VAPID, RFC 8292) and encrypts (aes128gcm,
 * RFC 8291) each message; we send the request ourselves with fetch, so that a timeout, the
 * endpoint rules below and a test's own push service on loopback are all in our hands.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import webpush from 'web-push';
import type { PushConfig } from '../../server/context.ts';
import { invalid } from '../../server/errors.ts';
import { nowIso } from '../../storage/ids.ts';
import type { Database } from '../../storage/tables.ts';
import type { PushPayload } from './rules.ts';

/** The browsers' push services (Chrome/Edge/Android, Firefox, Windows, Safari). */
export const PUSH_SERVICE_HOSTS = [
  'fcm.googleapis.com',
  'push.services.mozilla.com',
  'notify.windows.com',
  'push.apple.com',
];
const DEFAULT_CONTACT = 'mailto:attune@localhost';

/**
 * A subscription's endpoint is a URL the server will POST to, so it must name a push service:
 * https, a host on the list (or under one of its domains), no credentials. Anything else would
 * let a person make the server call into its own network.
 */
export function checkEndpoint(endpoint: string, config: PushConfig = {}): void {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw invalid('endpoint', 'The push address is not a web address.');
  }
  const hosts = config.hosts ?? PUSH_SERVICE_HOSTS;
  const httpOk = config.allowHttp === true && url.protocol === 'http:';
  if (url.protocol !== 'https:' && !httpOk)
    throw invalid('endpoint', 'A push service’s address starts with https://.');
  if (url.username || url.password)
    throw invalid('endpoint', 'A push address carries no user name or password.');
  if (!hosts.some((h) => url.hostname === h || url.hostname.endsWith(`.${h}`)))
    throw invalid('endpoint', `${url.hostname} is not a push service this server sends reminders to.`);
}

export const endpointHash = (endpoint: string) => createHash('sha256').update(endpoint).digest('hex');

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

/** The server's VAPID pair, made once and shared by every app server through the database. */
export async function vapidKeys(db: Kysely<Database>): Promise<VapidKeys> {
  const read = async () => {
    const rows = await db
      .selectFrom('server_keys')
      .select(['name', 'value'])
      .where('name', 'in', ['vapid_public', 'vapid_private'])
      .execute();
    const get = (n: string) => rows.find((r) => r.name === n)?.value;
    const [publicKey, privateKey] = [get('vapid_public'), get('vapid_private')];
    return publicKey && privateKey ? { publicKey, privateKey } : null;
  };
  const found = await read();
  if (found) return found;
  const made = webpush.generateVAPIDKeys();
  // Two servers racing both insert-or-ignore in one transaction; the first pair wins for both.
  await db.transaction().execute(async (trx) => {
    for (const [name, value] of [
      ['vapid_public', made.publicKey],
      ['vapid_private', made.privateKey],
    ] as const)
      await trx
        .insertInto('server_keys')
        .values({ name, value, created_at: nowIso() })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
  });
  return (await read())!;
}

export interface Device {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/** Sends one payload to one device: 'sent', 'gone' (the push service forgot it) or 'failed'. */
export async function pushTo(
  device: Device,
  payload: PushPayload,
  keys: VapidKeys,
  config: PushConfig = {},
): Promise<'sent' | 'gone' | 'failed'> {
  const request = webpush.generateRequestDetails(
    { endpoint: device.endpoint, keys: { p256dh: device.p256dh, auth: device.auth } },
    JSON.stringify(payload),
    {
      vapidDetails: { subject: config.contact ?? DEFAULT_CONTACT, ...keys },
      // A reminder is worth little tomorrow: the push service may drop it after an hour.
      TTL: 3600,
      contentEncoding: 'aes128gcm',
    },
  );
  try {
    const response = await fetch(request.endpoint, {
      method: request.method,
      headers: request.headers as Record<string, string>,
      body: request.body as Uint8Array,
      redirect: 'error',
      signal: AbortSignal.timeout(10_000),
    });
    await response.body?.cancel();
    if (response.status === 404 || response.status === 410) return 'gone';
    return response.ok ? 'sent' : 'failed';
  } catch {
    return 'failed';
  }
}
