import type { Kysely } from 'kysely';
import { AppError } from '../../server/errors.ts';
import { clearHits, extendBlock, peekHits, releaseHit, reserveHit } from '../../storage/limits.ts';
import type { Database } from '../../storage/tables.ts';
import {
  FAILURE_WINDOW_MS,
  IP_FAILURE_LIMIT,
  loginDelaySeconds,
  loginKeys,
  waitMessage,
  waitPhrase,
} from './rules.ts';

/*
 * The password-guessing limiter, shared by the login form and the app lock: both check one
 * person's password (or passkey) from one address, so both count on the same keys. A partner
 * guessing at a locked phone is slowed exactly as at the login form, and neither form is a way
 * around the other's count.
 */

/** A reserved attempt: settle it with `failed` or `succeeded`. */
export interface Attempt {
  ipKey: string;
  pairKey: string;
  /** This attempt's number in the window for the (account, address) pair. */
  n: number;
}

/** 429 with how long to wait: the latest block of the keys, or the window for a full address. */
async function tooMany(db: Kysely<Database>, keys: string[], full: boolean): Promise<AppError> {
  const states = await Promise.all(keys.map((k) => peekHits(db, k, FAILURE_WINDOW_MS)));
  const blocked = states.flatMap((s) => (s.blockedUntil ? [s.blockedUntil.getTime()] : []));
  const until = Math.max(...blocked, full ? Date.now() + FAILURE_WINDOW_MS : Date.now());
  const seconds = Math.max(1, Math.ceil((until - Date.now()) / 1000));
  return new AppError('too_many_requests', waitMessage(seconds), undefined, {
    'Retry-After': String(seconds),
  }).saying(waitPhrase(seconds));
}

/**
 * Reserves one attempt at `email`'s account from `ip` before it is checked, as if it will fail:
 * parallel guesses wait in line like sequential ones. The address has an overall cap; the
 * (account, address) pair, past its free attempts, must wait longer after each one. Throws 429.
 */
export async function reserveAttempt(db: Kysely<Database>, email: string, ip: string): Promise<Attempt> {
  const { ipKey, pairKey } = loginKeys(email, ip);
  if ((await reserveHit(db, ipKey, { windowMs: FAILURE_WINDOW_MS, limit: IP_FAILURE_LIMIT })) === null)
    throw await tooMany(db, [ipKey, pairKey], true);
  const n = await reserveHit(db, pairKey, { windowMs: FAILURE_WINDOW_MS, waitAfter: loginDelaySeconds });
  if (n === null) {
    await releaseHit(db, ipKey);
    throw await tooMany(db, [pairKey], false);
  }
  return { ipKey, pairKey, n };
}

/** A failure is already counted; its wait counts from now, not from when it was reserved. */
export async function failed(db: Kysely<Database>, attempt: Attempt): Promise<void> {
  const wait = loginDelaySeconds(attempt.n);
  if (wait > 0) await extendBlock(db, attempt.pairKey, new Date(Date.now() + wait * 1000));
}

/** A success gives its reservation back and forgives the pair's earlier failures. */
export async function succeeded(db: Kysely<Database>, attempt: Attempt): Promise<void> {
  await clearHits(db, attempt.pairKey);
  await releaseHit(db, attempt.ipKey);
}
