import { locale } from '../../i18n.ts';

/*
 * This device's side of Web Push: the service worker's push subscription. The language is left
 * where the service worker can read it (a cache entry), so a reminder is worded like the app.
 */

export interface PushDevice {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

/** Why this device cannot receive reminders, or null when it can. */
export function pushUnsupported(): 'no-push' | 'denied' | null {
  if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window))
    return 'no-push';
  return Notification.permission === 'denied' ? 'denied' : null;
}

export class PushRefused extends Error {}

const PREFS = 'attune-prefs';

/** Tells the service worker which language to word reminders in. */
export async function rememberLanguage(): Promise<void> {
  if (!('caches' in window)) return;
  const cache = await caches.open(PREFS);
  await cache.put('/prefs/language', new Response(locale()));
}

async function registration() {
  return navigator.serviceWorker.ready;
}

export async function thisDeviceSubscribed(): Promise<boolean> {
  if (pushUnsupported() === 'no-push') return false;
  return (await (await registration()).pushManager.getSubscription()) !== null;
}

export async function subscribeThisDevice(publicKey: string): Promise<PushDevice> {
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') throw new PushRefused(permission);
  await rememberLanguage();
  const reg = await registration();
  const sub =
    (await reg.pushManager.getSubscription()) ??
    (await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: publicKey }));
  const json = sub.toJSON();
  return { endpoint: sub.endpoint, keys: { p256dh: json.keys?.p256dh ?? '', auth: json.keys?.auth ?? '' } };
}

/** Ends this device's subscription; returns its endpoint (for the server to forget), or null. */
export async function unsubscribeThisDevice(): Promise<string | null> {
  const sub = await (await registration()).pushManager.getSubscription();
  if (!sub) return null;
  await sub.unsubscribe();
  return sub.endpoint;
}
