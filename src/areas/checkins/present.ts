import type { Static } from 'typebox';
import { canSeeCheckinNote, type PartnerViewer } from '../../storage/scope.ts';
import type { CheckinRow, MetricRow } from '../../storage/tables.ts';
import { lockReason, type Series } from './rules.ts';
import type { Checkin, Metric } from './schema.ts';

/** A stored number, or null for an unanswered one (PostgreSQL may hand integers back as text). */
const num = (v: number | string | null) => (v === null ? null : Number(v));

/** A check-in as the viewer may see it: the partner's note only when they shared it. */
export function presentCheckin(viewer: PartnerViewer, r: CheckinRow, today: string): Static<typeof Checkin> {
  const mine = r.author_id === viewer.userId;
  return {
    id: r.id,
    date: r.date,
    authorId: r.author_id,
    mine,
    satisfaction: num(r.satisfaction),
    energy: num(r.energy),
    connection: num(r.connection),
    conflicts: num(r.conflicts),
    positives: num(r.positives),
    metrics: JSON.parse(r.metrics) as Record<string, number>,
    visibility: r.visibility,
    note: canSeeCheckinNote(viewer, r) ? r.note : null,
    noteVisibility: r.note_visibility,
    locked: !mine || lockReason(r.date, today) !== null,
    updatedAt: r.updated_at,
  };
}

export function seriesOf(r: CheckinRow): Series {
  return {
    satisfaction: num(r.satisfaction),
    energy: num(r.energy),
    connection: num(r.connection),
    conflicts: num(r.conflicts),
    positives: num(r.positives),
  };
}

export function presentMetric(viewer: PartnerViewer, m: MetricRow): Static<typeof Metric> {
  const state = m.retired_at !== null ? 'retired' : m.accepted_at !== null ? 'accepted' : 'proposed';
  return {
    id: m.id,
    name: m.name,
    scaleMin: Number(m.scale_min),
    scaleMax: Number(m.scale_max),
    better: m.better,
    domain: m.domain,
    state,
    proposedByMe: m.proposed_by === viewer.userId,
    canAccept: state === 'proposed' && m.proposed_by !== viewer.userId,
  };
}
