/**
 * Shapes habits for a viewer: the numbers both partners see (strength, streaks, calendar, chart,
 * celebrations), the viewer's own prompts (SRBAI due, consent wanted) and the partner's feed.
 */
import type { Kysely } from 'kysely';
import type { Static } from 'typebox';
import { addDays, localDate } from '../../dates.ts';
import { isHabitOwner, type PartnerViewer } from '../../storage/scope.ts';
import type { Database, HabitChangeRow, HabitCheckoffRow, HabitRow } from '../../storage/tables.ts';
import { DEFAULT_PACE, paceMultiplier } from '../pace/rules.ts';
import { listPace } from '../pace/store.ts';
import { estimateAutomaticity, type StoredAutomaticity } from './automaticity.ts';
import { changeColumns } from './due.ts';
import {
  changeParts,
  consentNeeded,
  describeChange,
  describeSchedule,
  type HabitChange,
  type Schedule,
} from './rules.ts';
import type { Habit } from './schema.ts';
import * as store from './store.ts';
import { calendar, chart, type HabitFacts, habitNumbers, recentCelebrations } from './strength.ts';
import { describeTarget, fromHundredths, targetOf } from './target.ts';

export type HabitView = Static<typeof Habit>;

export function scheduleOf(r: HabitRow): Schedule {
  return {
    kind: r.schedule_kind,
    weekdays: JSON.parse(r.weekdays) as number[],
    times: Number(r.times),
    days: Number(r.days),
  };
}

export function factsOf(r: HabitRow): HabitFacts {
  return {
    schedule: scheduleOf(r),
    startDate: r.start_date,
    status: r.status,
    statusSince: r.status_since,
    target: targetOf(r),
  };
}

/**
 * Stores the easings that are due (see due.ts): a write path calls this before it changes the
 * couple's habits, so a withdrawal or an edit never overtakes a change that already counts.
 * Safe to race: a change is marked applied once, and only then written to its habit.
 */
export async function applyDueChanges(db: Kysely<Database>, viewer: PartnerViewer): Promise<void> {
  const { due } = await store.habitState(db, viewer);
  for (const c of due) {
    await db.transaction().execute(async (trx) => {
      if (await store.setChange(trx, viewer, c.id, { state: 'applied' }))
        await store.updateHabit(trx, viewer, c.habit_id, changeColumns(c));
    });
  }
}

/**
 * The habits screen for a viewer: every habit of the couple (or the given ones), with numbers.
 * Reads only: a change that is due shows as applied (see due.ts) without being written.
 */
export async function presentHabits(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  only?: string,
): Promise<HabitView[]> {
  const today = localDate(viewer.couple.timeZone);
  const [partners, { habits: rows, waiting: changes }, checkoffs, srbai, pace] = await Promise.all([
    store.listPartners(db, viewer.couple.id),
    store.habitState(db, viewer, only),
    store.listCheckoffs(db, viewer, only),
    store.listSrbai(db, viewer, only),
    listPace(db, viewer),
  ]);
  const partnerIds = partners.map((p) => p.user_id);
  const names = new Map(partners.map((p) => [p.user_id, p.display_name]));
  // A person's habit lives in its owner's days: when the partners' days differ (time zones), both
  // see the owner's numbers. A shared habit lives in the viewer's.
  const todays = new Map(partners.map((p) => [p.user_id, localDate(p.time_zone)]));
  const byHabit = new Map<string, HabitCheckoffRow[]>();
  for (const c of checkoffs) {
    const list = byHabit.get(c.habit_id);
    if (list) list.push(c);
    else byHabit.set(c.habit_id, [c]);
  }
  return rows.map((r) =>
    presentOne(r, {
      viewer,
      today: todays.get(r.owner) ?? today,
      names,
      partnerIds,
      checkoffs: byHabit.get(r.id) ?? [],
      srbai: srbai.filter((s) => s.habit_id === r.id),
      change: changes.find((c) => c.habit_id === r.id) ?? null,
      pace: paceMultiplier((pace.get(r.domain) ?? DEFAULT_PACE).size),
    }),
  );
}

