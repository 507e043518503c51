import type { Kysely } from 'kysely';
import { AppError, notFound } from '../../server/errors.ts';
import { ErrorBody } from '../../server/schemas.ts';
import { isHabitOwner, type PartnerViewer } from '../../storage/scope.ts';
import type { Database, HabitRow } from '../../storage/tables.ts';
import { presentHabits } from './present.ts';
import * as store from './store.ts';

// Shared by the habit routes and the check-off routes.
export const tags = ['habits'];
export const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export async function ownHabit(db: Kysely<Database>, viewer: PartnerViewer, id: string): Promise<HabitRow> {
  const row = await store.findHabit(db, viewer, id);
  if (!row) throw notFound('That habit');
  if (!isHabitOwner(viewer, row))
    throw new AppError(
      'forbidden',
      'Only the partner whose habit this is can do that; you can cheer them on.',
    );
  return row;
}

export async function one(db: Kysely<Database>, viewer: PartnerViewer, id: string) {
  const [view] = await presentHabits(db, viewer, id);
  if (!view) throw notFound('That habit');
  return view;
}
