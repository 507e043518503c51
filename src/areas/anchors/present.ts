import type { Kysely } from 'kysely';
import { localDate } from '../../dates.ts';
import { notFound } from '../../server/errors.ts';
import type { PartnerViewer } from '../../storage/scope.ts';
import type { Database, StressPeriodRow } from '../../storage/tables.ts';
import { type AnchorView, presentAnchor } from './rules.ts';
import * as store from './store.ts';

/** The anchors screen: every anchor with its lapse test, the open stress period and past ones. */
export async function presentAnchors(db: Kysely<Database>, viewer: PartnerViewer, only?: string) {
  const today = localDate(viewer.couple.timeZone);
  const [rows, periods, paused] = await Promise.all([
    store.listAnchors(db, viewer, only),
    store.listStress(db, viewer),
    store.pausedHabits(db, viewer),
  ]);
  const open = periods.find((p) => p.closed_on === null) ?? null;
  const kept = await store.keptDates(db, viewer, rows);
  const anchors: AnchorView[] = rows.map((a) => presentAnchor(a, kept.get(a.id) ?? [], today, open !== null));
  const period = (p: StressPeriodRow) => ({
    id: p.id,
    name: p.name,
    lifeEventId: p.life_event_id,
    openedOn: p.opened_on,
    closedOn: p.closed_on,
    crisisSince: p.crisis_since,
    pausedHabits: paused
      .filter((h) => h.stress_id === p.id)
      .map((h) => ({ id: h.habit_id, action: h.action })),
  });
  return {
    anchors,
    stress: open ? period(open) : null,
    pastStress: periods.filter((p) => p.closed_on !== null).map(period),
  };
}

export async function presentOne(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  id: string,
): Promise<AnchorView> {
  const [view] = (await presentAnchors(db, viewer, id)).anchors;
  if (!view) throw notFound('That anchor');
  return view;
}

export async function presentStress(db: Kysely<Database>, viewer: PartnerViewer, id: string) {
  const all = await presentAnchors(db, viewer);
  const found = [all.stress, ...all.pastStress].find((p) => p?.id === id);
  if (!found) throw notFound('That stress period');
  return found;
}
