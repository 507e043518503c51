import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Actor, makeCouple, useApp } from '../../../test/support/app.ts';
import { DIALECTS } from '../../../test/support/stores.ts';
import { newId } from '../../storage/ids.ts';
import { DEFAULT_DOMAINS } from '../couple/rules.ts';
import { type Answer, checkComplete, EMPTY_ANSWER } from './rules.ts';

/*
 * A model-based test of the seal (fast-check commands). Both partners draft, edit, submit, read
 * and list in random order while a partner of another couple probes the round. After every step:
 *
 * - nothing is revealed before both partners submitted;
 * - before the reveal, a partner's view of the round is exactly what the model predicts from
 *   their OWN draft and one bit of the other's ("submitted" or not) — byte for byte, so it cannot
 *   depend on whether the other has a draft, its content or its length;
 * - no text the other partner drafted reaches them (or the outsider, ever) before the reveal;
 * - after the reveal both see both answers as the model holds them.
 *
 * One app per dialect and one couple for all runs: each run deletes the couple's rounds and opens
 * a fresh one (a sign-up per run would spend its time hashing passwords).
 */

const RUNS = Number(process.env.RUNS ?? 200);
type Who = 'A' | 'B';
const other = (w: Who): Who => (w === 'A' ? 'B' : 'A');

interface Model {
  drafts: Record<Who, Answer | null>;
  submitted: Record<Who, boolean>;
  /** Every text each partner ever drafted in this run: none may reach anyone else before the reveal. */
  canaries: Record<Who, string[]>;
}
interface Real {
  actors: Record<Who, Actor>;
  outsider: Actor;
  roundId: string;
  quarter: string;
}

const revealed = (m: Model) => m.submitted.A && m.submitted.B;
const complete = (a: Answer | null) => {
  try {
    checkComplete(a ?? EMPTY_ANSWER);
    return true;
  } catch {
    return false;
  }
};

/** The exact body a partner must receive for the round before the reveal: a function of the model only. */
function expectedSealedView(m: Model, r: Real, who: Who): string {
  return JSON.stringify({
    id: r.roundId,
    quarter: r.quarter,
    state: 'open',
    me: m.submitted[who] ? 'submitted' : m.drafts[who] ? 'draft' : 'not_started',
    partner: m.submitted[other(who)] ? 'submitted' : 'not_yet',
    mine: m.drafts[who],
    reveal: null,
    metrics: [],
  });
}

/** What every response to `who` must satisfy, given the model after the step. */
function checkReceived(m: Model, who: Who, res: LightMyRequestResponse): void {
  if (!revealed(m)) {
    for (const c of m.canaries[other(who)])
      expect(res.body, `${who} received the partner's draft`).not.toContain(c);
  }
}

function checkRoundView(m: Model, r: Real, who: Who, res: LightMyRequestResponse): void {
  expect(res.statusCode, res.body).toBe(200);
  checkReceived(m, who, res);
  if (!revealed(m)) {
    expect(res.body).toBe(expectedSealedView(m, r, who));
    return;
  }
  const view = res.json();
  expect(view.state).toBe('revealed');
  expect(view.reveal.mine).toEqual(m.drafts[who]);
  expect(view.reveal.partner).toEqual(m.drafts[other(who)]);
}

/** A text whose first word is a canary, padded to an unpredictable length. */
const texts = (who: Who) =>
  fc.tuple(fc.nat(1_000_000), fc.nat(600)).map(([n, len]) => `SEAL-${who}-${n} ${'·'.repeat(len)}`);

const domainIds = DEFAULT_DOMAINS.map((d) => d.id);
const position = fc.option(fc.integer({ min: 0, max: 100 }), { nil: null });

/** A draft edit: any subset of the fields; the texts carry canaries of unpredictable length. */
function edits(who: Who) {
  return fc
    .record(
      {
        optimizingFor: fc.oneof(fc.constant(''), texts(who)),
        successMeans: texts(who),
        rewardsSought: texts(who),
        rewards: fc.uniqueArray(fc.constantFrom('Touch', 'Praise', 'Quiet time', 'Adventure', 'Gifts'), {
          maxLength: 4,
        }),
        harmonyAuthenticity: position,
        independenceConnection: position,
        growthStability: position,
        familyCareer: position,
        domains: fc.uniqueArray(fc.constantFrom(...domainIds), { maxLength: 4 }),
      },
      { requiredKeys: [] },
    )
    .filter((e) => Object.keys(e).length > 0);
}

