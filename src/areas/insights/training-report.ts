import type { Kysely } from 'kysely';
import type { Static } from 'typebox';
import { addDays, localDate } from '../../dates.ts';
import { type Phrase, phrase } from '../../server/phrases.ts';
import type { PartnerViewer } from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';
import { BUILT_IN_METRICS } from '../experiments/rules.ts';
import { listPartners } from '../habits/store.ts';
import { annotationsFor } from '../history/present.ts';
import { inRange } from '../history/rules.ts';
import { checkinNumbers } from '../history/store.ts';
import { presentInsights } from './present.ts';
import { QUESTIONS } from './questions.ts';
import type { TrainingReport } from './schema.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const KEYS = ['satisfaction', 'connection', 'conflicts', 'positives'] as const;

/** First and last day of a YYYY-MM month. */
export function monthSpan(month: string): { first: string; last: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { first: `${month}-01`, last: addDays(next, -1) };
}

/** The month before today's: the last complete one. */
export const lastCompleteMonth = (today: string) => addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7);

const one = (x: number) => Math.round(x * 10) / 10;

/**
 * The monthly training report: a handful of sentences a couple reads together in two minutes —
 * how the month's numbers compare with the month before, what started, stuck or faded, what
 * happened, the next step's size and one reflection question. From what this viewer may see.
 */
export async function trainingReport(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  month?: string,
): Promise<Static<typeof TrainingReport>> {
  const today = localDate(viewer.couple.timeZone);
  const m = month ?? lastCompleteMonth(today);
  const { first, last } = monthSpan(m);
  const prev = monthSpan(lastCompleteMonth(first));
  const [rows, partners, insights, annotations] = await Promise.all([
    checkinNumbers(db, viewer, prev.first, last),
    listPartners(db, viewer.couple.id),
    presentInsights(db, viewer),
    annotationsFor(db, viewer, today),
  ]);
  const inMonth = rows.filter((r) => r.date >= first);
  const before = rows.filter((r) => r.date < first);
  // The mean of the answered days; an unanswered value is missing, not zero.
  const mean = (list: typeof rows, k: (typeof KEYS)[number]) => {
    const answered = list.flatMap((r) => (r[k] === null ? [] : [r[k]]));
    return answered.length ? one(answered.reduce((s, v) => s + v, 0) / answered.length) : null;
  };
  const metrics = KEYS.map((key) => ({
    key,
    name: BUILT_IN_METRICS[key]!.name,
    mean: mean(inMonth, key),
    previous: mean(before, key),
    days: new Set(inMonth.map((r) => r.date)).size,
  }));
  const label = `${MONTHS[Number(m.slice(5)) - 1]} ${m.slice(0, 4)}`;
  const lines: string[] = [];
  // Each line also as phrase codes, for the web app to word (the English lines stay for the CLI).
  const phrases: Phrase[][] = [];
  const days = partners.map((p) => ({
    mine: p.user_id === viewer.userId,
    name: p.display_name,
    n: new Set(inMonth.filter((r) => r.author_id === p.user_id).map((r) => r.date)).size,
  }));
  const counts = days.map((d) => `${d.mine ? 'you' : d.name} ${d.n}`);
  lines.push(`${label}: days with a check-in you can see — ${counts.join(', ')}.`);
  const mine = days.find((d) => d.mine);
  const theirs = days.find((d) => !d.mine);
  phrases.push([
    theirs
      ? phrase('report.days', { month: m, mine: mine?.n ?? 0, name: theirs.name, theirs: theirs.n })
      : phrase('report.daysAlone', { month: m, mine: mine?.n ?? 0 }),
  ]);
  for (const x of metrics) {
    if (x.mean === null) continue;
    const better = BUILT_IN_METRICS[x.key]!.better;
    const same = x.previous !== null && Math.abs(x.mean - x.previous) < 0.3;
    const up = x.previous !== null && x.mean > x.previous === (better === 'higher');
    const moved =
      x.previous === null
        ? ''
        : same
          ? ` — about the same as the month before (${x.previous})`
          : ` — ${up ? 'better' : 'worse'} than the month before (${x.previous})`;
    lines.push(`${x.name[0]!.toUpperCase()}${x.name.slice(1)}: ${x.mean} on average${moved}.`);
    const params = { metric: x.name, metricKey: x.key, mean: x.mean };
    phrases.push([
      x.previous === null
        ? phrase('report.metric', params)
        : phrase(same ? 'report.metricSame' : up ? 'report.metricBetter' : 'report.metricWorse', {
            ...params,
            previous: x.previous,
          }),
    ]);
  }
  if (inMonth.length === 0) {
    lines.push('No check-ins this month: a missing month is information too, not a failure.');
    phrases.push([phrase('report.noCheckins')]);
  }
  const started = insights.changes.filter((c) => c.since >= first && c.since <= last);
  const stuck = insights.changes.filter((c) => c.status === 'stuck');
  const faded = insights.changes.filter((c) => c.status === 'faded');
  const whats = (list: typeof started) => list.map((c) => c.what).join('; ');
  if (started.length) {
    lines.push(`Started: ${whats(started)}.`);
    phrases.push([phrase('report.started', { count: started.length, list: whats(started) })]);
  }
  lines.push(
    `So far ${stuck.length} change${stuck.length === 1 ? ' has' : 's have'} stuck${
      faded.length ? ` and ${faded.length} faded (${whats(faded.slice(0, 3))})` : ''
    }.`,
  );
  phrases.push([
    phrase('report.stuck', { count: stuck.length }),
    ...(faded.length
      ? [phrase('report.faded', { count: faded.length, list: whats(faded.slice(0, 3)) })]
      : []),
  ]);
  const happened = inRange(annotations, first, last)
    .filter((a) => a.kind !== 'habit_started')
    .slice(0, 4);
  if (happened.length) {
    const list = happened.map((a) => a.title).join('; ');
    lines.push(`What happened: ${list}.`);
    phrases.push([phrase('report.happened', { count: happened.length, list })]);
  }
  lines.push(`Next: ${insights.nextSize.words}`);
  phrases.push(insights.nextSize.phrases);
  const q = QUESTIONS[(Number(m.slice(5)) - 1) % QUESTIONS.length]!;
  lines.push(`To talk about: ${q.text}`);
  phrases.push([phrase('report.question', { questionNumber: q.n, question: q.text })]);
  return {
    month: m,
    lines,
    phrases,
    happened: happened.map((a) => ({ title: a.title, titlePhrase: a.titlePhrase })),
    metrics,
    question: { n: q.n, text: q.text },
  };
}
