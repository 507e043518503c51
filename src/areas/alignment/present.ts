import type { Kysely } from 'kysely';
import type { Static } from 'typebox';
import { coupleRows, type PartnerViewer } from '../../storage/scope.ts';
import type { AlignmentRoundRow, Database } from '../../storage/tables.ts';
import { presentMetric } from '../checkins/present.ts';
import { listDomains } from '../couple/store.ts';
import { type Answer, alignmentDrift, compareAnswers, DIMENSIONS, type DimensionKey } from './rules.ts';
import type { Round, RoundSummary } from './schema.ts';
import { answerOf, listRoundMetrics, listRounds, listSubmissions, listVisibleAnswers } from './store.ts';

type Submission = { round_id: string; author_id: string };

/**
 * A round's status for the viewer. Of the partner's answer it says only "submitted" or "not yet":
 * the same bytes whether the partner has no draft, an empty one or a long one.
 */
export function summarize(
  viewer: PartnerViewer,
  round: AlignmentRoundRow,
  submissions: readonly Submission[],
  hasOwnDraft: boolean,
): Static<typeof RoundSummary> {
  const here = submissions.filter((s) => s.round_id === round.id);
  const mine = here.some((s) => s.author_id === viewer.userId);
  return {
    id: round.id,
    quarter: round.quarter,
    state: round.revealed_at === null ? 'open' : 'revealed',
    me: mine ? 'submitted' : hasOwnDraft ? 'draft' : 'not_started',
    partner: here.some((s) => s.author_id !== viewer.userId) ? 'submitted' : 'not_yet',
  };
}

/** One round as the viewer may see it: their own answer, the partner's status, and the reveal once there is one. */
export async function loadRound(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  round: AlignmentRoundRow,
): Promise<Static<typeof Round>> {
  const [answers, submissions, metrics] = await Promise.all([
    listVisibleAnswers(db, viewer, [round.id]),
    listSubmissions(db, viewer),
    listRoundMetrics(db, viewer, round.id),
  ]);
  const own = answers.find((a) => a.author_id === viewer.userId);
  // The partner's answer is in `answers` only once revealed: the scope is the one gate of the seal.
  const other = answers.find((a) => a.author_id !== viewer.userId);
  let reveal: Static<typeof Round>['reveal'] = null;
  if (own && other) {
    const [domains, partner] = await Promise.all([
      listDomains(db, viewer.couple.id),
      coupleRows(db, viewer.couple.id, 'members')
        .select('display_name')
        .where('user_id', '=', other.author_id)
        .executeTakeFirst(),
    ]);
    const label = new Map(domains.map((d) => [d.id, d.label]));
    const mine = answerOf(own);
    const theirs = answerOf(other);
    reveal = {
      revealedAt: round.revealed_at ?? other.updated_at,
      mine,
      partner: theirs,
      partnerName: partner?.display_name ?? 'Your partner',
      ...compareAnswers(mine, theirs, (id) => label.get(id) ?? id),
    };
  }
  return {
    ...summarize(viewer, round, submissions, own !== undefined),
    mine: own ? answerOf(own) : null,
    reveal,
    metrics: metrics.map((m) => presentMetric(viewer, m)),
  };
}

/** Alignment drift: each dimension's gap over the revealed rounds, from the answers the viewer may see. */
export async function loadDrift(db: Kysely<Database>, viewer: PartnerViewer) {
  const rounds = (await listRounds(db, viewer)).filter((r) => r.revealed_at !== null);
  const answers = await listVisibleAnswers(
    db,
    viewer,
    rounds.map((r) => r.id),
  );
  const points = rounds.flatMap((r) => {
    const pair = answers.filter((a) => a.round_id === r.id && a.visibility === 'shared');
    if (pair.length !== 2) return [];
    const [x, y] = pair.map(answerOf) as [Answer, Answer];
    const gaps = Object.fromEntries(
      DIMENSIONS.map((d) => [d.key, Math.abs((x[d.key] ?? 0) - (y[d.key] ?? 0))]),
    ) as Record<DimensionKey, number>;
    return [{ quarter: r.quarter, gaps }];
  });
  const dimensions = alignmentDrift(points);
  return { rounds: dimensions[0]?.points.map((p) => p.quarter) ?? [], dimensions };
}
