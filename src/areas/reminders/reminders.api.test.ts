import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCouple, testConfig, useApp } from '../../../test/support/app.ts';
import {
  browserKeys,
  checkVapid,
  decrypt,
  type Received,
  startPushService,
} from '../../../test/support/push-service.ts';
import { DIALECTS } from '../../../test/support/stores.ts';
import { localDate, localTime } from '../../dates.ts';
import { sendDueReminders } from './send.ts';

/** The next instant (whole minute, within two days of `from`) at which `timeZone` reads `hhmm`. */
function nextLocal(timeZone: string, hhmm: string, from = Date.now()): number {
  const start = Math.ceil(from / 60_000) * 60_000;
  for (let t = start; t < start + 2 * 86_400_000; t += 60_000)
    if (localTime(timeZone, new Date(t)) === hhmm) return t;
  throw new Error(`no ${hhmm} in ${timeZone}`);
}

const BERLIN = 'Europe/Berlin'; // makeCouple's first partner

describe.each(DIALECTS)('reminders by Web Push on %s', (dialect) => {
  const { app, store } = useApp(dialect);
  let push: Awaited<ReturnType<typeof startPushService>>;
  beforeAll(async () => {
    push = await startPushService();
  });
  afterAll(async () => push?.close());

  const since = (n: number) => push.received.slice(n);

  it('sends what is due, once, encrypted for the device, signed by the server, with nothing private in it', async () => {
    const { a, b } = await makeCouple(app());
    const canary = `CANARY-PUSH-${Math.random().toString(36).slice(2)}`;
    await a.post('/api/log', { kind: 'note', date: localDate(BERLIN), text: canary, visibility: 'private' });

    const first = (await a.get('/api/reminders')).json();
    expect(first).toMatchObject({ devices: 0, settings: { checkinTime: null, rituals: false } });
    expect(first.publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);

    const keys = browserKeys();
    const path = `/push/${Math.random().toString(36).slice(2)}`;
    const added = await a.post('/api/reminders/devices', { endpoint: `${push.url}${path}`, keys: keys.json });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toEqual({ devices: 1 });
    const set = await a.patch('/api/reminders', {
      checkinTime: '21:00',
      habitsTime: null,
      rituals: false,
      experiments: true,
      quietFrom: null,
      quietTo: null,
    });
    expect(set.statusCode, set.body).toBe(200);

    // 21:10 in Berlin: the check-in (21:00) is due.
    const at = nextLocal(BERLIN, '21:10');
    const before = push.received.length;
    expect(await sendDueReminders(store(), testConfig, at)).toEqual({ sent: 1, gone: 0, failed: 0 });
    const [got] = since(before) as [Received];
    expect(got.path).toBe(path);
    expect(got.headers['content-encoding']).toBe('aes128gcm');
    expect(Number(got.headers.ttl)).toBeGreaterThan(0);
    const text = decrypt(got.body, keys);
    expect(JSON.parse(text)).toEqual({ kind: 'checkin', url: '/checkin' });
    for (const word of [canary, 'Lisa', 'Michael', '@example.com']) expect(text).not.toContain(word);
    const vapid = checkVapid(got.headers.authorization);
    expect(vapid.key).toBe(first.publicKey);
    expect(vapid.claims.aud).toBe(push.url);
    expect(vapid.claims.sub).toBe('mailto:tests@example.org');
    expect(Number(vapid.claims.exp) * 1000).toBeGreaterThan(Date.now());

    // Again in the same minute, and from two servers at once in the next: nothing twice.
    expect(await sendDueReminders(store(), testConfig, at)).toEqual({ sent: 0, gone: 0, failed: 0 });
    const twice = await Promise.all([
      sendDueReminders(store(), testConfig, at + 60_000),
      sendDueReminders(store(), testConfig, at + 60_000),
    ]);
    expect(twice.reduce((s, t) => s + t.sent, 0)).toBe(0);

    // Rituals too, from 21:40: the evening check-in (21:30) is due, worded on the device from its
    // key; the daily appreciation (20:00) is past catching up. Once, from two servers.
    expect((await a.patch('/api/reminders', { rituals: true })).json()).toMatchObject({
      checkinTime: '21:00',
      rituals: true,
    });
    const later = nextLocal(BERLIN, '21:40', at);
    const mark = push.received.length;
    const both = await Promise.all([
      sendDueReminders(store(), testConfig, later),
      sendDueReminders(store(), testConfig, later),
    ]);
    expect(both.reduce((s, t) => s + t.sent, 0)).toBe(1);
    const [ritual] = since(mark) as [Received];
    expect(JSON.parse(decrypt(ritual.body, keys))).toEqual({
      kind: 'ritual',
      ritualKey: 'evening_checkin',
      title: null,
      url: '/rituals',
    });

    // The partner has no device: nothing was ever sent to anyone else.
    expect((await b.get('/api/reminders')).json().devices).toBe(0);
    expect(push.received.slice(before).every((r) => r.path === path)).toBe(true);
  });

  it('keeps quiet hours, and sends nothing to someone who chose no reminders', async () => {
    const { a, b } = await makeCouple(app());
    const keys = browserKeys();
    const path = `/push/${Math.random().toString(36).slice(2)}`;
    for (const who of [a, b])
      expect(
        (await who.post('/api/reminders/devices', { endpoint: `${push.url}${path}`, keys: keys.json }))
          .statusCode,
      ).toBe(201);
    await a.patch('/api/reminders', {
      checkinTime: '21:00',
      habitsTime: null,
      rituals: false,
      experiments: false,
      quietFrom: '20:30',
      quietTo: '07:00',
    });
    const mark = push.received.length;
    await sendDueReminders(store(), testConfig, nextLocal(BERLIN, '21:05'));
    expect(since(mark).filter((r) => r.path === path)).toEqual([]);
    // Quiet hours need both ends; a half-set pair changes nothing.
    const half = await a.patch('/api/reminders', {
      checkinTime: '21:00',
      habitsTime: null,
      rituals: false,
      experiments: false,
      quietFrom: '20:30',
      quietTo: null,
    });
    expect(half.statusCode).toBe(400);
    expect(half.json().error.field).toBe('quietTo');
    expect(half.json().error.say).toEqual({ code: 'refuse.quietHours', params: {} });
    expect((await a.get('/api/reminders')).json().settings.quietTo).toBe('07:00');
  });

  it('refuses endpoints that are not a push service, and forgets devices the service forgot', async () => {
    const { a } = await makeCouple(app());
    const keys = browserKeys();
    for (const endpoint of [
      'https://intranet.example/hook',
      'http://169.254.169.254/latest/meta-data',
      `${push.url.replace('http://', 'http://user:pw@')}/push/x`,
      'not a url',
    ]) {
      const res = await a.post('/api/reminders/devices', { endpoint, keys: keys.json });
      expect(res.statusCode, endpoint).toBe(400);
      expect(res.json().error.field).toBe('endpoint');
    }
    expect((await a.get('/api/reminders')).json().devices).toBe(0);

    await a.post('/api/reminders/devices', { endpoint: `${push.url}/push/kept`, keys: keys.json });
    await a.post('/api/reminders/devices', {
      endpoint: `${push.url}/gone/old-phone`,
      keys: browserKeys().json,
    });
    expect((await a.get('/api/reminders')).json().devices).toBe(2);
    const test = await a.post('/api/reminders/test');
    expect(test.statusCode).toBe(200);
    expect(test.json()).toMatchObject({ sent: 1, failed: 1 });
    expect((await a.get('/api/reminders')).json().devices).toBe(1);
    const removed = await a.post('/api/reminders/devices/remove', { endpoint: `${push.url}/push/kept` });
    expect(removed.json()).toEqual({ devices: 0 });
    expect((await a.post('/api/reminders/test')).json()).toMatchObject({ sent: 0, failed: 0 });
  });
});
