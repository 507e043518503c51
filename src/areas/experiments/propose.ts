import type { Kysely } from 'kysely';
import type { Static } from 'typebox';
import { addDays, isCalendarDate } from '../../dates.ts';
import { invalid } from '../../server/errors.ts';
import { phrase } from '../../server/phrases.ts';
import type { PartnerViewer } from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';
import { isAccepted, listMetrics } from '../checkins/store.ts';
import { listDomains } from '../couple/store.ts';
import { contextFor } from './present.ts';
import { checkMetricFree, conflict } from './route-helpers.ts';
import { BUILT_IN_METRICS, DEFAULT_PHASE_DAYS, minPhaseFor, ruleText } from './rules.ts';
import type { ProposeBody } from './schema.ts';
import type * as store from './store.ts';

/*
 * Proposing an experiment, for the experiments route and for a coach's suggestion a partner
 * accepts: the same checks either way. The proposer accepts by proposing; it starts once the
 * partner accepts too.
 */

/** Checks a proposal against the couple's metrics, domains and running experiments; returns the row's values. */
export async function checkProposal(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  b: Static<typeof ProposeBody>,
) {
  if (b.title.trim().length < 3)
    throw invalid(
      'title',
      'Name the behaviour to try, e.g. "Phones in the drawer at dinner".',
      phrase('refuse.experimentTitle'),
    );
  const c = await contextFor(db, viewer);
  const partner = c.partners.find((p) => p !== viewer.userId);
  if (!partner)
    throw conflict('Invite your partner first: an experiment starts when both of you accept it.').saying(
      phrase('refuse.invitePartnerFirst'),
    );
  const metrics = (await listMetrics(db, viewer)).filter(isAccepted);
  const metricOk = (key: string) => key in BUILT_IN_METRICS || metrics.some((m) => m.id === key);
  if (!metricOk(b.metric))
    throw invalid(
      'metric',
      `"${b.metric}" is not a check-in metric of yours (or your own metric is not accepted yet).`,
      phrase('refuse.notYourMetric', { value: b.metric }),
    );
  const secondary = [...new Set(b.secondary ?? [])];
  for (const [i, key] of secondary.entries()) {
    if (!metricOk(key))
      throw invalid(
        `secondary.${i}`,
        `"${key}" is not a check-in metric of yours.`,
        phrase('refuse.notYourMetric', { value: key }),
      );
    if (key === b.metric)
      throw invalid(
        `secondary.${i}`,
        'The primary metric is already measured.',
        phrase('refuse.primaryMeasured'),
      );
  }
  const better =
    b.better ?? BUILT_IN_METRICS[b.metric]?.better ?? metrics.find((m) => m.id === b.metric)!.better;
  const performer = b.performer === 'me' ? viewer.userId : b.performer === 'partner' ? partner : 'both';
  if (b.blind && performer === 'both')
    throw invalid(
      'blind',
      'Blinding needs one of you to do the B behaviour, so the other can rate without knowing the phase.',
      phrase('refuse.blindNeedsDoer'),
    );
  const phaseDays = b.phaseDays ?? DEFAULT_PHASE_DAYS;
  const settling = b.settlingDays ?? 0;
  if (settling + 2 > phaseDays)
    throw invalid(
      'settlingDays',
      `With ${phaseDays}-day phases, at most ${phaseDays - 2} settling days leave two days to compare.`,
      phrase('refuse.settlingDays', { days: phaseDays, count: phaseDays - 2 }),
    );
  const domains = await listDomains(db, viewer.couple.id);
  const domain = b.domain ?? 'communication';
  if (!domains.some((d) => d.id === domain))
    throw invalid(
      'domain',
      `"${domain}" is not one of your domains.`,
      phrase('refuse.notYourDomain', { value: domain }),
    );
  if (b.startDate !== undefined) {
    if (!isCalendarDate(b.startDate))
      throw invalid(
        'startDate',
        `${b.startDate} is not a real calendar date.`,
        phrase('refuse.notADate', { value: b.startDate }),
      );
    if (b.startDate < c.today)
      throw invalid(
        'startDate',
        'An experiment starts today or later, never in the past.',
        phrase('refuse.experimentPast'),
      );
    if (b.startDate > addDays(c.today, 60))
      throw invalid(
        'startDate',
        'Start within the next 60 days.',
        phrase('refuse.experimentFar', { count: 60 }),
      );
  }
  const metricName = c.metricNames.get(b.metric) ?? b.metric;
  await checkMetricFree(db, viewer, b.metric, metricName, c.today);
  const randomized = b.randomized ?? true;
  return {
    title: b.title.trim(),
    performer,
    blind_rater: b.blind ? (performer === viewer.userId ? partner : viewer.userId) : null,
    metric: b.metric,
    better,
    secondary,
    design: b.design ?? 'ABAB',
    phase_days: phaseDays,
    min_phase: minPhaseFor(phaseDays, settling, randomized),
    randomized: randomized ? 1 : 0,
    settling_days: settling,
    rule: ruleText(metricName, better),
    domain,
    proposedStart: b.startDate ?? null,
  } satisfies Parameters<typeof store.insertExperiment>[2];
}