interface Context {
  viewer: PartnerViewer;
  today: string;
  names: Map<string, string>;
  partnerIds: string[];
  checkoffs: HabitCheckoffRow[];
  srbai: { user_id: string; date: string; items: string; automaticity: string | null }[];
  change: HabitChangeRow | null;
  pace: number;
}

function presentOne(r: HabitRow, x: Context): HabitView {
  const { viewer, today } = x;
  const facts = factsOf(r);
  const marks = x.checkoffs.map((c) => ({ date: c.date, kind: c.kind, value: c.value }));
  const n = habitNumbers(facts, marks, today, x.pace);
  // Automaticity is the owner's own feeling; for a shared habit, the viewer's own answers.
  const answerer = r.owner === 'both' ? viewer.userId : r.owner;
  const own = x.srbai.filter((s) => s.user_id === answerer);
  const answers = own.map((s) => ({ date: s.date, items: JSON.parse(s.items) as number[] }));
  const stored = own.at(-1)?.automaticity;
  const mine = isHabitOwner(viewer, r);
  const lastAnswer = answers.at(-1)?.date;
  const needed = consentNeeded(r.owner, x.partnerIds);
  const consents = x.change ? (JSON.parse(x.change.consents) as string[]) : [];
  const change = x.change ? (JSON.parse(x.change.change) as HabitChange) : null;
  const weekAgo = addDays(today, -7);
  return {
    id: r.id,
    owner: r.owner,
    ownerName: r.owner === 'both' ? 'Both of you' : (x.names.get(r.owner) ?? 'A former partner'),
    mine,
    domain: r.domain,
    cue: r.cue,
    action: r.action,
    reward: r.reward,
    schedule: { ...facts.schedule, summary: describeSchedule(facts.schedule) },
    target: facts.target
      ? {
          kind: facts.target.kind,
          value: fromHundredths(facts.target.value),
          unit: facts.target.unit,
          summary: describeTarget(facts.target, facts.schedule),
        }
      : null,
    status: r.status,
    statusReason: r.status_reason,
    statusSince: r.status_since,
    startDate: r.start_date,
    strength: Math.round(n.strength * 1000) / 1000,
    strengthExplained: n.explanation,
    strengthPhrases: n.phrases,
    halfLifeDays: Math.round(n.halfLifeDays * 10) / 10,
    currentStreak: n.currentStreak,
    bestStreak: n.bestStreak,
    doneToday: n.doneToday,
    calendar: calendar(facts, marks, today),
    chart: chart(n, today),
    recent: x.checkoffs
      .filter((c) => c.kind === 'done' && c.date > weekAgo)
      .reverse()
      .map((c) => ({
        date: c.date,
        ...(facts.target ? { value: c.value === null ? null : fromHundredths(Number(c.value)) } : {}),
        byId: c.by_user,
        byName: x.names.get(c.by_user) ?? 'A former partner',
        appreciated: c.appreciation_id !== null,
        canAppreciate: c.appreciation_id === null && c.by_user !== viewer.userId,
      })),
    celebrations: recentCelebrations(n, today),
    srbaiDue: mine && r.status === 'active' && (!lastAnswer || lastAnswer <= addDays(today, -7)),
    automaticity: estimateAutomaticity(
      answers,
      r.start_date,
      today,
      stored ? (JSON.parse(stored) as StoredAutomaticity) : null,
    ),
    pendingChange:
      x.change && change
        ? {
            id: x.change.id,
            summary: describeChange(change),
            change: changeParts(change),
            effectiveOn: x.change.effective_on,
            waitingFor: needed.filter((id) => !consents.includes(id)),
            mineToConsent: needed.includes(viewer.userId) && !consents.includes(viewer.userId),
          }
        : null,
  };
}
