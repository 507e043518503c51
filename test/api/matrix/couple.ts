import type { Row } from './world.ts';
import { member, uniq } from './world.ts';

export const coupleRows: Record<string, Row> = {
  'POST /api/couple': {
    fresh: true,
    request: () => ({ method: 'POST', url: '/api/couple', body: { displayName: 'New', timeZone: 'UTC' } }),
    expect: member(409, { noCouple: 201 }),
    coach: () => 409,
  },
  'GET /api/couple': { request: () => ({ method: 'GET', url: '/api/couple' }), expect: member(200) },
  'PATCH /api/couple/me': {
    request: () => ({ method: 'PATCH', url: '/api/couple/me', body: { timeZone: 'Europe/Paris' } }),
    expect: member(200),
  },
  'PATCH /api/couple/settings': {
    request: () => ({
      method: 'PATCH',
      url: '/api/couple/settings',
      body: { logDefaultVisibility: 'shared' },
    }),
    expect: member(200),
  },
  'POST /api/couple/invites': {
    request: () => ({ method: 'POST', url: '/api/couple/invites' }),
    expect: member(409),
  },
  'DELETE /api/couple/invites': {
    request: () => ({ method: 'DELETE', url: '/api/couple/invites' }),
    expect: member(200),
  },
  'POST /api/couple/join': {
    request: () => ({
      method: 'POST',
      url: '/api/couple/join',
      body: { code: 'AAAA-BBBB-CCCC', displayName: 'X', timeZone: 'UTC' },
    }),
    expect: member(409, { noCouple: 400 }),
    coach: () => 409,
  },
  'POST /api/couple/domains': {
    request: () => ({ method: 'POST', url: '/api/couple/domains', body: { label: `d ${uniq()}` } }),
    expect: member(201),
  },
};
