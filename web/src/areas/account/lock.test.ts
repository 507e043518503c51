import { describe, expect, it } from 'vitest';
import { idleTooLong, LOCK_CHOICES } from './lock.ts';

describe('idleTooLong', () => {
  const minute = 60_000;
  it('locks once the chosen idle time has passed, not a moment before', () => {
    expect(idleTooLong(10 * minute - 1, 5 * minute, 5)).toBe(false);
    expect(idleTooLong(10 * minute, 5 * minute, 5)).toBe(true);
    expect(idleTooLong(16 * minute, 0, 15)).toBe(true);
  });

  it('never locks when the lock is off, however long the app was left', () => {
    expect(idleTooLong(365 * 24 * 60 * minute, 0, 0)).toBe(false);
  });

  it('offers off and the three idle times', () => {
    expect(LOCK_CHOICES).toEqual([0, 1, 5, 15]);
  });
});
