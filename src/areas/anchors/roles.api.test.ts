import { describe, expect, it } from 'vitest';
import { makeCouple, useApp } from '../../../test/support/app.ts';
import { DIALECTS } from '../../../test/support/stores.ts';
import { addDays, localDate } from '../../dates.ts';

describe.each(DIALECTS)('roles on %s', (dialect) => {
  const { app, store } = useApp(dialect);

  it('switches a role explicitly, logs it for both, and points out a role left unused', async () => {
    const { a, b, coupleId } = await makeCouple(app());
    const empty = (await b.get('/api/anchors/roles')).json();
    expect(empty).toEqual({ current: [], history: [], unused: [] });
    const res = await a.post('/api/anchors/roles', { role: ' Lover ', note: 'Tonight I’m your lover 🌙' });
    expect(res.statusCode).toBe(201);
    await b.post('/api/anchors/roles', { role: 'co-parent' });
    const seen = (await b.get('/api/anchors/roles')).json();
    expect(seen.current.map((c: { name: string; role: string }) => [c.name, c.role]).sort()).toEqual([
      ['Lisa', 'lover'],
      ['Michael', 'co-parent'],
    ]);
    // Each switch is dated in its person's own day, so at night in Europe Lisa's comes first.
    expect(seen.history.find((h: { name: string }) => h.name === 'Lisa')).toMatchObject({
      role: 'lover',
      note: 'Tonight I’m your lover 🌙',
    });
    await a.post('/api/anchors/roles', { role: 'co-parent' });
    expect(
      (await b.get('/api/anchors/roles')).json().current.find((c: { name: string }) => c.name === 'Lisa')
        .role,
    ).toBe('co-parent');
    // As if "lover" had last been used 40 days ago.
    await store()
      .db.updateTable('roles')
      .set({ date: addDays(localDate('Europe/Berlin'), -40) })
      .where('couple_id', '=', coupleId)
      .where('role', '=', 'lover')
      .execute();
    const later = (await a.get('/api/anchors/roles')).json();
    expect(later.unused.find((u: { role: string }) => u.role === 'lover').message).toMatch(
      /Maybe this week\?/,
    );
    for (const [body, field] of [
      [{ role: '   ' }, 'role'],
      [{}, 'role'],
      [{ role: 'x'.repeat(41) }, 'role'],
      [{ role: 'lover', mood: 'good' }, 'mood'],
    ] as const) {
      const bad = await a.post('/api/anchors/roles', body);
      expect(bad.statusCode, JSON.stringify(body)).toBe(400);
      expect(bad.json().error.field).toBe(field);
    }
    expect(later.history).toHaveLength(3);
  });
});
