import { randomInt } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { addDays } from '../../dates.ts';
import type { AppContext } from '../../server/context.ts';
import { invalid } from '../../server/errors.ts';
import { once } from '../../server/idempotency.ts';
import { phrase } from '../../server/phrases.ts';
import { type PartnerViewer, requirePartner } from '../../storage/scope.ts';
import { adoptAsHabit } from './adopt.ts';
import { contextFor, presentAll } from './present.ts';
import { checkProposal } from './propose.ts';
import { checkMetricFree, conflict, errors, load, tags } from './route-helpers.ts';
import { type Design, drawSchedule, minPhaseFor, statusOf } from './rules.ts';
import { Experiment, ExperimentList, IdParams, NextBody, ProposeBody, StopBody } from './schema.ts';
import * as store from './store.ts';

export async function experimentRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.store;

  const one = async (viewer: PartnerViewer, id: string) =>
    (await presentAll(db, viewer, [await load(db, viewer, id)]))[0]!;

  app.get(
    '/api/experiments',
    {
      schema: {
        tags,
        summary: 'The couple’s experiments, each as much as you may know of it',
        response: { 200: ExperimentList, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      return { experiments: await presentAll(db, viewer, await store.listExperiments(db, viewer)) };
    },
  );

  app.get(
    '/api/experiments/:id',
    {
      schema: {
        tags,
        summary: 'One experiment: today’s phase, the meter, and after the end its results',
        params: IdParams,
        response: { 200: Experiment, ...errors },
      },
    },
    async (request) => one(requirePartner(request.viewer), request.params.id),
  );

  app.post(
    '/api/experiments',
    {
      schema: {
        tags,
        summary:
          'Propose an experiment (you accept it by proposing; it starts once your partner accepts; send Idempotency-Key to retry safely)',
        body: ProposeBody,
        response: { 201: Experiment, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      const proposal = await checkProposal(db, viewer, request.body);
      const created = await once(db, request, reply, viewer.userId, 201, async (trx) => {
        const row = await store.insertExperiment(trx, viewer, proposal);
        return { id: row.id };
      });
      reply.status(201);
      return one(viewer, created.id);
    },
  );

  app.post(
    '/api/experiments/:id/accept',
    {
      schema: {
        tags,
        summary:
          'Accept a proposed experiment; with both acceptances its design, rule and drawn schedule are locked',
        params: IdParams,
        response: { 200: Experiment, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const row = await load(db, viewer, request.params.id);
      const c = await contextFor(db, viewer);
      if (statusOf(row, c.today) !== 'proposed')
        throw conflict('This experiment is no longer waiting for acceptance.').saying(
          phrase('refuse.experimentNotWaiting'),
        );
      const acceptances = JSON.parse(row.acceptances) as { userId: string; at: string }[];
      if (acceptances.some((a) => a.userId === viewer.userId))
        throw conflict('You have already accepted it; it waits for your partner.').saying(
          phrase('refuse.experimentAccepted'),
        );
      await checkMetricFree(
        db,
        viewer,
        row.metric,
        c.metricNames.get(row.metric) ?? row.metric,
        c.today,
        row.id,
      );
      const now = new Date().toISOString();
      const design = row.design as Design;
      // The draw is made now, once, from a recorded seed; the analysis enumerates exactly this rule.
      const seed = randomInt(1, 2 ** 31 - 1);
      const schedule =
        Number(row.randomized) === 1
          ? drawSchedule(design, Number(row.phase_days), Number(row.min_phase), seed)
          : design.split('').map(() => Number(row.phase_days));
      // A proposed first day stands unless it has passed for the accepting partner (time zones).
      const start = row.start_date
        ? row.start_date >= c.today
          ? row.start_date
          : c.today
        : addDays(c.today, 1);
      const total = schedule.reduce((s, l) => s + l, 0);
      const changed = await store.updateExperiment(db, viewer, row.id, row, {
        status: 'running',
        acceptances: JSON.stringify([...acceptances, { userId: viewer.userId, at: now }]),
        locked_at: now,
        seed: Number(row.randomized) === 1 ? seed : null,
        schedule: JSON.stringify(schedule),
        start_date: start,
        end_date: addDays(start, total - 1),
      });
      if (!changed)
        throw conflict('Your partner changed this experiment a moment ago; have a look again.').saying(
          phrase('refuse.partnerChanged'),
        );
      return one(viewer, row.id);
    },
  );

  app.post(
    '/api/experiments/:id/stop',
    {
      schema: {
        tags,
        summary: 'Stop early (or withdraw a proposal), with a reason; results open from the stop',
        params: IdParams,
        body: StopBody,
        response: { 200: Experiment, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const row = await load(db, viewer, request.params.id);
      const c = await contextFor(db, viewer);
      const status = statusOf(row, c.today);
      if (request.body.reason.trim().length < 3)
        throw invalid('reason', 'Say in a few words why, for the record.', phrase('refuse.stopReason'));
      if (status !== 'proposed' && status !== 'running')
        throw conflict(`This experiment has already ${status === 'ended' ? 'ended' : 'stopped'}.`).saying(
          phrase(status === 'ended' ? 'refuse.experimentEnded' : 'refuse.experimentStopped'),
        );
      const changed = await store.updateExperiment(db, viewer, row.id, row, {
        status: 'stopped',
        stopped_at: new Date().toISOString(),
        stopped_on: c.today,
        stopped_by: viewer.userId,
        stop_reason: request.body.reason.trim(),
      });
      if (!changed)
        throw conflict('Your partner changed this experiment a moment ago; have a look again.').saying(
          phrase('refuse.partnerChanged'),
        );
      return one(viewer, row.id);
    },
  );

  app.post(
    '/api/experiments/:id/next',
    {
      schema: {
        tags,
        summary: 'After the results: adopt it as a micro-habit, drop it, or run it again longer',
        params: IdParams,
        body: NextBody,
        response: { 200: Experiment, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const row = await load(db, viewer, request.params.id);
      const c = await contextFor(db, viewer);
      const status = statusOf(row, c.today);
      if (status !== 'ended' && status !== 'stopped')
        throw conflict(
          'The next step comes after the results, once the experiment has ended or been stopped.',
        ).saying(phrase('refuse.nextStepAfter'));
      if (row.next_step)
        throw conflict(`You already chose to ${row.next_step} it.`).saying(phrase('refuse.nextStepChosen'));
      const b = request.body;
      await db.transaction().execute(async (trx) => {
        let followUp: string | null = null;
        if (b.step === 'adopt')
          followUp = await adoptAsHabit(trx, viewer, row, { cue: b.cue, action: b.action, today: c.today });
        if (b.step === 'rerun') {
          const phaseDays = b.phaseDays ?? Math.min(28, Number(row.phase_days) * 2);
          if (phaseDays <= Number(row.phase_days))
            throw invalid(
              'phaseDays',
              `Run it longer than ${row.phase_days} days per phase.`,
              phrase('refuse.rerunLonger', { count: row.phase_days }),
            );
          const again = await store.insertExperiment(trx, viewer, {
            title: row.title,
            performer: row.performer,
            blind_rater: row.blind_rater,
            metric: row.metric,
            better: row.better,
            secondary: JSON.parse(row.secondary) as string[],
            design: row.design,
            phase_days: phaseDays,
            min_phase: minPhaseFor(phaseDays, Number(row.settling_days), Number(row.randomized) === 1),
            randomized: row.randomized,
            settling_days: row.settling_days,
            rule: row.rule,
            domain: row.domain,
            proposedStart: null,
          });
          followUp = again.id;
        }
        const changed = await store.updateExperiment(trx, viewer, row.id, row, {
          next_step: b.step,
          next_step_by: viewer.userId,
          next_step_at: new Date().toISOString(),
          follow_up: followUp,
        });
        if (!changed)
          throw conflict('Your partner chose a next step a moment ago; have a look again.').saying(
            phrase('refuse.partnerChoseNext'),
          );
      });
      return one(viewer, row.id);
    },
  );
}
