import { addDays } from '../../dates.ts';
import { type Phrase, phrase } from '../../server/phrases.ts';
import { topicsOf } from './topics.ts';

/*
 * Loops: the patterns that keep coming back in one viewer's log (only the entries that viewer may
 * see are passed in). Pure rules, each with its threshold stated:
 * - a recurring conflict: the same topic in at least 4 conflicts and at least a quarter of them,
 *   typically back within a month (median gap ≤ 30 days);
 * - broken promises: one person's promises on one topic broken at least 3 times and at least half
 *   the time they were settled;
 * - the reward-hacking cycle: conflict → repair (linked, or within 2 days) → closeness or relief
 *   the same or the next day, at least 5 times, and that at least 1.5 times as likely after a
 *   repair as on any ordinary pair of days. Closeness is an intimacy gesture or appreciation in
 *   the log; relief is a check-in well above the person's recent baseline (see reliefOn).
 */

export interface LoopEntry {
  id: string;
  author: string;
  kind: string;
  date: string;
  text: string;
  domains: string[];
  repairOf: string | null;
  promiseDue: string | null;
  promiseState: 'open' | 'kept' | 'broken' | null;
}

/** A check-in's numbers, from the check-ins the same viewer may see. */
export interface LoopCheckin {
  author: string;
  date: string;
  connection: number | null;
  satisfaction: number | null;
}

export interface Episode {
  /** The first and last day of the episode (one day for a single entry). */
  from: string;
  until: string;
  /** The entries it is made of, oldest first. */
  entryIds: string[];
}

export type Loop =
  | {
      type: 'recurring-conflict';
      topic: string;
      /** The couple's own word for it. */
      word: string;
      domain: string | null;
      episodes: Episode[];
      /** Median days between two of them. */
      typicalGapDays: number;
      /** Conflicts in the log, for "n of m". */
      ofConflicts: number;
    }
  | {
      type: 'broken-promises';
      topic: string;
      word: string;
      who: string;
      episodes: Episode[];
      kept: number;
      broken: number;
      /** The weekday (1 Monday … 7 Sunday) most broken promises were due on, when it is at least half of them. */
      weekday: number | null;
    }
  | {
      type: 'reward-hacking-cycle';
      topic: 'conflict-repair-closeness';
      episodes: Episode[];
      /** Repaired conflicts, and the share of them followed by closeness or relief. */
      repaired: number;
      afterRepair: number;
      /** Episodes where relief (a check-in jump) followed and no closeness was logged. */
      relief: number;
      /** The chance of closeness or relief on an ordinary pair of days, for comparison. */
      ordinary: number;
    };

const MIN_CONFLICTS = 4;
const MAX_TYPICAL_GAP = 30;
const MIN_SHARE = 0.25;
const MIN_BROKEN = 3;
const MIN_CYCLES = 5;
const CYCLE_LIFT = 1.5;
/** A topic in more of the conflicts than this is how the couple writes about fights, not a topic. */
const TOO_COMMON = 0.8;

const days = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const byDate = (a: LoopEntry, b: LoopEntry) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
const mostCommon = <T>(xs: T[]): T | null => {
  const counts = new Map<T, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: T | null = null;
  let n = 0;
  for (const [x, c] of counts) if (c > n) [best, n] = [x, c];
  return best;
};

/** Every loop in the entries (and check-ins), recurring conflicts first (most episodes first). */
export function findLoops(entries: LoopEntry[], checkins: LoopCheckin[] = []): Loop[] {
  const sorted = [...entries].sort(byDate);
  return [
    ...recurringConflicts(sorted),
    ...brokenPromises(sorted),
    ...rewardHackingCycle(sorted, reliefOn(checkins)),
  ];
}

function byTopic(list: LoopEntry[]): Map<string, { entries: LoopEntry[]; words: string[] }> {
  const topics = new Map<string, { entries: LoopEntry[]; words: string[] }>();
  for (const e of list)
    for (const { topic, word } of topicsOf(e.text)) {
      const t = topics.get(topic) ?? { entries: [], words: [] };
      t.entries.push(e);
      t.words.push(word);
      topics.set(topic, t);
    }
  return topics;
}

