import { useLayoutEffect, useSyncExternalStore } from 'react';

/*
 * The app lock on a shared device (issue 19): a privacy screen, not encryption. The choice is
 * per device and per person (a shared phone is a device; a partner logging in on it has their
 * own choice), kept in the browser's storage, as is the lock itself: a reload, another tab or a
 * browser reopened hours later stays locked, and every tab locks and unlocks together (the
 * storage event). The session stays valid while locked; only the server's check of the person's
 * password or own passkey (POST /api/account/unlock…) unlocks it.
 */

/** The idle times offered, in minutes; 0 is off. */
export const LOCK_CHOICES = [0, 1, 5, 15] as const;

const minutesKey = (userId: string) => `attune.lock.${userId}`;
/** Holds the id of the person whose app is locked on this device. */
const LOCKED_KEY = 'attune.locked';
/** The last moment someone used the app on this device (ms), shared by its tabs. */
const ACTIVE_KEY = 'attune.lastActive';
/** Activity is written down at most this often; the tab keeps the exact moment in memory. */
const WRITE_EVERY_MS = 5_000;
/** How often an open, visible app checks whether it has been idle long enough. */
const CHECK_EVERY_MS = 5_000;

/** Pure: whether the app has been left alone for the chosen idle time (never when off). */
export function idleTooLong(now: number, lastActive: number, minutes: number): boolean {
  return minutes > 0 && now - lastActive >= minutes * 60_000;
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage switched off: no lock can be kept, so none is offered as kept
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage switched off or full: the lock still works in this tab (listeners below).
  }
  for (const listener of listeners) listener();
}

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** The person's idle time on this device in minutes (0: no lock). */
export function lockMinutes(userId: string): number {
  const n = Number(read(minutesKey(userId)));
  return (LOCK_CHOICES as readonly number[]).includes(n) ? n : 0;
}

export function setLockMinutes(userId: string, minutes: number): void {
  markActive(Date.now(), true);
  write(minutesKey(userId), minutes > 0 ? String(minutes) : null);
}

let activeInMemory = 0;

function lastActive(): number {
  return Math.max(activeInMemory, Number(read(ACTIVE_KEY)) || 0);
}

/** Someone used the app now. */
export function markActive(now = Date.now(), force = false): void {
  const written = Number(read(ACTIVE_KEY)) || 0;
  activeInMemory = now;
  if (force || now - written >= WRITE_EVERY_MS) {
    try {
      localStorage.setItem(ACTIVE_KEY, String(now));
    } catch {
      // see write()
    }
  }
}

export function isLocked(userId: string): boolean {
  return read(LOCKED_KEY) === userId;
}

/** Where the person was when the app locked, in memory only; the address bar says "/" meanwhile. */
let resumeAt: string | null = null;

export function lockApp(userId: string): void {
  if (!isLocked(userId)) write(LOCKED_KEY, userId);
}

/**
 * After the server accepted the person's password or passkey (back where they were), or on any
 * log in or out (`resume` false: a new start).
 */
export function unlockApp(resume = true): void {
  markActive(Date.now(), true);
  if (!resume) resumeAt = null;
  if (read(LOCKED_KEY) !== null) write(LOCKED_KEY, null);
}

/** A search or an entry's address says something too: hidden while locked, in every tab. */
function hideAddress(): void {
  if (resumeAt !== null) return;
  resumeAt = `${location.pathname}${location.search}${location.hash}`;
  if (resumeAt !== '/') history.replaceState(null, '', '/');
}

function restoreAddress(): void {
  if (resumeAt !== null && resumeAt !== '/') history.replaceState(null, '', resumeAt);
  resumeAt = null;
}

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/**
 * Whether the app is locked for this person on this device, and the watch that locks it: after
 * the chosen idle time, when the app is opened again after that long, or when it comes back to
 * view after being hidden that long (a phone put down, another app in front).
 */
export function useAppLock(userId: string | null): boolean {
  const locked = useSyncExternalStore(subscribe, () => (userId ? isLocked(userId) : false));
  useLayoutEffect(() => {
    if (locked) hideAddress();
    else restoreAddress();
  }, [locked]);
  // A layout effect: an app opened after too long locks before its first paint.
  useLayoutEffect(() => {
    if (!userId || locked) return;
    const check = () => {
      if (idleTooLong(Date.now(), lastActive(), lockMinutes(userId))) lockApp(userId);
    };
    // Opened again (a reload, the browser reopened): idle since the last use counts.
    if (lastActive() === 0) markActive(Date.now(), true);
    check();
    const active = () => markActive();
    const visibility = () => {
      if (document.visibilityState === 'visible') check();
      // Hidden: the time away starts now.
      else markActive(Date.now(), true);
    };
    for (const type of ACTIVITY) window.addEventListener(type, active, { passive: true, capture: true });
    document.addEventListener('visibilitychange', visibility);
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') check();
    }, CHECK_EVERY_MS);
    return () => {
      for (const type of ACTIVITY) window.removeEventListener(type, active, { capture: true });
      document.removeEventListener('visibilitychange', visibility);
      clearInterval(timer);
    };
  }, [userId, locked]);
  return locked;
}
