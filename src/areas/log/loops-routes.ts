import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../server/context.ts';
import { ErrorBody } from '../../server/schemas.ts';
import { type PartnerViewer, requirePartner } from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';
import { presentLoops } from '../credit/present.ts';
import { loopPhrases } from './loops.ts';
import { LoopList } from './loops-schema.ts';

/**
 * The viewer's loops as the API shows them: who as "me"/"partner", the span, the words.
 * `fingerprint`: the viewer's data fingerprint when the caller already read it for this request.
 */
export async function loopViews(db: Kysely<Database>, viewer: PartnerViewer, fingerprint?: string) {
  const names = await presentLoops(db, viewer, fingerprint);
  return names.map(({ loop, text, name }) => {
    const who =
      loop.type === 'broken-promises'
        ? loop.who === viewer.userId
          ? ('me' as const)
          : ('partner' as const)
        : null;
    return {
      type: loop.type,
      topic: loop.topic,
      word: 'word' in loop ? loop.word : null,
      who,
      name: loop.type === 'broken-promises' ? name : null,
      from: loop.episodes[0]!.from,
      until: loop.episodes.map((e) => e.until).sort()[loop.episodes.length - 1]!,
      episodes: loop.episodes,
      typicalGapDays: loop.type === 'recurring-conflict' ? loop.typicalGapDays : null,
      ofConflicts: loop.type === 'recurring-conflict' ? loop.ofConflicts : null,
      kept: loop.type === 'broken-promises' ? loop.kept : null,
      broken: loop.type === 'broken-promises' ? loop.broken : null,
      weekday: loop.type === 'broken-promises' ? loop.weekday : null,
      repaired: loop.type === 'reward-hacking-cycle' ? loop.repaired : null,
      afterRepair: loop.type === 'reward-hacking-cycle' ? loop.afterRepair : null,
      relief: loop.type === 'reward-hacking-cycle' ? loop.relief : null,
      ordinary: loop.type === 'reward-hacking-cycle' ? loop.ordinary : null,
      text,
      phrases: loopPhrases(loop, who, name),
    };
  });
}

/** Loops: the patterns that keep coming back in the log, with dates (for the log and the history). */
export async function loopRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.store;
  app.get(
    '/api/log/loops',
    {
      schema: {
        tags: ['log'],
        summary:
          'Recurring conflicts, broken-promise patterns and the reward-hacking cycle in the entries you may see, each with its episodes (dated)',
        response: { 200: LoopList, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => ({ loops: await loopViews(db, requirePartner(request.viewer)) }),
  );
}
