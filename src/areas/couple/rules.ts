import { randomBytes } from 'node:crypto';

/** The four domains every couple starts with; couples add their own. */
export const DEFAULT_DOMAINS: ReadonlyArray<{ id: string; label: string }> = [
  { id: 'communication', label: 'Communication' },
  { id: 'intimacy', label: 'Intimacy' },
  { id: 'conflict_resolution', label: 'Conflict resolution' },
  { id: 'logistics', label: 'Logistics' },
];

export const PARTNERS_PER_COUPLE = 2;
export const INVITE_DAYS = 7;

/** True for an IANA zone this runtime knows ("Europe/Berlin", "UTC"). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.length <= 64;
  } catch {
    return false;
  }
}

/** "Money & Chores" → "money_chores": the stable id of a domain. */
export function domainSlug(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
}

// Crockford's base32 without look-alikes: easy to read aloud and type on a phone.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A 12-character invite code (60 random bits), shown as XXXX-XXXX-XXXX. */
export function newInviteCode(): string {
  const bytes = randomBytes(12);
  let code = '';
  for (const b of bytes) code += ALPHABET[b & 31];
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}`;
}

/** What a typed code means: upper case, dashes and spaces ignored, O→0, I/L→1. */
export function normalizeInviteCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}