function recurringConflicts(sorted: LoopEntry[]): Loop[] {
  const conflicts = sorted.filter((e) => e.kind === 'conflict');
  const loops: Loop[] = [];
  const seen = new Set<string>();
  for (const [topic, { entries, words }] of byTopic(conflicts)) {
    const share = entries.length / conflicts.length;
    if (entries.length < MIN_CONFLICTS || share < MIN_SHARE || share > TOO_COMMON) continue;
    // Words that always come together ("mother" and "visit") are one topic: keep the first.
    const signature = entries.map((e) => e.id).join();
    if (seen.has(signature)) continue;
    seen.add(signature);
    const gaps = entries.slice(1).map((e, i) => days(entries[i]!.date, e.date));
    const typical = median(gaps);
    if (typical > MAX_TYPICAL_GAP) continue;
    loops.push({
      type: 'recurring-conflict',
      topic,
      word: mostCommon(words)!,
      domain: mostCommon(entries.flatMap((e) => e.domains)),
      episodes: entries.map((e) => ({ from: e.date, until: e.date, entryIds: [e.id] })),
      typicalGapDays: typical,
      ofConflicts: conflicts.length,
    });
  }
  return loops.sort((a, b) => b.episodes.length - a.episodes.length);
}

function brokenPromises(sorted: LoopEntry[]): Loop[] {
  const settled = sorted.filter(
    (e) => e.kind === 'promise' && (e.promiseState === 'kept' || e.promiseState === 'broken'),
  );
  const loops: Loop[] = [];
  for (const who of [...new Set(settled.map((e) => e.author))]) {
    const seen = new Set<string>();
    for (const [topic, { entries, words }] of byTopic(settled.filter((e) => e.author === who))) {
      const broken = entries.filter((e) => e.promiseState === 'broken');
      if (broken.length < MIN_BROKEN || broken.length * 2 < entries.length) continue;
      const signature = entries.map((e) => e.id).join();
      if (seen.has(signature)) continue;
      seen.add(signature);
      const due = broken.map((e) => {
        const d = new Date(`${e.promiseDue ?? e.date}T00:00:00Z`).getUTCDay();
        return d === 0 ? 7 : d;
      });
      const weekday = mostCommon(due)!;
      loops.push({
        type: 'broken-promises',
        topic,
        word: mostCommon(words)!,
        who,
        episodes: broken.map((e) => ({ from: e.date, until: e.promiseDue ?? e.date, entryIds: [e.id] })),
        kept: entries.length - broken.length,
        broken: broken.length,
        weekday: due.filter((d) => d === weekday).length * 2 >= due.length ? weekday : null,
      });
    }
  }
  return loops;
}

const isCloseness = (e: LoopEntry) =>
  (e.kind === 'gesture' || e.kind === 'appreciation') && e.domains.includes('intimacy');

/** Relief is well above these: a rise of at least this many points and standard deviations. */
const RELIEF_POINTS = 2;
const RELIEF_SDS = 2;
/** The recent baseline: the days just before, with at least this many check-ins among them. */
const BASELINE_DAYS = 14;
const MIN_BASELINE = 5;

const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

/**
 * Relief: a check-in jump after a hard moment. `reliefOn(checkins)(before, day)` is true when
 * someone's felt connection or satisfaction on `day` is at least max(2 points, 2 standard
 * deviations) above their own mean over the 14 days before `before` (at least 5 check-ins
 * there; the baseline ends before the conflict, so the fight's own dip does not lower it). The
 * two-point, two-deviation bar keeps an ordinary good day from counting. Pure.
 */
export function reliefOn(checkins: LoopCheckin[]): (before: string, day: string) => boolean {
  const people = new Map<string, Map<number, LoopCheckin>>();
  for (const c of checkins) {
    const days = people.get(c.author) ?? new Map<number, LoopCheckin>();
    days.set(dayNumber(c.date), c);
    people.set(c.author, days);
  }
  const jump = (days: Map<number, LoopCheckin>, key: 'connection' | 'satisfaction', b: number, d: number) => {
    const value = days.get(d)?.[key];
    if (value === null || value === undefined) return false;
    const base: number[] = [];
    for (let i = b - BASELINE_DAYS; i < b; i++) {
      const x = days.get(i)?.[key];
      if (x !== null && x !== undefined) base.push(x);
    }
    if (base.length < MIN_BASELINE) return false;
    const mean = base.reduce((a, x) => a + x, 0) / base.length;
    const sd = Math.sqrt(base.reduce((a, x) => a + (x - mean) ** 2, 0) / (base.length - 1));
    return value - mean >= Math.max(RELIEF_POINTS, RELIEF_SDS * sd);
  };
  return (before, day) => {
    const [b, d] = [dayNumber(before), dayNumber(day)];
    for (const days of people.values())
      if (jump(days, 'connection', b, d) || jump(days, 'satisfaction', b, d)) return true;
    return false;
  };
}

