import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { Database } from '../tables.ts';
import type { CoachArea, CoachReader } from '../viewer.ts';

/** The rules: which table is read how, by partners and by a coach, and the builders that apply them. */

/** Every table that belongs to a couple: `couple_id` leads its key (`couples` is keyed by `id`). */
export type CoupleTable =
  | 'couples'
  | 'members'
  | 'invites'
  | 'domains'
  | 'log'
  | 'habits'
  | 'habit_checkoffs'
  | 'habit_srbai'
  | 'habit_changes'
  | 'reward_audit'
  | 'pace'
  | 'checkins'
  | 'metrics'
  | 'csi4'
  | 'rituals'
  | 'ritual_completions'
  | 'ritual_feeds'
  | 'experiments'
  | 'experiment_adherence'
  | 'experiment_guesses'
  | 'anchors'
  | 'anchor_checkoffs'
  | 'stress_periods'
  | 'stress_paused_habits'
  | 'exploration_ideas'
  | 'exploration_draws'
  | 'exploration_tries'
  | 'exploration_ratings'
  | 'roles'
  | 'archive_snapshots'
  | 'alignment_rounds'
  | 'alignment_answers'
  | 'alignment_metrics'
  | 'push_subscriptions'
  | 'reminder_settings'
  | 'reminders_sent'
  | 'credit_reviews'
  | 'credit_decisions'
  | 'insight_failures'
  | 'reflections'
  | 'coach_links'
  | 'coach_consents'
  | 'coach_suggestions';

/**
 * How a partner reads each couple table — the one rule table:
 * - 'couple': the couple's shared structure and progress; both partners see every row.
 * - { author, visibility?, live? }: a person's own rows, plus the partner's whose `visibility`
 *   column says 'shared' (none without one); with `live`, rows in their undo window are left out.
 * - 'secret': codes and tokens; read only by the named functions at the end of this file.
 */
export const READ_RULES = {
  couples: 'couple',
  members: 'couple',
  invites: 'secret',
  domains: 'couple',
  log: { author: 'author_id', visibility: 'visibility', live: 'deleted_at' },
  habits: 'couple',
  habit_checkoffs: 'couple',
  // One's own answers; the automaticity both partners see is read by habitAnswersForStrength.
  habit_srbai: { author: 'user_id' },
  habit_changes: 'couple',
  reward_audit: { author: 'author_id', visibility: 'visibility' },
  pace: 'couple',
  // The numbers by `visibility`; the note has a rule of its own (see redactRow).
  checkins: { author: 'author_id', visibility: 'visibility' },
  metrics: 'couple',
  csi4: { author: 'author_id', visibility: 'visibility' },
  rituals: 'couple',
  ritual_completions: 'couple',
  ritual_feeds: 'secret',
  // Shared design; while a run lasts its blinded partner is kept from its schedule and seed (the
  // export's blindExperiment) and from every view that shows a phase (mayKnowPhase).
  experiments: 'couple',
  // Taps and guesses are one's own; the partner's taps reach results only through experimentTaps.
  experiment_adherence: { author: 'user_id' },
  experiment_guesses: { author: 'user_id' },
  anchors: 'couple',
  anchor_checkoffs: 'couple',
  stress_periods: 'couple',
  stress_paused_habits: 'couple',
  exploration_ideas: 'couple',
  exploration_draws: 'couple',
  exploration_tries: 'couple',
  // One's own rating; the partner's only once both have rated (explorationRatings).
  exploration_ratings: { author: 'user_id' },
  roles: 'couple',
  archive_snapshots: 'couple',
  alignment_rounds: 'couple',
  // Sealed until both submitted ('sealed' → 'shared'); otherwise only who submitted is known.
  alignment_answers: { author: 'author_id', visibility: 'visibility' },
  alignment_metrics: 'couple',
  // Push endpoints and keys, and which reminders went out: read only by the reminder sender.
  push_subscriptions: 'secret',
  reminder_settings: { author: 'user_id' },
  reminders_sent: 'secret',
  // A person's own evening reviews and hint decisions (the appreciation itself is a log entry).
  credit_reviews: { author: 'user_id' },
  credit_decisions: { author: 'user_id' },
  // A failure analysis and a reflection are their author's, the partner's once shared.
  insight_failures: { author: 'author_id', visibility: 'visibility' },
  reflections: { author: 'author_id', visibility: 'visibility' },
  // A link holds its code's hash: read only by the named coach functions at the end of this file.
  coach_links: 'secret',
  coach_consents: 'couple',
  // Both partners see every suggestion their coaches made them; a coach reads only their own,
  // through coachOwnSuggestions.
  coach_suggestions: 'couple',
} as const satisfies Record<
  CoupleTable,
  'couple' | 'secret' | { author: string; visibility?: string; live?: string }
