import type { Kysely } from 'kysely';
import { addDays, isCalendarDate } from '../../dates.ts';
import { AppError, invalid, notFound } from '../../server/errors.ts';
import { phrase } from '../../server/phrases.ts';
import { ErrorBody } from '../../server/schemas.ts';
import type { PartnerViewer } from '../../storage/scope.ts';
import type { Database, ExperimentRow } from '../../storage/tables.ts';
import { statusOf } from './rules.ts';
import * as store from './store.ts';

// Shared by the experiment routes and the day routes (taps and guesses).
export const tags = ['experiments'];
export const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
export const conflict = (message: string, field?: string) => new AppError('conflict', message, field);

/** The experiment, or 404 (another couple's is as unknown as a missing one). */
export async function load(db: Kysely<Database>, viewer: PartnerViewer, id: string): Promise<ExperimentRow> {
  const row = await store.findExperiment(db, viewer, id);
  if (!row) throw notFound('That experiment');
  return row;
}

/** One running (or accepted, not yet started) experiment per primary metric. */
export async function checkMetricFree(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  metric: string,
  metricName: string,
  today: string,
  except?: string,
) {
  const busy = (await store.listExperiments(db, viewer)).find(
    (e) => e.id !== except && e.metric === metric && statusOf(e, today) === 'running',
  );
  if (busy)
    throw conflict(
      `"${busy.title}" is already running on ${metricName}. Two experiments on one metric would blur each other; stop it or wait until it ends on ${busy.end_date}.`,
      'metric',
    ).saying(
      phrase('refuse.metricBusy', {
        title: busy.title,
        metric: metricName,
        metricKey: metric,
        date: busy.end_date!,
      }),
    );
}

/** A tap or guess is for a day of the design, up to tomorrow (partners' days differ by zone). */
export function checkDay(date: string, row: ExperimentRow, today: string): void {
  if (!isCalendarDate(date))
    throw invalid('date', `${date} is not a real calendar date.`, phrase('refuse.notADate', { value: date }));
  if (date < row.start_date! || date > row.end_date!)
    throw invalid(
      'date',
      `That day is outside the experiment (${row.start_date} to ${row.end_date}).`,
      phrase('refuse.outsideExperiment', { from: row.start_date!, to: row.end_date! }),
    );
  if (date > addDays(today, 1))
    throw invalid('date', 'That day has not come yet.', phrase('refuse.dayNotYet'));
  if (date < addDays(today, -3))
    throw invalid(
      'date',
      'A day can be filled in for 3 days; this one has passed that.',
      phrase('refuse.dayPassed', { count: 3 }),
    );
}
