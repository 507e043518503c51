import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { Database } from './tables.ts';
import { type CoachArea, type CoachReader, consentedAreas, type PartnerViewer } from './viewer.ts';

export * from './viewer.ts';

/**
 * attune's access rules, in one place. Every read of a couple table goes through this file (a
 * test fails for any other `selectFrom` of one), so "which rows may this person see" is decided
 * here and nowhere else — for the API, for statistics and for "download my data" alike.
 *
 * - A couple's rows are seen only by that couple's members.
 * - A private row is seen by its author only: not the partner, not a coach, in no view, export
 *   or statistic computed for anyone else.
 * - Only the author edits or deletes an entry; either partner may mark a shared promise kept or
 *   broken (the partner it was made to is usually the one who knows).
 */

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

/** The log rows this viewer may see: their couple's, not deleted, shared or their own. */
export function visibleLog(
  db: Kysely<Database>,
  viewer: PartnerViewer,
): SelectQueryBuilder<Database, 'log', object> {
  return visibleRows(db, viewer, 'log');
}

/*
 * Check-ins (issue 6). A partner's check-in numbers are seen by the partner only when shared;
 * the note has its own visibility and is private by default. A CSI-4 result reaches the partner
 * only when its author shared it. Statistics for a viewer are computed from these queries only.
 */

/** The check-in rows this viewer may see: their own, and the partner's shared ones. */
export function visibleCheckins(
  db: Kysely<Database>,
  viewer: PartnerViewer,
): SelectQueryBuilder<Database, 'checkins', object> {
  return visibleRows(db, viewer, 'checkins');
}

/** The CSI-4 results this viewer may see: their own, and the partner's shared ones. */
export function visibleCsi4(
  db: Kysely<Database>,
  viewer: PartnerViewer,
): SelectQueryBuilder<Database, 'csi4', object> {
  return visibleRows(db, viewer, 'csi4');
}

/**
 * Rituals, their completions and metrics are the couple's shared structure: both partners see
 * and change them (queried with `couple_id = viewer.couple.id`). A calendar feed belongs to one
 * partner; its token grants that feed only.
 */

/*
 * Habits, the reward audit and pace (issue 7). Habits are the couple's shared structure: both
 * partners see every habit of their couple, its check-offs and its strength (the progress both
 * see). Only an owner (or either partner, for a habit owned by both) checks it off, edits it,
 * answers its SRBAI or changes its status; only the other partner answers a check-off with an
 * appreciation. A reward-audit item is private to its author unless shared.
 */

/** The habits of the viewer's couple. */
export function coupleHabits(
  db: Kysely<Database>,
  viewer: PartnerViewer,
): SelectQueryBuilder<Database, 'habits', object> {
  return visibleRows(db, viewer, 'habits');
}

/** The reward-audit items this viewer may see: their couple's shared ones and their own. */
export function visibleRewardAudit(
  db: Kysely<Database>,
  viewer: PartnerViewer,
): SelectQueryBuilder<Database, 'reward_audit', object> {
  return visibleRows(db, viewer, 'reward_audit');
}

/*
 * Reads that start from a secret or a person rather than a couple, each stated once.
 */

