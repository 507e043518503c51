import { createECDH, randomBytes } from 'node:crypto';
import type { Row } from './world.ts';
import { member, uniq } from './world.ts';

/** A push subscription as a browser makes one; port 9 on loopback refuses, so nothing is delivered. */
const device = () => {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return {
    endpoint: `http://127.0.0.1:9/push/${uniq()}`,
    keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') },
  };
};

const settings = {
  checkinTime: '21:00',
  habitsTime: null,
  rituals: true,
  experiments: false,
  quietFrom: '22:30',
  quietTo: '07:00',
};

export const reminderRows: Record<string, Row> = {
  'GET /api/reminders': { request: () => ({ method: 'GET', url: '/api/reminders' }), expect: member(200) },
  'PATCH /api/reminders': {
    request: () => ({ method: 'PATCH', url: '/api/reminders', body: settings }),
    expect: member(200),
  },
  'POST /api/reminders/devices': {
    request: () => ({ method: 'POST', url: '/api/reminders/devices', body: device() }),
    expect: member(201),
  },
  'POST /api/reminders/devices/remove': {
    request: () => ({
      method: 'POST',
      url: '/api/reminders/devices/remove',
      body: { endpoint: device().endpoint },
    }),
    expect: member(200),
  },
  'POST /api/reminders/test': {
    request: () => ({ method: 'POST', url: '/api/reminders/test' }),
    expect: member(200),
  },
};