>;

/**
 * How a coach reads each couple table — the coach's column of the rule table. A table names the
 * area a partner's consent must include ('admitted': any admitted coach, for names and domains),
 * or null: never, whatever was consented. Within a consented area a coach reads as a stranger to
 * every author: a 'couple' table whole, a personal table's rows only where `visibility` says
 * 'shared' (so never a private row, never a sealed answer, never an unshared CSI-4), and a
 * personal table without `visibility` (taps, guesses, SRBAI answers, ratings) not at all.
 */
export const COACH_READS = {
  couples: null,
  members: 'admitted',
  invites: null,
  domains: 'admitted',
  log: 'log',
  habits: 'habits',
  habit_checkoffs: 'habits',
  habit_srbai: null,
  habit_changes: 'habits',
  reward_audit: 'rewards',
  pace: 'habits',
  checkins: 'checkins',
  metrics: 'checkins',
  csi4: 'csi4',
  rituals: 'rituals',
  ritual_completions: 'rituals',
  ritual_feeds: null,
  experiments: 'experiments',
  experiment_adherence: null,
  experiment_guesses: null,
  anchors: 'anchors',
  anchor_checkoffs: 'anchors',
  stress_periods: 'anchors',
  stress_paused_habits: 'anchors',
  exploration_ideas: 'exploration',
  exploration_draws: 'exploration',
  exploration_tries: 'exploration',
  exploration_ratings: null,
  roles: 'anchors',
  archive_snapshots: null,
  alignment_rounds: 'alignment',
  alignment_answers: 'alignment',
  alignment_metrics: 'alignment',
  // A person's devices and reminders, evening reviews and hint decisions, failure analyses and
  // reflections: no consent area covers them yet, so never.
  push_subscriptions: null,
  reminder_settings: null,
  reminders_sent: null,
  credit_reviews: null,
  credit_decisions: null,
  insight_failures: null,
  reflections: null,
  coach_links: null,
  coach_consents: null,
  coach_suggestions: null,
} as const satisfies Record<CoupleTable, CoachArea | 'admitted' | null>;

type Rules = typeof READ_RULES;
/** Tables both partners read whole. */
export type SharedTable = { [T in CoupleTable]: Rules[T] extends 'couple' ? T : never }[CoupleTable];
/** Tables whose rows belong to their author. */
export type PersonalTable = {
  [T in CoupleTable]: Rules[T] extends { author: string } ? T : never;
}[CoupleTable];
/** Every table a partner may read through `visibleRows`. */
export type ReadableTable = SharedTable | PersonalTable;
type Rows<T extends CoupleTable> = SelectQueryBuilder<Database, T, object>;

/** Who reads: a partner of a couple (a PartnerViewer, or an import's author), or a coach of it. */
export interface Reader {
  userId: string;
  couple: { id: string };
  /** Present for a coach: then COACH_READS decides, with the areas consented right now. */
  asCoach?: CoachReader['asCoach'];
}

/** Whether a coach with these consented areas may read a table at all. */
export function coachMayRead(table: CoupleTable, areas: readonly CoachArea[]): boolean {
  const area: CoachArea | 'admitted' | null = COACH_READS[table];
  return area === 'admitted' || (area !== null && areas.includes(area));
}

/**
 * Every row of one couple in a table, under no person's rule: for the couple's own full backup,
 * erasing an account, and rows that no person's rule narrows. Never for what a person is shown.
 */
export function wholeCouple<T extends CoupleTable>(
  db: Kysely<Database>,
  coupleId: string,
  table: T,
): Rows<T> {
  const key = table === 'couples' ? 'id' : 'couple_id';
  return (db.selectFrom(table) as unknown as Rows<'log'>).where(
    sql.ref(`${table}.${key}`),
    '=',
    coupleId,
  ) as unknown as Rows<T>;
}

/** A couple's rows of a shared table (both partners see them all), by the couple's id. */
export function coupleRows<T extends SharedTable>(db: Kysely<Database>, coupleId: string, table: T): Rows<T> {
  return wholeCouple(db, coupleId, table);
}