/** The session behind a cookie token's hash, with its person and their place in a couple. */
export function sessionViewerRow(db: Kysely<Database>, tokenHash: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .leftJoin('members', (join) =>
      join.onRef('members.user_id', '=', 'users.id').on('members.role', '=', 'partner'),
    )
    .leftJoin('coach_profiles', 'coach_profiles.user_id', 'users.id')
    .select([
      'sessions.id as session_id',
      'sessions.expires_at',
      'sessions.last_seen_at',
      'users.id as user_id',
      'users.email',
      'members.couple_id',
      'members.role',
      'members.display_name',
      'members.time_zone',
      'coach_profiles.display_name as coach_name',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** The couples a person belongs to (to erase their account). */
export function membershipsOf(db: Kysely<Database>, userId: string) {
  return db.selectFrom('members').select('couple_id').where('user_id', '=', userId).execute();
}

/** When the couple's open invite expires, if there is one; never its code. */
export function openInvite(db: Kysely<Database>, viewer: PartnerViewer, now: string) {
  return wholeCouple(db, viewer.couple.id, 'invites')
    .select('expires_at')
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

/** The invite a code's hash belongs to: whoever holds the code may try to join with it. */
export function inviteByCodeHash(db: Kysely<Database>, codeHash: string) {
  return db.selectFrom('invites').selectAll().where('code_hash', '=', codeHash).executeTakeFirst();
}

/** The viewer's own calendar feed (when it was made; never the token's hash). */
export function ownFeed(db: Kysely<Database>, viewer: PartnerViewer) {
  return wholeCouple(db, viewer.couple.id, 'ritual_feeds')
    .select('created_at')
    .where('user_id', '=', viewer.userId)
    .executeTakeFirst();
}

/** A person's push subscriptions (every device they allowed), for sending them a reminder. */
export function pushSubscriptionsOf(db: Kysely<Database>, coupleId: string, userId: string) {
  return wholeCouple(db, coupleId, 'push_subscriptions')
    .select(['endpoint_hash', 'endpoint', 'p256dh', 'auth'])
    .where('user_id', '=', userId)
    .execute();
}

/** Everyone who allowed reminders on at least one device, with their settings and time zone. */
export function reminderRecipients(db: Kysely<Database>) {
  return db
    .selectFrom('reminder_settings')
    .innerJoin('members', (j) =>
      j
        .onRef('members.couple_id', '=', 'reminder_settings.couple_id')
        .onRef('members.user_id', '=', 'reminder_settings.user_id'),
    )
    .selectAll('reminder_settings')
    .select('members.time_zone')
    .where('members.role', '=', 'partner')
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('push_subscriptions')
          .select('push_subscriptions.user_id')
          .whereRef('push_subscriptions.couple_id', '=', 'reminder_settings.couple_id')
          .whereRef('push_subscriptions.user_id', '=', 'reminder_settings.user_id'),
      ),
    )
    .execute();
}

/** The feed a token's hash opens: one partner's, with their time zone. The token grants that feed only. */
export function feedByTokenHash(db: Kysely<Database>, tokenHash: string) {
  return db
    .selectFrom('ritual_feeds')
    .innerJoin('members', (j) =>
      j
        .onRef('members.couple_id', '=', 'ritual_feeds.couple_id')
        .onRef('members.user_id', '=', 'ritual_feeds.user_id'),
    )
    .select(['ritual_feeds.couple_id', 'ritual_feeds.user_id', 'members.time_zone'])
    .where('ritual_feeds.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/**
 * The SRBAI answers behind the automaticity both partners see: a one-owner habit's owner's, and
 * the viewer's own on a shared habit. Anyone else's answers stay theirs.
 */
export function habitAnswersForStrength(db: Kysely<Database>, viewer: PartnerViewer, habitId?: string) {
  let q = wholeCouple(db, viewer.couple.id, 'habit_srbai')
    .innerJoin('habits', (j) =>
      j
        .onRef('habits.couple_id', '=', 'habit_srbai.couple_id')
        .onRef('habits.id', '=', 'habit_srbai.habit_id'),
    )
    .select([
      'habit_srbai.habit_id',
      'habit_srbai.user_id',
      'habit_srbai.date',
      'habit_srbai.items',
      'habit_srbai.automaticity',
    ])
    .where((eb) =>
      eb.or([
        eb.and([eb('habits.owner', '=', 'both'), eb('habit_srbai.user_id', '=', viewer.userId)]),
        eb.and([eb('habits.owner', '!=', 'both'), eb('habit_srbai.user_id', '=', eb.ref('habits.owner'))]),
      ]),
    );
  if (habitId) q = q.where('habit_srbai.habit_id', '=', habitId);
  return q.orderBy('habit_srbai.date').execute();
}

/** A partner found by email, for the command line (the operator names whose data to touch). */
export function partnerByEmail(db: Kysely<Database>, email: string) {
  return db
    .selectFrom('users')
    .innerJoin('members', 'members.user_id', 'users.id')
    .select(['users.id', 'members.couple_id'])
    .where('users.email', '=', email.toLowerCase())
    .where('members.role', '=', 'partner')
    .executeTakeFirst();
}

/*
 * Experiments (issue 14) are the couple's shared structure: both partners see each experiment,
 * its design, rule and acceptances. Only a performer taps adherence; only the blinded partner
 * guesses phases. Blinding is a boundary like privacy: while an experiment runs, its blinded
 * partner gets nothing that reveals a day's phase — no schedule or seed, no today's phase, no
 * adherence taps (they only happen on B days), no results — in any view, export or feed.
 * Ratings enter an analysis only through `visibleCheckins` of the viewer it is computed for.
 */

export function coupleExperiments(
  db: Kysely<Database>,
  viewer: PartnerViewer,
): SelectQueryBuilder<Database, 'experiments', object> {
  return coupleRows(db, viewer.couple.id, 'experiments');
}

/**
 * Every adherence tap of the couple's experiments, both partners'. Only for presenting an
 * experiment, which shows taps and results to a partner only when `mayKnowPhase` allows.
 */
export function experimentTaps(db: Kysely<Database>, viewer: PartnerViewer) {
  return wholeCouple(db, viewer.couple.id, 'experiment_adherence');
}

/** Every phase guess of the couple's experiments; presenting shows them as `mayKnowPhase` allows. */
export function experimentGuesses(db: Kysely<Database>, viewer: PartnerViewer) {
  return wholeCouple(db, viewer.couple.id, 'experiment_guesses');
}

/*
 * Anchors and stress periods (issue 18) are the couple's shared structure: either partner names,
 * lowers, checks off or removes an anchor, and opens or closes a stress period (queried with
 * `couple_id = viewer.couple.id`). An anchor kept by log entries counts only the entries the
 * viewer may see (`visibleLog`), so a private entry keeps it for its author alone. Crisis mode is
 * the one place a partner changes the other's habits: it pauses every active habit of the couple
 * (a stress period is decided together, and a pause is undone when the period closes). A stress
 * period opens only from a shared life event, since its name becomes the period's.
 *
 * Exploration: ideas, draws and tries are shared; a partner's rating of a try is seen by the other
 * only once both have rated (so neither answer leans on the other).
 */

/**
 * Every rating of the couple's tries. Only for presenting exploration, which shows a partner's
 * rating of a try once both have rated it (so neither answer leans on the other).
 */
export function explorationRatings(db: Kysely<Database>, viewer: PartnerViewer) {
  return wholeCouple(db, viewer.couple.id, 'exploration_ratings');
}

/**
 * The viewer behind an email address, as a session would resolve it: for the command line
 * (`attune report`), which must see exactly what that person's app shows.
 */
export function viewerRowByEmail(db: Kysely<Database>, email: string) {
  return db
    .selectFrom('users')
    .leftJoin('members', (join) =>
      join.onRef('members.user_id', '=', 'users.id').on('members.role', '=', 'partner'),
    )
    .leftJoin('coach_profiles', 'coach_profiles.user_id', 'users.id')
    .select([
      'users.id as user_id',
      'users.email',
      'members.couple_id',
      'members.role',
      'members.display_name',
      'members.time_zone',
      'coach_profiles.display_name as coach_name',
    ])
    .where('users.email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
}

/** Every couple with its first partner's time zone: for housekeeping's automatic snapshots. */
export async function coupleTimeZones(
  db: Kysely<Database>,
): Promise<{ coupleId: string; timeZone: string }[]> {
  const rows = await db
    .selectFrom('members')
    .select(['couple_id', 'time_zone'])
    .where('role', '=', 'partner')
    .orderBy('couple_id')
    .orderBy('joined_at')
    .orderBy('user_id')
    .execute();
  const first = new Map<string, string>();
  for (const r of rows) if (!first.has(r.couple_id)) first.set(r.couple_id, r.time_zone);
  return [...first].map(([coupleId, timeZone]) => ({ coupleId, timeZone }));
}

/*
 * Alignment (issue 17). An answer is sealed: until both partners have submitted, only its author
 * sees anything of it — the partner (or anyone else) learns one bit, submitted or not yet, and
 * not whether a draft exists, its content or its length. The second submission turns both
 * answers from 'sealed' to 'shared' in one transaction: both are revealed at once. Every read of
 * an answer goes through these two statements.
 */

/** The alignment answers this viewer may see: their own, and any answer already revealed. */
export function visibleAlignmentAnswers(
  db: Kysely<Database>,
  viewer: PartnerViewer,
): SelectQueryBuilder<Database, 'alignment_answers', object> {
  return visibleRows(db, viewer, 'alignment_answers');
}

/** The one thing known of a sealed answer: who submitted in which round (never a draft). */
export function submittedAlignmentAnswers(db: Kysely<Database>, viewer: PartnerViewer) {
  return db
    .selectFrom('alignment_answers')
    .select(['alignment_answers.round_id', 'alignment_answers.author_id'])
    .where('alignment_answers.couple_id', '=', viewer.couple.id)
    .where('alignment_answers.submitted_at', 'is not', null);
}

/*
 * Coach (issue 17). A coach reads a couple only through a link a partner opened, the coach
 * redeemed, and both partners consented to, naming the areas the coach may see; either partner
 * revokes it at any time. Access is decided by `coachAccess` on every request from the rows as
 * they are — no grant is remembered between requests, so a revocation refuses the very next one.
 * What the coach then reads goes through `visibleRows` with COACH_READS.
 */

/** The couple's links to coaches, newest first, with each coach's name (never a code's hash). */
export function coupleCoachLinks(db: Kysely<Database>, viewer: PartnerViewer) {
  return wholeCouple(db, viewer.couple.id, 'coach_links')
    .leftJoin('coach_profiles', 'coach_profiles.user_id', 'coach_links.coach_id')
    .select([
      'coach_links.id',
      'coach_links.invited_by',
      'coach_links.created_at',
      'coach_links.expires_at',
      'coach_links.coach_id',
      'coach_links.joined_at',
      'coach_links.revoked_at',
      'coach_links.revoked_by',
      'coach_profiles.display_name as coach_name',
    ])
    .orderBy('coach_links.created_at', 'desc')
    .orderBy('coach_links.id', 'desc')
    .execute();
}

/** Every partner's consent to the couple's links. */
export function coupleCoachConsents(db: Kysely<Database>, coupleId: string) {
  return wholeCouple(db, coupleId, 'coach_consents').select(['link_id', 'user_id', 'areas']).execute();
}

/** The link a coach invite code's hash belongs to: whoever holds the code may try to redeem it. */
export function coachLinkByCodeHash(db: Kysely<Database>, codeHash: string) {
  return db.selectFrom('coach_links').selectAll().where('code_hash', '=', codeHash).executeTakeFirst();
}

/**
 * The couples a coach is admitted to right now, with the consents behind each: links the coach
 * joined, not revoked, and consented to by both of the couple's current partners. Each couple's
 * areas are those both named; the first partner's time zone gives the couple's "today".
 */
export async function coachAdmissions(
  db: Kysely<Database>,
  coachId: string,
  coupleId?: string,
): Promise<(CoachReader & { lastSessionOn: string | null; partners: { userId: string; name: string }[] })[]> {
  let q = db
    .selectFrom('coach_links')
    .innerJoin('members', (j) =>
      j.onRef('members.couple_id', '=', 'coach_links.couple_id').on('members.role', '=', 'partner'),
    )
    .leftJoin('coach_consents', (j) =>
      j
        .onRef('coach_consents.couple_id', '=', 'coach_links.couple_id')
        .onRef('coach_consents.link_id', '=', 'coach_links.id')
        .onRef('coach_consents.user_id', '=', 'members.user_id'),
    )
    .select([
      'coach_links.couple_id',
      'coach_links.id as link_id',
      'coach_links.last_session_on',
      'members.user_id',
      'members.display_name',
      'members.time_zone',
      'members.joined_at',
      'coach_consents.areas',
    ])
    .where('coach_links.coach_id', '=', coachId)
    .where('coach_links.revoked_at', 'is', null)
    .where('coach_links.joined_at', 'is not', null);
  if (coupleId) q = q.where('coach_links.couple_id', '=', coupleId);
  const rows = await q
    .orderBy('coach_links.couple_id')
    .orderBy('members.joined_at')
    .orderBy('members.user_id')
    .execute();
  const byCouple = new Map<string, typeof rows>();
  for (const r of rows) byCouple.set(r.couple_id, [...(byCouple.get(r.couple_id) ?? []), r]);
  const out = [];
  for (const [id, members] of byCouple) {
    // Admitted only when both partners of a two-person couple consented.
    if (members.length !== 2 || members.some((m) => m.areas === null)) continue;
    out.push({
      userId: coachId,
      couple: { id, timeZone: members[0]!.time_zone },
      asCoach: {
        linkId: members[0]!.link_id,
        areas: consentedAreas(members.map((m) => JSON.parse(m.areas!) as string[])),
      },
      lastSessionOn: members[0]!.last_session_on,
      partners: members.map((m) => ({ userId: m.user_id, name: m.display_name })),
    });
  }
  return out;
}

/** A coach's reader for one couple, decided now; null when not (or no longer) admitted. */
export async function coachAccess(db: Kysely<Database>, coachId: string, coupleId: string) {
  const [one] = await coachAdmissions(db, coachId, coupleId);
  return one ?? null;
}

/** The suggestions one coach made one couple, newest first: the coach's own, nothing else. */
export function coachOwnSuggestions(db: Kysely<Database>, reader: CoachReader) {
  return wholeCouple(db, reader.couple.id, 'coach_suggestions')
    .selectAll()
    .where('coach_id', '=', reader.userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}
