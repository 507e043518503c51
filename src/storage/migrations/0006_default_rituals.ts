import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';

// Reads do not write: the six built-in rituals used to be added the first time someone looked at
// a couple's rituals. Couples now get them when they are created; this adds them to every couple
// that has none yet. Frozen once landed: the rituals as they were at 0006, and its own UUIDv7.

const RITUALS = [
  [
    'daily_appreciation',
    'Daily appreciation',
    'Name one thing your partner did today that you appreciated, and tell them.',
    'daily',
    '20:00',
    null,
    null,
  ],
  [
    'morning_gratitude',
    'Morning gratitude share',
    'Over coffee: one thing each of you is grateful for this morning.',
    'daily',
    '07:30',
    null,
    null,
  ],
  [
    'evening_checkin',
    'Evening check-in',
    'Thirty seconds: how was today between you? Fill in your check-in.',
    'daily',
    '21:30',
    null,
    null,
  ],
  [
    'weekly_wins',
    'Weekly wins review',
    'Look at the week’s wins together: kept promises, appreciations, habits that held.',
    'weekly',
    '19:00',
    7,
    null,
  ],
  [
    'monthly_review',
    'Monthly metrics review',
    'Compare this month with the last one. What helped? What one small change comes next?',
    'monthly',
    '19:00',
    null,
    1,
  ],
  [
    'quarterly_celebration',
    'Quarterly celebration',
    'Celebrate the quarter: what you built together, and how you will mark it.',
    'quarterly',
    '18:00',
    null,
    1,
  ],
] as const;

function uuidv7(ms: number): string {
  const b = randomBytes(16);
  b.writeUIntBE(ms, 0, 6);
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export async function up(db: Kysely<any>): Promise<void> {
  const bare = await db
    .selectFrom('couples')
    .select('id')
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('rituals').select('id').whereRef('rituals.couple_id', '=', 'couples.id'))),
    )
    .execute();
  const now = Date.now();
  for (const { id } of bare) {
    await db
      .insertInto('rituals')
      .values(
        RITUALS.map(([key, title, prompt, cadence, time, weekday, day_of_month], i) => ({
          couple_id: id,
          id: uuidv7(now + i),
          key,
          title,
          prompt,
          cadence,
          time,
          weekday,
          day_of_month,
          active: 1,
          created_by: null,
          created_at: new Date(now).toISOString(),
        })),
      )
      .execute();
  }
}

// The rows added are a couple's rituals like any other; going back leaves them.
export async function down(): Promise<void> {}