/** A complete answer in one edit, so that runs reach submissions and reveals often. */
function completeEdit(who: Who) {
  return fc.record({
    optimizingFor: texts(who),
    successMeans: texts(who),
    rewardsSought: texts(who),
    rewards: fc.uniqueArray(fc.constantFrom('Touch', 'Praise', 'Quiet time'), { minLength: 1, maxLength: 3 }),
    harmonyAuthenticity: fc.integer({ min: 0, max: 100 }),
    independenceConnection: fc.integer({ min: 0, max: 100 }),
    growthStability: fc.integer({ min: 0, max: 100 }),
    familyCareer: fc.integer({ min: 0, max: 100 }),
    domains: fc.uniqueArray(fc.constantFrom(...domainIds), { minLength: 1, maxLength: 4 }),
  });
}

class Draft implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly who: Who,
    readonly edit: Partial<Answer>,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const res = await r.actors[this.who].patch(`/api/alignment/rounds/${r.roundId}/answer`, this.edit);
    if (m.submitted[this.who]) {
      expect(res.statusCode).toBe(409);
      checkReceived(m, this.who, res);
      return;
    }
    for (const k of ['optimizingFor', 'successMeans', 'rewardsSought'] as const) {
      const t = this.edit[k];
      if (t) m.canaries[this.who].push(t.split(' ')[0]!);
    }
    m.drafts[this.who] = { ...(m.drafts[this.who] ?? EMPTY_ANSWER), ...this.edit };
    checkRoundView(m, r, this.who, res);
  }
  toString = () => `${this.who} drafts ${JSON.stringify(this.edit).slice(0, 80)}`;
}

class Submit implements fc.AsyncCommand<Model, Real> {
  constructor(readonly who: Who) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const res = await r.actors[this.who].post(`/api/alignment/rounds/${r.roundId}/submit`);
    if (m.submitted[this.who]) {
      expect(res.statusCode).toBe(409);
      checkReceived(m, this.who, res);
    } else if (!complete(m.drafts[this.who])) {
      expect(res.statusCode, res.body).toBe(400);
      checkReceived(m, this.who, res);
    } else {
      m.submitted[this.who] = true;
      checkRoundView(m, r, this.who, res);
    }
  }
  toString = () => `${this.who} submits`;
}

/** A complete answer and its submission, one after the other: the way most runs reach a reveal. */
class Finish implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly who: Who,
    readonly edit: Answer,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    await new Draft(this.who, this.edit).run(m, r);
    await new Submit(this.who).run(m, r);
  }
  toString = () => `${this.who} finishes ${JSON.stringify(this.edit).slice(0, 80)}`;
}

class Read implements fc.AsyncCommand<Model, Real> {
  constructor(readonly who: Who) {}
  check = () => true;
  async run(m: Model, r: Real) {
    checkRoundView(m, r, this.who, await r.actors[this.who].get(`/api/alignment/rounds/${r.roundId}`));
  }
  toString = () => `${this.who} reads the round`;
}

class List implements fc.AsyncCommand<Model, Real> {
  constructor(readonly who: Who) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const res = await r.actors[this.who].get('/api/alignment');
    checkReceived(m, this.who, res);
    const summary = res.json().rounds.find((x: { id: string }) => x.id === r.roundId);
    expect(summary).toEqual({
      id: r.roundId,
      quarter: r.quarter,
      state: revealed(m) ? 'revealed' : 'open',
      me: m.submitted[this.who] ? 'submitted' : m.drafts[this.who] ? 'draft' : 'not_started',
      partner: m.submitted[other(this.who)] ? 'submitted' : 'not_yet',
    });
  }
  toString = () => `${this.who} lists the rounds`;
}

