import { useQuery } from '@tanstack/react-query';
import { formatPercent, t } from '../../i18n.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { Screen } from '../../ui/Screen.tsx';
import { useSetPace } from './mutations.ts';
import { paceQueries } from './queries.ts';

const SIZES = ['small', 'medium', 'large'] as const;
const pct = (x: number | null) => (x === null ? t('pace.noData') : formatPercent(x));

/** Pace per domain: the couple's choice, the weekly adherence behind the advice, and why. */
export default function PacePage() {
  const pace = useQuery(paceQueries.list());
  const set = useSetPace();
  return (
    <Screen title={t('pace.title')} loadingLabel={t('pace.loading')} query={pace}>
      {(data) => (
        <>
          <p className="muted">{data.explanation}</p>
          <FormError message={splitError(set.error, []).form} />
          <ul className="plain-list cards">
            {data.domains.map((d) => (
              <li key={d.domain} className="card">
                <h2>{d.label}</h2>
                <p>
                  {t('pace.current', {
                    n: d.maxActive,
                    size: t(`pace.size.${d.size as (typeof SIZES)[number]}`),
                  })}{' '}
                  <span className="muted">{d.decidedAt ? '' : t('pace.default')}</span>
                </p>
                <p className="muted">
                  {d.adherence.every((x) => x === null)
                    ? t('pace.noWeeks')
                    : t('pace.adherence', { weeks: d.adherence.map(pct).join(' · ') })}
                </p>
                <p>
                  <strong>{t(`pace.advice.${d.advice}`)}</strong>
                </p>
                <ul>
                  {d.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
                <div className="field">
                  <label htmlFor={`pace-${d.domain}`}>{t('pace.choose')}</label>
                  <select
                    id={`pace-${d.domain}`}
                    value={`${d.maxActive}-${d.size}`}
                    disabled={set.isPending}
                    onChange={(e) => {
                      const [n, size] = e.target.value.split('-') as [string, (typeof SIZES)[number]];
                      set.mutate({ domain: d.domain, maxActive: Number(n), size });
                    }}
                  >
                    {[1, 2, 3, 4, 5].flatMap((n) =>
                      SIZES.map((s) => (
                        <option key={`${n}-${s}`} value={`${n}-${s}`}>
                          {t('pace.current', { n, size: t(`pace.size.${s}`) })}
                        </option>
                      )),
                    )}
                  </select>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </Screen>
  );
}
