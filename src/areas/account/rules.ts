import { createHash } from 'node:crypto';
import { type Phrase, phrase } from '../../server/phrases.ts';

/*
 * Login throttling, as pure rules. Failures are counted per (account, address): an attacker
 * hammering Lisa's account from one address slows only that address, and Lisa can still log in
 * from her phone. Each address also has an overall limit across all accounts.
 */

/** The rate-limit keys of a login: the address, and the (account, address) pair. */
export function loginKeys(email: string, ip: string): { ipKey: string; pairKey: string } {
  const account = createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32);
  return { ipKey: `login-ip:${ip}`, pairKey: `login-pair:${account}:${ip}` };
}

/** Failed attempts per (account, address) allowed before delays start. */
export const FREE_FAILURES = 3;
export const FAILURE_WINDOW_MS = 15 * 60_000;
/** Failed logins one address may make across all accounts in the window. */
export const IP_FAILURE_LIMIT = 30;
/** Sign-ups one address may make per hour. */
export const IP_SIGNUP_LIMIT = 10;
export const SIGNUP_WINDOW_MS = 60 * 60_000;
const MAX_DELAY_S = 15 * 60;

/** How long an (account, address) must wait after its n-th failure: 0, then 1 s, 2 s, 4 s, … up to 15 min. */
export function loginDelaySeconds(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_S, 2 ** (failures - FREE_FAILURES - 1));
}

/** The same wait as a phrase code, for the web app to word in the reader's language. */
export function waitPhrase(seconds: number): Phrase {
  return seconds < 90
    ? phrase('refuse.waitSeconds', { count: Math.ceil(seconds) })
    : phrase('refuse.waitMinutes', { count: Math.ceil(seconds / 60) });
}

export function waitMessage(seconds: number): string {
  const when = seconds < 90 ? `${Math.ceil(seconds)} seconds` : `${Math.ceil(seconds / 60)} minutes`;
  return `Too many attempts. Please wait ${when} and try again.`;
}