/** A partner of another couple reads, edits, submits and lists: never anything of this round. */
class Outsider implements fc.AsyncCommand<Model, Real> {
  constructor(readonly op: 'read' | 'draft' | 'submit' | 'list' | 'drift') {}
  check = () => true;
  async run(m: Model, r: Real) {
    const url = `/api/alignment/rounds/${r.roundId}`;
    const res =
      this.op === 'read'
        ? await r.outsider.get(url)
        : this.op === 'draft'
          ? await r.outsider.patch(`${url}/answer`, { optimizingFor: 'outsider' })
          : this.op === 'submit'
            ? await r.outsider.post(`${url}/submit`)
            : await r.outsider.get(this.op === 'list' ? '/api/alignment' : '/api/alignment/drift');
    expect(res.statusCode).toBe(this.op === 'list' || this.op === 'drift' ? 200 : 404);
    expect(res.body).not.toContain(r.roundId);
    for (const c of [...m.canaries.A, ...m.canaries.B]) expect(res.body).not.toContain(c);
  }
  toString = () => `outsider ${this.op}`;
}

const whos = fc.constantFrom<Who>('A', 'B');
// Finishing (a complete draft, then submit) comes up twice as often, so about half the runs reveal.
const commandArbs = [
  whos.chain((w) => edits(w).map((e) => new Draft(w, e))),
  whos.chain((w) => completeEdit(w).map((e) => new Draft(w, e))),
  whos.map((w) => new Submit(w)),
  whos.chain((w) => completeEdit(w).map((e) => new Finish(w, e))),
  whos.chain((w) => completeEdit(w).map((e) => new Finish(w, e))),
  whos.map((w) => new Read(w)),
  whos.map((w) => new List(w)),
  fc.constantFrom('read', 'draft', 'submit', 'list', 'drift' as const).map((op) => new Outsider(op)),
];

describe.each(DIALECTS)('the alignment seal, model-based, on %s', (dialect) => {
  const { app, store } = useApp(dialect);
  let actors: Record<Who, Actor>;
  let outsider: Actor;
  let coupleId: string;
  beforeAll(async () => {
    const [one, two] = await Promise.all([makeCouple(app()), makeCouple(app(), ['Ann', 'Bob'])]);
    actors = { A: one.a, B: one.b };
    coupleId = one.coupleId;
    outsider = two.a;
  });

  it(`never reveals before both submitted, and a sealed view depends on nothing of the partner's draft (${RUNS} runs)`, async () => {
    let run = 0;
    let reveals = 0;
    let sealedRuns = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(...commandArbs), { minLength: 5, maxLength: 10 }), async (cmds) => {
        run++;
        // A fresh round for the run, in one transaction (each commit waits for the disk).
        const roundId = newId();
        await store()
          .db.transaction()
          .execute(async (trx) => {
            await trx.deleteFrom('alignment_answers').where('couple_id', '=', coupleId).execute();
            await trx.deleteFrom('alignment_rounds').where('couple_id', '=', coupleId).execute();
            await trx
              .insertInto('alignment_rounds')
              .values({
                couple_id: coupleId,
                id: roundId,
                quarter: '2025-Q1',
                opened_by: 'model',
                opened_at: new Date().toISOString(),
                revealed_at: null,
              })
              .execute();
          });
        const model: Model = {
          drafts: { A: null, B: null },
          submitted: { A: false, B: false },
          canaries: { A: [], B: [] },
        };
        const real: Real = { actors, outsider, roundId, quarter: '2025-Q1' };
        await fc.asyncModelRun(() => ({ model, real }), cmds);
        if (revealed(model)) reveals++;
        else sealedRuns++;
      }),
      { numRuns: RUNS },
    );
    expect(run).toBeGreaterThanOrEqual(RUNS);
    // The runs exercised both sides of the seal.
    expect(reveals, `${reveals} of ${run} runs reached the reveal`).toBeGreaterThan(RUNS / 10);
    expect(sealedRuns, `${sealedRuns} of ${run} runs ended sealed`).toBeGreaterThan(RUNS / 10);
  }, 300_000);
});
