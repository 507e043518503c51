import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { checkinQueries } from '../checkins/queries.ts';
import { logQueries } from './queries.ts';

const HIDDEN = 'attune.firstSteps.hidden';

/**
 * The first-run path, for each partner on their own: what attune is for, the first check-in,
 * the first appreciation. Each step ticks itself off; the card leaves when both are done or
 * when the person hides it (on this device).
 */
export function FirstSteps() {
  const [hidden, setHidden] = useState(() => localStorage.getItem(HIDDEN) === '1');
  const week = useQuery({ ...checkinQueries.week(), enabled: !hidden });
  const appreciation = useQuery({ ...logQueries.myFirstAppreciation(), enabled: !hidden });
  if (hidden || !week.data || !appreciation.data) return null;
  const checkedIn = week.data.days.some((d) => d.mine !== null);
  const appreciated = appreciation.data.length > 0;
  if (checkedIn && appreciated) return null;
  const step = (done: boolean, href: string, label: string, doneLabel: string) => (
    <li className={done ? 'first-step done' : 'first-step'}>
      {done ? (
        <span>
          <span aria-hidden="true">✓ </span>
          {doneLabel}
        </span>
      ) : (
        <Link href={href}>{label}</Link>
      )}
    </li>
  );
  return (
    <section className="card first-steps" aria-labelledby="first-steps-title">
      <h2 id="first-steps-title">{t('firstSteps.title')}</h2>
      <p>{t('firstSteps.what')}</p>
      <ol>
        {step(checkedIn, paths.checkin, t('firstSteps.checkin'), t('firstSteps.checkinDone'))}
        {step(
          appreciated,
          `${paths.newEntry}?kind=appreciation`,
          t('firstSteps.appreciation'),
          t('firstSteps.appreciationDone'),
        )}
      </ol>
      <button
        type="button"
        className="button secondary small"
        onClick={() => {
          localStorage.setItem(HIDDEN, '1');
          setHidden(true);
        }}
      >
        {t('firstSteps.hide')}
      </button>
    </section>
  );
}
