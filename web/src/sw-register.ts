/**
 * Registers /sw.js (web/public/sw.js) in production builds, so the app starts offline. Not in
 * development: a cached shell would hide the dev server's changes.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // Without a service worker the app still works online; nothing to tell the user.
    });
  });
}
