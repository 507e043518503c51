import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { nowIso } from '../storage/ids.ts';
import type { Database } from '../storage/tables.ts';
import { invalid } from './errors.ts';

/**
 * Runs a write at most once per (user, Idempotency-Key): the write and the remembered answer
 * commit in one transaction, and a retry with the same key gets the first answer back. Without
 * the header the write simply runs; a write of several statements opens its own transaction.
 */
export async function once<T>(
  db: Kysely<Database>,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  status: number,
  write: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  const header = request.headers['idempotency-key'];
  if (header === undefined) {
    // Nothing to remember: the write's own statement (or the transaction it opens) suffices.
    const result = await write(db);
    reply.status(status);
    return result;
  }
  const key = Array.isArray(header) ? header[0]! : header;
  if (!/^[\w-]{8,100}$/.test(key))
    throw invalid('Idempotency-Key', 'The Idempotency-Key header must be 8–100 letters, digits, - or _.');
  const seen = async () =>
    db
      .selectFrom('idempotency')
      .select(['status', 'body'])
      .where('user_id', '=', userId)
      .where('key', '=', key)
      .executeTakeFirst();
  const earlier = await seen();
  if (earlier) {
    reply.status(earlier.status);
    return JSON.parse(earlier.body) as T;
  }
  try {
    const result = await db.transaction().execute(async (trx) => {
      const r = await write(trx);
      await trx
        .insertInto('idempotency')
        .values({ user_id: userId, key, status, body: JSON.stringify(r), created_at: nowIso() })
        .execute();
      return r;
    });
    reply.status(status);
    return result;
  } catch (error) {
    // A concurrent retry committed first: answer as it did.
    const raced = await seen();
    if (!raced) throw error;
    reply.status(raced.status);
    return JSON.parse(raced.body) as T;
  }
}
