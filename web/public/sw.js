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
// The language reminders are worded in, left here by the app (areas/reminders/device.ts).
const PREFS = 'attune-prefs';
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
      .then((keys) =>
        Promise.all(keys.filter((k) => k !== CACHE && k !== PREFS).map((k) => caches.delete(k))),
      )
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

/*
 * Reminders (Web Push). The payload carries a kind and at most a ritual's key or the couple's own
 * ritual title: the words are chosen here, in the app's language, and never include anything a
 * person wrote in their log or check-in, since a notification shows on a locked screen.
 */
const WORDS = {
  en: {
    checkin: ['Time for your check-in', 'Thirty seconds: how was today between you?'],
    habits: ['A small habit is waiting', 'One of today’s habits is still open.'],
    experiment: ['Your experiment’s check-in', 'Rate today while it is fresh.'],
    test: ['Reminders work', 'This is how attune will remind you.'],
    ritual: ['It’s time for a ritual', ''],
    daily_appreciation: 'Daily appreciation',
    morning_gratitude: 'Morning gratitude share',
    evening_checkin: 'Evening check-in',
    weekly_wins: 'Weekly wins review',
    monthly_review: 'Monthly metrics review',
    quarterly_celebration: 'Quarterly celebration',
  },
  es: {
    checkin: ['Hora de tu registro diario', 'Treinta segundos: ¿qué tal hoy entre vosotros?'],
    habits: ['Un hábito pequeño te espera', 'Uno de los hábitos de hoy sigue pendiente.'],
    experiment: ['El registro de tu experimento', 'Valora el día mientras está fresco.'],
    test: ['Los recordatorios funcionan', 'Así te recordará attune.'],
    ritual: ['Es la hora de un ritual', ''],
    daily_appreciation: 'Aprecio diario',
    morning_gratitude: 'Gratitud por la mañana',
    evening_checkin: 'Registro de la noche',
    weekly_wins: 'Repaso de logros de la semana',
    monthly_review: 'Repaso mensual de las cifras',
    quarterly_celebration: 'Celebración trimestral',
  },
};

async function language() {
  try {
    const saved = await (await caches.open(PREFS)).match('/prefs/language');
    const lang = saved ? await saved.text() : (self.navigator.language || 'en').slice(0, 2);
    return WORDS[lang] ? lang : 'en';
  } catch {
    return 'en';
  }
}

/** The notification's title and body for a payload, in the app's language. */
async function wording(payload) {
  const w = WORDS[await language()];
  if (payload.kind === 'ritual') {
    const name = payload.title || w[payload.ritualKey] || w.ritual[0];
    return { title: name, body: w.ritual[0] };
  }
  const [title, body] = w[payload.kind] || w.test;
  return { title, body };
}

self.addEventListener('push', (event) => {
  let payload = { kind: 'test', url: '/' };
  try {
    payload = event.data ? event.data.json() : payload;
  } catch {
    // Not ours to read: show the plain test words rather than nothing (a push must show something).
  }
  event.waitUntil(
    wording(payload).then(({ title, body }) =>
      self.registration.showNotification(title, {
        body,
        tag: payload.kind === 'ritual' ? `ritual-${payload.ritualKey || payload.title}` : payload.kind,
        icon: '/icons/icon-192.png',
        data: { url: typeof payload.url === 'string' && payload.url.startsWith('/') ? payload.url : '/' },
      }),
    ),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = new URL(event.notification.data?.url || '/', self.location.origin).href;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((w) => w.url.startsWith(self.location.origin));
      if (open) return open.navigate(url).then((w) => (w || open).focus());
      return self.clients.openWindow(url);
    }),
  );
});