function rewardHackingCycle(sorted: LoopEntry[], relief: (before: string, day: string) => boolean): Loop[] {
  const conflicts = sorted.filter((e) => e.kind === 'conflict');
  const repairs = sorted.filter((e) => e.kind === 'repair');
  const close = sorted.filter(isCloseness);
  if (conflicts.length === 0) return [];
  const closeDays = new Set(close.map((e) => e.date));
  const used = new Set<string>();
  const episodes: Episode[] = [];
  let repaired = 0;
  let relieved = 0;
  for (const c of conflicts) {
    const r =
      repairs.find((x) => x.repairOf === c.id && !used.has(x.id)) ??
      repairs.find(
        (x) => x.repairOf === null && !used.has(x.id) && x.date >= c.date && x.date <= addDays(c.date, 2),
      );
    if (!r) continue;
    used.add(r.id);
    repaired++;
    const i = close.find((x) => x.date >= r.date && x.date <= addDays(r.date, 1));
    if (i) {
      episodes.push({ from: c.date, until: i.date, entryIds: [c.id, r.id, i.id] });
      continue;
    }
    const day = [r.date, addDays(r.date, 1)].find((d) => relief(c.date, d));
    if (day) {
      relieved++;
      episodes.push({ from: c.date, until: day, entryIds: [c.id, r.id] });
    }
  }
  // How often closeness or relief falls on an ordinary pair of days (d, d + 1) over the same span.
  const first = sorted[0]!.date;
  const span = days(first, sorted[sorted.length - 1]!.date) + 1;
  let hits = 0;
  for (let d = 0; d < span; d++) {
    const day = addDays(first, d);
    const next = addDays(day, 1);
    if (closeDays.has(day) || closeDays.has(next) || relief(day, day) || relief(day, next)) hits++;
  }
  const ordinary = hits / span;
  const afterRepair = repaired > 0 ? episodes.length / repaired : 0;
  if (episodes.length < MIN_CYCLES || afterRepair < CYCLE_LIFT * ordinary) return [];
  return [
    {
      type: 'reward-hacking-cycle',
      topic: 'conflict-repair-closeness',
      episodes,
      repaired,
      afterRepair: Math.round(afterRepair * 100) / 100,
      relief: relieved,
      ordinary: Math.round(ordinary * 100) / 100,
    },
  ];
}

const WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const pct = (x: number) => `${Math.round(x * 100)} %`;

/** A loop in plain words (English; the web app words it from the same fields in each language). */
export function loopText(loop: Loop, nameOf: (userId: string) => string): string {
  switch (loop.type) {
    case 'recurring-conflict':
      return `“${loop.word}” keeps coming back: ${loop.episodes.length} of your ${loop.ofConflicts} conflicts were about it, typically ${loop.typicalGapDays} days apart, the last on ${loop.episodes[loop.episodes.length - 1]!.from}. A topic that returns this often is worth one calm conversation of its own, away from the next fight.`;
    case 'broken-promises':
      return `Promises by ${nameOf(loop.who)} about “${loop.word}” were broken ${loop.broken} of ${loop.kept + loop.broken} times${loop.weekday ? `, most often when due on a ${WEEKDAYS[loop.weekday]}` : ''}. Perhaps a smaller promise would hold.`;
    case 'reward-hacking-cycle':
      return `Conflict, then making up, then closeness: ${loop.episodes.length} times${loop.relief > 0 ? ` (${loop.relief} of them relief: a check-in well above the usual right after making up)` : ''}. ${pct(loop.afterRepair)} of repaired conflicts were followed by closeness or relief within a day, against ${pct(loop.ordinary)} on an ordinary pair of days. Closeness that comes mostly after a fight can teach both of you to need the fight. The method suggests planning closeness after you solve something together — a shared problem, a plan made as a team — instead of after a fight.`;
  }
}

/**
 * A loop as phrase codes: its title, then what it shows and the advice (the web app words them;
 * `loopText` stays for the command line). `who` and `name` say whose promises break.
 */
export function loopPhrases(
  loop: Loop,
  who: 'me' | 'partner' | null,
  name: string | null,
): { title: Phrase; story: Phrase[] } {
  const n = loop.episodes.length;
  switch (loop.type) {
    case 'recurring-conflict':
      return {
        title: phrase('loop.recurringTitle', { word: loop.word }),
        story: [
          phrase('loop.recurring', { count: n, of: loop.ofConflicts, gap: loop.typicalGapDays ?? 0 }),
          phrase('loop.recurringAdvice'),
        ],
      };
    case 'broken-promises':
      return {
        title: phrase('loop.brokenTitle', { word: loop.word }),
        story: [
          phrase(who === 'me' ? 'loop.brokenMe' : 'loop.brokenPartner', {
            count: loop.broken,
            total: loop.kept + loop.broken,
            name: name ?? '',
          }),
          phrase('loop.brokenAdvice'),
        ],
      };
    case 'reward-hacking-cycle':
      return {
        title: phrase('loop.cycleTitle'),
        story: [
          phrase('loop.cycle', {
            count: n,
            after: Math.round(loop.afterRepair * 100),
            ordinary: Math.round(loop.ordinary * 100),
          }),
          phrase('loop.cycleAdvice'),
        ],
      };
  }
}
