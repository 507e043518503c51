import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'wouter';
import { type MessageKey, t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { ScaleInput } from '../../ui/kit/ScaleInput.tsx';
import { type Phrase, sayPhrases } from '../../ui/phrases.ts';
import { Screen } from '../../ui/Screen.tsx';
import { Csi4Chart } from './Csi4Chart.tsx';
import { formatMonth } from './format.ts';
import { useAnswerCsi4 } from './mutations.ts';
import { type Csi4Overview, checkinQueries } from './queries.ts';
import './checkins.css';

/*
 * The CSI-4 (Funk & Rogge 2007): item 1 is answered 0–6, items 2–4 are 0–5; the labels are the
 * published answer labels, in the published order.
 */
const TRUE_SCALE: MessageKey[] = [
  'csi4.true0',
  'csi4.true1',
  'csi4.true2',
  'csi4.true3',
  'csi4.true4',
  'csi4.true5',
];
const AMOUNT_SCALE: MessageKey[] = [
  'csi4.amount0',
  'csi4.amount1',
  'csi4.amount2',
  'csi4.amount3',
  'csi4.amount4',
  'csi4.amount5',
];
const ITEMS: { question: MessageKey; answers: MessageKey[] }[] = [
  {
    question: 'csi4.q1',
    answers: [
      'csi4.happy0',
      'csi4.happy1',
      'csi4.happy2',
      'csi4.happy3',
      'csi4.happy4',
      'csi4.happy5',
      'csi4.happy6',
    ],
  },
  { question: 'csi4.q2', answers: TRUE_SCALE },
  { question: 'csi4.q3', answers: AMOUNT_SCALE },
  { question: 'csi4.q4', answers: AMOUNT_SCALE },
];
const MAX = 21;

type Result = {
  total: number;
  distressed: boolean;
  phrases: readonly Phrase[];
  month: string;
  visibility: 'shared' | 'private';
};

/** The 0–21 bar with the 13.5 line; the words next to it carry the meaning. */
function ScoreBar({ total, cutoff }: { total: number; cutoff: number }) {
  return (
    <div className="csi4-bar" aria-hidden="true">
      <div className="fill" style={{ width: `${(total / MAX) * 100}%` }} />
      <div className="line" style={{ left: `${(cutoff / MAX) * 100}%` }}>
        <span>{cutoff}</span>
      </div>
    </div>
  );
}

/** Once a month, four questions; the score in plain words; private unless shared. */
export default function Csi4Page() {
  const overview = useQuery(checkinQueries.csi4());
  return (
    <Screen
      title={t('csi4.title')}
      actions={
        <Link href={paths.checkin} className="button secondary small">
          {t('checkin.title')}
        </Link>
      }
      loadingLabel={t('csi4.loading')}
      query={overview}
    >
      {(o) => <Csi4Body o={o} />}
    </Screen>
  );
}

function Csi4Body({ o }: { o: Csi4Overview }) {
  const id = useId();
  const answer = useAnswerCsi4();
  const [items, setItems] = useState<(number | null)[]>([null, null, null, null]);
  const [share, setShare] = useState(false);
  const [missing, setMissing] = useState(false);

  const mineNow = o.results.find((r) => r.mine && r.month === o.month);
  const result: Result | undefined = answer.data ?? mineNow;
  const history = o.results.filter((r) => r !== mineNow);
  const errors = splitError(answer.error, []);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (items.some((v) => v === null)) {
      setMissing(true);
      return;
    }
    setMissing(false);
    answer.mutate({ items: items as number[], visibility: share ? 'shared' : 'private' });
  };

  return (
    <>
      {result ? (
        <section className="card" aria-labelledby={`${id}-result`} aria-live="polite">
          <h2 id={`${id}-result`}>{t('csi4.yourScore', { month: formatMonth(result.month) })}</h2>
          <p className="big-number">{t('csi4.score', { total: result.total })}</p>
          <ScoreBar total={result.total} cutoff={o.cutoff} />
          <p>{sayPhrases(result.phrases)}</p>
          <p className="muted">
            {t(result.visibility === 'shared' ? 'csi4.isShared' : 'csi4.isPrivate')} {t('csi4.next')}
          </p>
        </section>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <p>{t('csi4.intro')}</p>
          {ITEMS.map((item, i) => (
            <ScaleInput
              key={item.question}
              className="card csi4-item"
              legend={`${i + 1}. ${t(item.question)}`}
              name={`${id}-q${i}`}
              labels={item.answers.map((a) => t(a))}
              value={items[i] ?? null}
              onChange={(v) => setItems((s) => s.map((x, j) => (j === i ? v : x)))}
            />
          ))}
          <label className="choice">
            <input
              type="checkbox"
              checked={share}
              aria-describedby={`${id}-share-hint`}
              onChange={(e) => setShare(e.target.checked)}
            />
            {t('csi4.share')}
          </label>
          <p className="hint" id={`${id}-share-hint`}>
            {t('csi4.shareHint')}
          </p>
          <FormError message={missing ? t('csi4.missing') : errors.form} />
          <p className="actions">
            <button type="submit" className="button" disabled={answer.isPending}>
              {answer.isPending ? t('common.saving') : t('csi4.submit')}
            </button>
          </p>
        </form>
      )}
      <h2 className="csi4-about">{t('csi4.meaningTitle')}</h2>
      <p>{sayPhrases(o.meaningPhrases)}</p>
      <p className="muted">{t('csi4.kind')}</p>
      {history.length > 0 ? (
        <>
          <h2>{t('csi4.history')}</h2>
          <Csi4Chart overview={o} />
          <ul className="review-list">
            {history.map((r) => (
              <li key={r.id}>
                {t(r.mine ? 'csi4.historyMine' : 'csi4.historyPartner', {
                  month: formatMonth(r.month),
                  total: r.total,
                })}
                {r.mine && r.visibility === 'private' ? ` · ${t('csi4.private')}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
