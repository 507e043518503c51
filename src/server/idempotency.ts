import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { nowIso } from '../storage/ids.ts';
import type { Database } from '../storage/tables.ts';
import { AppError, invalid } from './errors.ts';

/** Which request a key was used for: method, URL (with its query) and the parsed body. */
function requestHash(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
    .digest('hex');
}

/**
 * Runs a write at most once per (user, Idempotency-Key): the write and the remembered answer
 * commit in one transaction, and a retry of the same request with the same key gets the first
 * answer back. Keys belong to one user: another user's identical key is a key of its own. The
 * same key with a different request is a 422, never the first request's answer. Without the
 * header the write simply runs; a write of several statements opens its own transaction.
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
  const hash = requestHash(request);
  const seen = async () => {
    const row = await db
      .selectFrom('idempotency')
      .select(['status', 'body', 'request_hash'])
      .where('user_id', '=', userId)
      .where('key', '=', key)
      .executeTakeFirst();
    // Keys remembered before requests were (migration 0005) have no hash to compare.
    if (row && row.request_hash !== null && row.request_hash !== hash)
      throw new AppError(
        'idempotency_key_reused',
        'This Idempotency-Key was already used for a different request. Send a new key with a new request.',
        'Idempotency-Key',
      );
    return row;
  };
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
        .values({
          user_id: userId,
          key,
          status,
          body: JSON.stringify(r),
          created_at: nowIso(),
          request_hash: hash,
        })
        .execute();
      return r;
    });
    reply.status(status);
    return result;
  } catch (error) {
    // A concurrent retry committed first: answer as it did (or refuse, if it was another request).
    const raced = await seen();
    if (!raced) throw error;
    reply.status(raced.status);
    return JSON.parse(raced.body) as T;
  }
}