/**
 * The rows of a table this reader may see: their couple's, under the table's rule in READ_RULES.
 *
 * @example
 * visibleRows(db, viewer, 'log').selectAll().where('log.date', '>=', from)
 * // select * from log where log.couple_id = ? and log.deleted_at is null
 * //   and (log.author_id = ? or log.visibility = 'shared') and log.date >= ?
 */
export function visibleRows<T extends ReadableTable>(
  db: Kysely<Database>,
  reader: Reader,
  table: T,
): Rows<T> {
  const rule = READ_RULES[table] as Rules[ReadableTable];
  const q = wholeCouple(db, reader.couple.id, table) as unknown as Rows<'log'>;
  const col = (c: string) => sql.ref(`${table}.${c}`);
  if (reader.asCoach) {
    if (!coachMayRead(table, reader.asCoach.areas)) return q.where(sql<boolean>`1 = 0`) as unknown as Rows<T>;
    return coachRule(q, table) as unknown as Rows<T>;
  }
  if (rule === 'couple') return q as unknown as Rows<T>;
  let r = 'live' in rule ? q.where(col(rule.live), 'is', null) : q;
  r = r.where((eb) =>
    'visibility' in rule
      ? eb.or([eb(col(rule.author), '=', reader.userId), eb(col(rule.visibility), '=', 'shared')])
      : eb(col(rule.author), '=', reader.userId),
  );
  return r as unknown as Rows<T>;
}

/** A coach reads a consented table as a stranger to every author: only what is shared. */
function coachRule(q: Rows<'log'>, table: ReadableTable): Rows<'log'> {
  const rule = READ_RULES[table] as Rules[ReadableTable];
  const col = (c: string) => sql.ref(`${table}.${c}`);
  if (rule === 'couple') return q;
  if (!('visibility' in rule)) return q.where(sql<boolean>`1 = 0`);
  const r = 'live' in rule ? q.where(col(rule.live), 'is', null) : q;
  return r.where(col(rule.visibility), '=', 'shared');
}

/**
 * `visibleRows` for many coach readers at once (a coach's home): the rows of every couple whose
 * consent covers the table's area, under the same coach rule, in one query.
 */
export function coachVisibleRows<T extends ReadableTable>(
  db: Kysely<Database>,
  readers: readonly CoachReader[],
  table: T,
): Rows<T> {
  const ids = readers.filter((r) => coachMayRead(table, r.asCoach.areas)).map((r) => r.couple.id);
  const q = (db.selectFrom(table) as unknown as Rows<'log'>).where(
    sql.ref(`${table}.couple_id`),
    'in',
    ids.length > 0 ? ids : [''],
  );
  return coachRule(q, table) as unknown as Rows<T>;
}

/** The reader's own rows of a personal table, their undo window included. */
export function ownRows<T extends PersonalTable>(db: Kysely<Database>, reader: Reader, table: T): Rows<T> {
  const q = wholeCouple(db, reader.couple.id, table) as unknown as Rows<'log'>;
  // A coach owns no row of a couple's.
  if (reader.asCoach) return q.where(sql<boolean>`1 = 0`) as unknown as Rows<T>;
  return q.where(sql.ref(`${table}.${READ_RULES[table].author}`), '=', reader.userId) as unknown as Rows<T>;
}

/**
 * A couple's rows of a personal table that every member sees — marked shared, and (for the log)
 * not in an undo window: for what the couple keeps together, e.g. an archive snapshot's numbers.
 */
export function sharedRows<T extends 'log' | 'checkins'>(
  db: Kysely<Database>,
  coupleId: string,
  table: T,
): Rows<T> {
  const rule = READ_RULES[table] as { visibility: string; live?: string };
  let q = (wholeCouple(db, coupleId, table) as unknown as Rows<'log'>).where(
    sql.ref(`${table}.${rule.visibility}`),
    '=',
    'shared',
  );
  if (rule.live) q = q.where(sql.ref(`${table}.${rule.live}`), 'is', null);
  return q as unknown as Rows<T>;
}

/**
 * Column rules, for a row read whole (an export): a partner's check-in note is blanked unless its
 * own visibility says shared. The API's views apply the same rule through canSeeCheckinNote.
 */
export function redactRow(reader: Reader, table: ReadableTable, row: Record<string, unknown>) {
  if (table === 'checkins' && row.author_id !== reader.userId && row.note_visibility !== 'shared')
    return { ...row, note: null };
  return row;
}
