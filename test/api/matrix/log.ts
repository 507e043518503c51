import { today } from '../../support/app.ts';
import type { Row } from './world.ts';
import { entryRule, member } from './world.ts';

// Objects are promises (the default object), so every log operation applies to them.
const notebook = {
  fileName: 'n.txt',
  content: Buffer.from('2024-03-01\nThanks for the tea\n').toString('base64'),
};

export const logRows: Record<string, Row> = {
  'GET /api/export': { request: () => ({ method: 'GET', url: '/api/export' }), expect: member(200) },
  'GET /api/export/log.csv': {
    request: () => ({ method: 'GET', url: '/api/export/log.csv' }),
    expect: member(200),
  },
  'POST /api/log/import/preview': {
    request: () => ({ method: 'POST', url: '/api/log/import/preview', body: notebook }),
    expect: member(200),
  },
  'POST /api/log/import': {
    request: () => ({ method: 'POST', url: '/api/log/import', body: notebook }),
    expect: member(200),
  },
  'GET /api/log': { request: () => ({ method: 'GET', url: '/api/log?limit=200' }), expect: member(200) },
  'POST /api/log': {
    request: () => ({
      method: 'POST',
      url: '/api/log',
      body: { kind: 'note', date: today(), text: 'matrix', visibility: 'shared' },
    }),
    expect: member(201),
  },
  'GET /api/log/{id}': {
    objects: true,
    request: (_w, _a, id) => ({ method: 'GET', url: `/api/log/${id}` }),
    expect: entryRule({
      ownShared: 200,
      ownPrivate: 200,
      partnerShared: 200,
      partnerPrivate: 404,
      otherCouple: 404,
    }),
  },
  'PATCH /api/log/{id}': {
    objects: true,
    request: (_w, _a, id) => ({ method: 'PATCH', url: `/api/log/${id}`, body: { intensity: 2 } }),
    expect: entryRule({
      ownShared: 200,
      ownPrivate: 200,
      partnerShared: 403,
      partnerPrivate: 404,
      otherCouple: 404,
    }),
  },
  'DELETE /api/log/{id}': {
    objects: true,
    request: (_w, _a, id) => ({ method: 'DELETE', url: `/api/log/${id}` }),
    expect: entryRule({
      ownShared: 200,
      ownPrivate: 200,
      partnerShared: 403,
      partnerPrivate: 404,
      otherCouple: 404,
    }),
  },
  'POST /api/log/{id}/promise': {
    objects: true,
    request: (_w, _a, id) => ({ method: 'POST', url: `/api/log/${id}/promise`, body: { state: 'kept' } }),
    expect: entryRule({
      ownShared: 200,
      ownPrivate: 200,
      partnerShared: 200,
      partnerPrivate: 404,
      otherCouple: 404,
    }),
  },
  'POST /api/log/{id}/restore': {
    objects: true,
    prepare: async (w, id, owner) => {
      await w.byLetter[owner].delete(`/api/log/${id}`);
    },
    request: (_w, _a, id) => ({ method: 'POST', url: `/api/log/${id}/restore` }),
    expect: entryRule({
      ownShared: 200,
      ownPrivate: 200,
      partnerShared: 404,
      partnerPrivate: 404,
      otherCouple: 404,
    }),
  },
};
