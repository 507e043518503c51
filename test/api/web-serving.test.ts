import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { defaultConfig } from '../../src/server/context.ts';
import { freshStore } from '../support/stores.ts';

describe('serving the web app', () => {
  let app: FastifyInstance;
  let store: Awaited<ReturnType<typeof freshStore>>;
  const web = mkdtempSync(join(tmpdir(), 'attune-web-'));
  beforeAll(async () => {
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>attune</title>');
    writeFileSync(join(web, 'assets', 'app-1234.js'), 'console.log(1)');
    writeFileSync(join(web, 'sw.js'), 'self.addEventListener("fetch", () => {})');
    store = await freshStore('sqlite');
    app = await buildApp({ store, config: { ...defaultConfig, webDist: web } });
  });
  afterAll(async () => {
    await app.close();
    await store.drop();
    rmSync(web, { recursive: true, force: true });
  });
  const get = (url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers });

  it('answers client-side routes with the app shell, revalidated each time', async () => {
    for (const url of ['/', '/log/new', '/join/ABCD-EFGH-JKMN', '/checkin/2026-11-24?x=1']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    }
  });

  it('serves hashed assets as immutable and the service worker as revalidated', async () => {
    const asset = await get('/assets/app-1234.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await get('/sw.js')).headers['cache-control']).toBe('no-cache');
  });

  it('serves files of a rebuild made while it runs', async () => {
    writeFileSync(join(web, 'assets', 'app-5678.js'), 'console.log(2)');
    const res = await get('/assets/app-5678.js');
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('console.log(2)');
  });

  it('sends the build’s precompressed files as they are, to clients that accept them', async () => {
    const js = `console.log(${JSON.stringify('x'.repeat(4000))})`;
    writeFileSync(join(web, 'assets', 'big-1.js'), js);
    writeFileSync(join(web, 'assets', 'big-1.js.br'), brotliCompressSync(js));
    writeFileSync(join(web, 'assets', 'big-1.js.gz'), gzipSync(js));
    const br = await get('/assets/big-1.js', { 'accept-encoding': 'br, gzip' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(js);
    // The very bytes of the build's file: nothing compressed again per request.
    expect(br.rawPayload.equals(readFileSync(join(web, 'assets', 'big-1.js.br')))).toBe(true);
    const gz = await get('/assets/big-1.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(js);
    const plain = await get('/assets/big-1.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(js);
  });

  it('compresses API answers over 1 KiB, and leaves small ones alone', async () => {
    const big = await get('/api/openapi.json', { 'accept-encoding': 'gzip' });
    expect(big.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(big.rawPayload).toString()).openapi).toBe('3.1.0');
    const small = await get('/api/health', { 'accept-encoding': 'gzip' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.json()).toEqual({ ok: true });
  });

  it('answers a missing file with 404, never with the app shell', async () => {
    for (const url of ['/assets/app-old.js', '/icons/missing.png', '/api/nothing-here']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toMatch(/application\/json/);
    }
  });
});
