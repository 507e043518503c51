/**
 * Derived results cached per couple and viewer, keyed by a fingerprint of the data they were
 * computed from (see dataFingerprint): a read whose fingerprint matches is served from memory, new
 * data (or a new day) gives a new fingerprint and one recomputation. Reads racing a cold entry
 * share one computation.
 *
 * In memory, per app server, on purpose: the results are derived, never the only copy of
 * anything, so several servers each computing once is correct; and a cache in the database would
 * have to be erased, backed up and kept out of exports like the data it came from.
 */
export class DerivedCache<T> {
  private entries = new Map<string, { fingerprint: string; value: Promise<T> }>();
  private readonly limit: number;

  constructor(limit = 500) {
    this.limit = limit;
  }

  /** The cached value for `key` if it was computed from `fingerprint`, else `compute()` (remembered). */
  get(key: string, fingerprint: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.fingerprint === fingerprint) {
      // Most recently used last, so the oldest is the first to go.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value;
    }
    const value = compute();
    this.entries.set(key, { fingerprint, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    while (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
