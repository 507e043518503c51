/*
 * attune's service worker, hand-written and small on purpose.
 *
 * - The app shell (index.html and the hashed /assets/* it references) is cached, so the app
 *   starts without a network.
 * - Navigations go to the network first (a fresh shell after every deploy) and fall back to the
 *   cached shell when offline.
 * - /assets/* are content-hashed, so they never change: cache first.
 * - /api is NEVER cached or intercepted. Its answers are one person's private data behind a
 *   session cookie; a cached copy could outlive a logout, be shown to the next person using the
 *   device, or show a partner's entry after it became private. The server also sends no-store.
 */
const CACHE = 'attune-shell-v1';
const SHELL = '/index.html';

async function cacheShell() {
  const cache = await caches.open(CACHE);
  const response = await fetch(SHELL, { cache: 'no-cache' });
  if (!response.ok) return;
  const html = await response.clone().text();
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
  await cache.put(SHELL, response);
  await cache.addAll(assets);
}

self.addEventListener('install', (event) => {
  event.waitUntil(cacheShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

async function networkFirstShell(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && (response.headers.get('content-type') || '').includes('text/html')) {
      await cache.put(SHELL, response.clone());
    }
    return response;
  } catch {
    const cached = await cache.match(SHELL);
    return cached || Response.error();
  }
}

async function cacheFirstAsset(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  // The server answers an unknown path with the app shell (200, text/html); never keep that
  // under an asset's name.
  const html = (response.headers.get('content-type') || '').includes('text/html');
  if (response.ok && !html) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // Not ours, not a read, or the API: let the browser do what it would do without us.
  if (url.origin !== self.location.origin || request.method !== 'GET') return;
  if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirstShell(request));
    return;
  }
  if (url.pathname.startsWith('/assets/')) event.respondWith(cacheFirstAsset(request));
});
