import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { useApp } from '../support/app.ts';
import { DIALECTS } from '../support/stores.ts';

/** The only operations that answer without a login. A new one must be added here on purpose. */
const PUBLIC = new Set([
  'POST /api/account/signup',
  'POST /api/account/login',
  'POST /api/account/passkeys/login/options',
  'POST /api/account/passkeys/login',
  'GET /api/health',
  'GET /api/rituals/feed/{token}',
]);

describe.each(DIALECTS)('authentication before the body on %s', (dialect) => {
  const { app } = useApp(dialect);

  it('refuses every operation that needs a login with 401 before parsing its body', async () => {
    const doc = (await app().inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const wrong: string[] = [];
    let refused = 0;
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
      for (const method of Object.keys(ops)) {
        const op = `${method.toUpperCase()} ${path}`;
        // A body that is not JSON: parsed first, it would be a 400; refused first, it is a 401.
        const res = await app().inject({
          method: method.toUpperCase() as 'POST',
          url: path.replace(/\{\w+\}/g, '0190c0de-0000-7000-8000-000000000000'),
          headers: { 'content-type': 'application/json' },
          payload: '{"not json',
        });
        const isPublic = PUBLIC.has(op);
        if (
          isPublic
            ? res.statusCode === 401
            : res.statusCode !== 401 || res.json().error.code !== 'unauthenticated'
        )
          wrong.push(`${op}: ${res.statusCode} ${res.body.slice(0, 80)}`);
        if (!isPublic) refused++;
      }
    }
    expect(wrong).toEqual([]);
    expect(refused).toBeGreaterThan(40);
  });

  it('answers an anonymous 60 MB import with 401 before the body has arrived', async () => {
    await app().listen({ host: '127.0.0.1', port: 0 });
    const address = app().server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const total = 60 * 1024 * 1024;
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const answer = await new Promise<{ status: number; sent: number }>((resolve, reject) => {
      let sent = 0;
      const req = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/log/import',
        headers: { 'content-type': 'application/json', 'content-length': String(total) },
      });
      const timer = setTimeout(() => {
        req.destroy();
        reject(new Error('no answer within 5 s: the server is waiting for the whole body'));
      }, 5000);
      req.on('response', (res) => {
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 0, sent });
        res.resume();
        req.destroy();
      });
      req.on('error', () => {}); // the socket is torn down on purpose once answered
      // Send one megabyte and stop: a server that buffers the body would wait for the other 59.
      for (let i = 0; i < 16; i++) {
        req.write(chunk);
        sent += chunk.length;
      }
    });
    expect(answer.status).toBe(401);
    expect(answer.sent).toBeLessThan(total);
  });
});
