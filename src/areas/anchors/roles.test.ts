import { describe, expect, it } from 'vitest';
import { addDays } from '../../dates.ts';
import { normalizeRole, unusedRoles } from './roles.ts';

const today = '2026-12-01';
const ago = (d: number) => addDays(today, -d);

describe('unusedRoles', () => {
  it('says nothing until the couple has used roles for a month', () => {
    expect(unusedRoles([], today)).toEqual([]);
    expect(unusedRoles([{ userId: 'l', role: 'co-parent', date: ago(10) }], today)).toEqual([]);
  });

  it('points out, gently, a role unused for 30 days and suggested roles never tried', () => {
    const found = unusedRoles(
      [
        { userId: 'l', role: 'lover', date: ago(41) },
        { userId: 'm', role: 'co-parent', date: ago(2) },
        { userId: 'm', role: 'co-parent', date: ago(60) },
        { userId: 'l', role: 'friend', date: ago(29) },
      ],
      today,
    );
    expect(found.map((f) => f.role).sort()).toEqual(['lover', 'teammate']);
    expect(found.find((f) => f.role === 'lover')).toEqual({
      role: 'lover',
      lastUsed: ago(41),
      message: 'It’s been 41 days since either of you was the lover. Maybe this week?',
    });
    expect(found.find((f) => f.role === 'teammate')!.lastUsed).toBeNull();
  });

  it('normalizes what people type', () => {
    expect(normalizeRole('  Co-Parent ')).toBe('co-parent');
    expect(normalizeRole('best   Friend')).toBe('best friend');
  });
});
