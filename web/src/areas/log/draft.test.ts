import { describe, expect, it } from 'vitest';
import { openConflictFor } from './draft.ts';

const conflict = (id: string, date: string, createdAt = `${date}T10:00:00Z`) => ({ id, date, createdAt });

describe('the conflict a new repair links to', () => {
  const today = '2026-03-10';

  it('is the most recent open conflict of the last three days', () => {
    const conflicts = [
      conflict('old', '2026-03-07'),
      conflict('a', '2026-03-08'),
      conflict('b', '2026-03-09', '2026-03-09T08:00:00Z'),
      conflict('c', '2026-03-09', '2026-03-09T21:00:00Z'),
    ];
    expect(openConflictFor(conflicts, [], today)).toBe('c');
    // One already repaired is passed over for the next most recent.
    expect(openConflictFor(conflicts, [{ repairOf: 'c' }], today)).toBe('b');
  });

  it('is none when the only open conflicts are older than three days', () => {
    expect(openConflictFor([conflict('old', '2026-03-07')], [], today)).toBeNull();
    expect(openConflictFor([conflict('a', '2026-03-08')], [{ repairOf: 'a' }], today)).toBeNull();
  });
});
