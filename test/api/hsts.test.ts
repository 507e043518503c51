import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { defaultConfig } from '../../src/server/context.ts';
import { HSTS } from '../../src/server/security.ts';
import { useApp } from '../support/app.ts';
import { DIALECTS } from '../support/stores.ts';

// HTTP Strict Transport Security: sent when the page was served over https, and only then.
describe.each(DIALECTS)('HSTS on %s', (dialect) => {
  const { app, store } = useApp(dialect);
  const https = { 'x-forwarded-proto': 'https' };

  it('is sent over https behind a trusted proxy, on the API and the rest', async () => {
    const proxied = await buildApp({ store: store(), config: { ...defaultConfig, trustProxy: true } });
    try {
      for (const url of ['/api/health', '/api/couple', '/nothing-here']) {
        const res = await proxied.inject({ method: 'GET', url, headers: https });
        expect(res.headers['strict-transport-security'], url).toBe(HSTS);
      }
      // The same proxy passing plain http on: no HSTS.
      const plain = await proxied.inject({
        method: 'GET',
        url: '/api/health',
        headers: { 'x-forwarded-proto': 'http' },
      });
      expect(plain.headers['strict-transport-security']).toBeUndefined();
    } finally {
      await proxied.close();
    }
  });

  it('is not sent over plain http, nor when an untrusted client claims https', async () => {
    for (const headers of [{}, https]) {
      const res = await app().inject({ method: 'GET', url: '/api/health', headers });
      expect(res.statusCode).toBe(200);
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });
});
