import type { Kysely } from 'kysely';
import type { ReportPart } from '../../cli/report-parts.ts';
import type { PartnerViewer } from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';
import { loopViews } from '../log/loops-routes.ts';
import { creditScanFor, hintText, namesFor } from './present.ts';

/**
 * The `hints` part of `attune report --json`: every action–outcome–lag tested for this person
 * (not only the hints shown), each with its q and its words; people named by email.
 */
export async function hintsReport(db: Kysely<Database>, viewer: PartnerViewer) {
  const [scan, names] = await Promise.all([creditScanFor(db, viewer), namesFor(db, viewer)]);
  return scan.tested
    .filter((t) => t.q !== null)
    .map((t) => ({
      action: {
        who: names.emailOf(t.action.who),
        ...('kind' in t.action ? { kind: t.action.kind } : {}),
        ...('habit' in t.action ? { habit: t.action.label } : {}),
        ...('ritual' in t.action ? { ritual: t.action.label } : {}),
      },
      outcome: { who: names.emailOf(t.outcome.who), metric: t.outcome.metric },
      lagDays: t.lagDays,
      effect: t.effect,
      q: t.q,
      discovery: t.discovery,
      text: hintText(t, names, scan.alpha),
    }));
}

export const hintsPart: ReportPart<Awaited<ReturnType<typeof hintsReport>>> = {
  key: 'hints',
  build: hintsReport,
  words(hints) {
    const shown = hints.filter((h) => h.discovery);
    return [
      `Credit hints: ${hints.length} action–outcome–lag combinations tested, ${shown.length} worth a look.`,
      ...shown.map((h) => `- ${h.text} (q = ${h.q!.toPrecision(2)})`),
    ];
  },
};

/** The `loops` part: recurring conflicts, broken promises and the reward-hacking cycle, with episodes. */
export async function loopsReport(db: Kysely<Database>, viewer: PartnerViewer) {
  return (await loopViews(db, viewer)).map((l) => ({
    type: l.type,
    topic: l.topic,
    episodes: l.episodes.map((e) => ({ from: e.from, until: e.until })),
    text: l.text,
  }));
}

export const loopsPart: ReportPart<Awaited<ReturnType<typeof loopsReport>>> = {
  key: 'loops',
  build: loopsReport,
  words(loops) {
    return loops.length === 0
      ? ['Loops: none found.']
      : ['Loops:', ...loops.map((l) => `- ${l.text} (${l.episodes.length} episodes)`)];
  },
};
