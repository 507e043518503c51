import { describe, expect, it } from 'vitest';
import { DerivedCache } from './cache.ts';

describe('DerivedCache', () => {
  it('computes once per fingerprint, again when the data changed, and shares a computation under way', async () => {
    const cache = new DerivedCache<number>();
    let runs = 0;
    const compute = async () => ++runs;
    const [a, b] = await Promise.all([cache.get('c:u', 'v1', compute), cache.get('c:u', 'v1', compute)]);
    expect([a, b, runs]).toEqual([1, 1, 1]);
    expect(await cache.get('c:u', 'v1', compute)).toBe(1);
    expect(await cache.get('c:u', 'v2', compute)).toBe(2);
    // Another viewer of the same couple has an entry of their own.
    expect(await cache.get('c:partner', 'v2', compute)).toBe(3);
    expect(runs).toBe(3);
  });

  it('forgets a failed computation and the oldest entry past its limit', async () => {
    const cache = new DerivedCache<number>(2);
    await expect(cache.get('k', 'v', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.get('k', 'v', async () => 7)).toBe(7);
    await cache.get('x', 'v', async () => 8);
    await cache.get('y', 'v', async () => 9);
    expect(await cache.get('k', 'v', async () => 70)).toBe(70);
  });
});
