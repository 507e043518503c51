import type { Kysely } from 'kysely';
import type { PartnerViewer, Viewer } from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';
import { loadDrift, loadRound } from './present.ts';
import { listRounds } from './store.ts';

/** Alignment's part of `attune report`: what this person's app shows, through the same access rules. */
export interface AlignmentReport {
  rounds: {
    quarter: string;
    state: 'open' | 'revealed';
    me: 'not_started' | 'draft' | 'submitted';
    partner: 'not_yet' | 'submitted';
    /** Overlaps and gaps in plain words, once revealed; never a word of a sealed answer. */
    revealed: {
      dimensions: { key: string; gap: number; words: string }[];
      rewards: string;
      domains: string;
    } | null;
  }[];
  drift: { key: string; trend: 'narrowing' | 'widening' | 'steady' | null; gaps: number[]; words: string }[];
}

/**
 * The viewer's alignment rounds and drift. Only a partner has any: a coach's view of alignment
 * waits for the coach's consent rules, and a sealed answer never reaches one (null until then).
 */
export async function alignmentReport(db: Kysely<Database>, viewer: Viewer): Promise<AlignmentReport | null> {
  if (viewer.couple?.role !== 'partner') return null;
  const partner = viewer as PartnerViewer;
  const rounds = await listRounds(db, partner);
  const views = await Promise.all(rounds.map((r) => loadRound(db, partner, r)));
  const drift = await loadDrift(db, partner);
  return {
    rounds: views.map((v) => ({
      quarter: v.quarter,
      state: v.state,
      me: v.me,
      partner: v.partner,
      revealed: v.reveal && {
        dimensions: v.reveal.dimensions.map((d) => ({ key: d.key, gap: d.gap, words: d.words })),
        rewards: v.reveal.rewards.words,
        domains: v.reveal.domains.words,
      },
    })),
    drift: drift.dimensions.map((d) => ({
      key: d.key,
      trend: d.trend,
      gaps: d.points.map((p) => p.gap),
      words: d.words,
    })),
  };
}
