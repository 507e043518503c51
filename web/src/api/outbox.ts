import { api, unwrap } from './client.ts';

/**
 * The outbox: check-ins and new log entries saved while offline, kept on this device
 * (IndexedDB, so a reload or a closed tab loses nothing) and sent, each with its own
 * idempotency key, when the connection returns. A request the server refuses stays, marked
 * with the server's words, until the person discards it: nothing typed is dropped silently.
 */
export interface OutboxItem {
  /** The idempotency key the request is sent with, every time. */
  key: string;
  kind: 'checkin' | 'entry';
  body: Record<string, unknown>;
  createdAt: string;
  /** The server's answer when it refused the request (not for a lost connection). */
  refused?: string;
}

const DB = 'attune-outbox';
const STORE = 'requests';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'key' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run<T>(mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = act(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

const listeners = new Set<() => void>();
// Other tabs of the app share the outbox: they hear of a change too.
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(DB) : null;
const notify = () => {
  for (const l of listeners) l();
};
channel?.addEventListener('message', notify);
const changed = () => {
  notify();
  channel?.postMessage('changed');
};
/** Called after every change to the outbox, in this tab or another (for the banner that lists it). */
export function subscribeOutbox(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function listOutbox(): Promise<OutboxItem[]> {
  const items = await run('readonly', (s) => s.getAll() as IDBRequest<OutboxItem[]>);
  return items.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Keeps a request on the device; a later one with the same key replaces it. */
export async function enqueue(item: Omit<OutboxItem, 'createdAt'>): Promise<void> {
  await run('readwrite', (s) => s.put({ ...item, createdAt: new Date().toISOString() }));
  changed();
}

export async function discard(key: string): Promise<void> {
  await run('readwrite', (s) => s.delete(key));
  changed();
}

/** A check-in for a day replaces an older waiting one for the same day (the server keeps one too). */
export const checkinKey = (date: string) => `checkin-${date}`;

let flushing: Promise<number> | null = null;

/**
 * Sends what waits, oldest first; stops at the first lost connection. Returns how many went.
 * One flush at a time: a second call while one runs gets the same promise.
 */
export function flushOutbox(): Promise<number> {
  flushing ??= (async () => {
    let sent = 0;
    try {
      for (const item of await listOutbox()) {
        if (item.refused) continue;
        const headers = { 'Idempotency-Key': item.key };
        try {
          if (item.kind === 'checkin')
            await unwrap(api.POST('/api/checkins', { body: item.body as never, headers }));
          else await unwrap(api.POST('/api/log', { body: item.body as never, headers }));
        } catch (e) {
          const status = (e as { status?: number }).status ?? 0;
          if (status === 0 || status >= 500) break; // still offline, or the server is down: later
          await run('readwrite', (s) => s.put({ ...item, refused: (e as Error).message }));
          changed();
          continue;
        }
        await run('readwrite', (s) => s.delete(item.key));
        sent++;
        changed();
      }
    } finally {
      flushing = null;
    }
    return sent;
  })();
  return flushing;
}

/** True for an error that means "no connection" (the request never reached the server). */
export const isOffline = (e: unknown) => !navigator.onLine || (e as { status?: number }).status === 0;
