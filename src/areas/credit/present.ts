import type { Kysely } from 'kysely';
import type { PartnerViewer } from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';
import { findLoops, type Loop, loopText } from '../log/loops.ts';
import { DerivedCache } from './cache.ts';
import { type CreditScan, type Hint, returnsAfterDismissal, scanCredit, type TestedPair } from './hints.ts';
import type { ActionRef } from './series.ts';
import * as store from './store.ts';

/*
 * From cached scans to what one viewer is shown: names instead of ids, "you" and "your partner",
 * decisions applied, hints in plain words. A scan is computed once per viewer and data version.
 */

const scans = new DerivedCache<CreditScan>();
const loops = new DerivedCache<Loop[]>();

/**
 * The viewer's scan: from the cache when nothing changed since it was computed. `fingerprint`:
 * one already read for this request (store.dataFingerprint), so a page reads it once.
 */
export async function creditScanFor(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  fingerprint?: string,
): Promise<CreditScan> {
  return scans.get(
    `${viewer.couple.id}:${viewer.userId}`,
    fingerprint ?? (await store.dataFingerprint(db, viewer)),
    async () => scanCredit(await store.loadCreditRows(db, viewer)),
  );
}

/** The viewer's loops: from the cache when nothing changed since they were found. */
export async function loopsFor(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  fingerprint?: string,
): Promise<Loop[]> {
  return loops.get(
    `${viewer.couple.id}:${viewer.userId}`,
    fingerprint ?? (await store.dataFingerprint(db, viewer)),
    async () => {
      const [entries, checkins] = await Promise.all([
        store.loadLoopEntries(db, viewer),
        store.loadLoopCheckins(db, viewer),
      ]);
      return findLoops(entries, checkins);
    },
  );
}

/** For the bench and tests: forget every cached result. */
export function clearCreditCaches(): void {
  scans.clear();
  loops.clear();
}

type Who = 'me' | 'partner';

export interface Names {
  whoOf: (userId: string) => Who;
  nameOf: (userId: string) => string;
  emailOf: (userId: string) => string;
}

export async function namesFor(db: Kysely<Database>, viewer: PartnerViewer): Promise<Names> {
  const partners = await store.listPartners(db, viewer);
  const by = new Map(partners.map((p) => [p.userId, p]));
  return {
    whoOf: (id) => (id === viewer.userId ? 'me' : 'partner'),
    nameOf: (id) => by.get(id)?.name ?? 'Your partner',
    emailOf: (id) => by.get(id)?.email ?? '',
  };
}

const METRIC_WORDS: Record<string, string> = {
  satisfaction: 'satisfaction',
  energy: 'energy',
  connection: 'felt connection',
};

export function actionWords(a: ActionRef, names: Names): string {
  const who = names.whoOf(a.who) === 'me' ? 'your' : `${names.nameOf(a.who)}’s`;
  if ('kind' in a) return `${who} ${a.kind === 'appreciation' ? 'appreciations' : `${a.kind}s`}`;
  if ('habit' in a) return `${who} habit “${a.label}”`;
  return `${who} ritual “${a.label}”`;
}

function outcomeWords(o: TestedPair['outcome'], names: Names): string {
  const who = names.whoOf(o.who) === 'me' ? 'your' : `${names.nameOf(o.who)}’s`;
  return `${who} ${METRIC_WORDS[o.metric] ?? o.metric}`;
}

function when(lag: number): string {
  return lag === 0 ? 'the same day' : lag === 1 ? 'the next day' : `${lag} days later`;
}

/** A tested pair in plain words, candid about chance. */
export function hintText(t: TestedPair, names: Names, alpha: number): string {
  const action = actionWords(t.action, names);
  const outcome = outcomeWords(t.outcome, names);
  if (!t.discovery || t.effect === null || !t.effectInterval)
    return `No clear pattern between ${action} and ${outcome} ${when(t.lagDays)}${t.q === null ? ' (too little data to test)' : ''}.`;
  const f = (x: number) => Math.abs(x).toFixed(1);
  const dir = t.effect > 0 ? 'higher' : 'lower';
  return `We notice that after ${action}, ${outcome} tends to be ${dir} ${when(t.lagDays)}: about ${f(t.effect)} points (somewhere between ${f(t.effectInterval.lower)} and ${f(t.effectInterval.upper)}). It may be chance: about ${Math.round(alpha * 100)} in 100 such hints are. Does it ring true to you?`;
}

export interface ShownHint extends Hint {
  text: string;
  decision: 'confirmed' | null;
  /** Dismissed before, back because its evidence grew clearly. */
  returned: boolean;
}

/** The hints this viewer is shown: dismissed ones stay away unless their evidence grew clearly. */
export async function presentHints(db: Kysely<Database>, viewer: PartnerViewer) {
  const [scan, decisions, names] = await Promise.all([
    creditScanFor(db, viewer),
    store.listDecisions(db, viewer),
    namesFor(db, viewer),
  ]);
  const decided = new Map(decisions.map((d) => [d.hint_key, d]));
  const hints: ShownHint[] = [];
  let dismissed = 0;
  for (const h of scan.hints) {
    const d = decided.get(h.key);
    const returned = d?.decision === 'dismissed' && returnsAfterDismissal(h.q, d.q_ppm / 1e6);
    if (d?.decision === 'dismissed' && !returned) {
      dismissed++;
      continue;
    }
    hints.push({
      ...h,
      text: hintText(h, names, scan.alpha),
      decision: d?.decision === 'confirmed' ? 'confirmed' : null,
      returned,
    });
  }
  return { scan, hints, dismissed, names };
}

/** The viewer's loops with their words. */
export async function presentLoops(db: Kysely<Database>, viewer: PartnerViewer, fingerprint?: string) {
  const [found, names] = await Promise.all([loopsFor(db, viewer, fingerprint), namesFor(db, viewer)]);
  return found.map((l) => ({
    loop: l,
    text: loopText(l, (id) => (id === viewer.userId ? 'you' : names.nameOf(id))),
    name: l.type === 'broken-promises' ? names.nameOf(l.who) : null,
  }));
}
