import { useQuery } from '@tanstack/react-query';
import { formatPercent, locale, t } from '../../i18n.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { Screen } from '../../ui/Screen.tsx';
import { domainLabel } from '../couple/domain-label.ts';
import { useSetPace } from './mutations.ts';
import { type PaceList, paceQueries } from './queries.ts';

const SIZES = ['small', 'medium', 'large'] as const;
const pct = (x: number | null) => (x === null ? t('pace.noData') : formatPercent(x));

type Reason = PaceList['domains'][number]['why'][number];

/** Shares as a list in the reader's language: "90 %, 86 % y 100 %". */
const shares = (weeks: unknown) =>
  new Intl.ListFormat(locale(), { type: 'conjunction' }).format(
    (Array.isArray(weeks) ? weeks : []).map((x: number | null) =>
      x === null ? t('pace.noData') : formatPercent(x),
    ),
  );

/** A reason the server sent as a code and its numbers, in the reader's language. */
function reason(r: Reason): string {
  const p = r.params;
  const share = (x: unknown) => (typeof x === 'number' ? formatPercent(x) : '');
  return t(`pace.why.${r.code}`, {
    weeks: shares(p.weeks),
    below: share(p.below),
    atLeast: share(p.atLeast),
    count: typeof p.count === 'number' ? p.count : 0,
    needed: typeof p.needed === 'number' ? p.needed : 0,
    next: typeof p.next === 'number' ? p.next : 0,
  });
}

/** Pace per domain: the couple's choice, the weekly adherence behind the advice, and why. */
export default function PacePage() {
  const pace = useQuery(paceQueries.list());
  const set = useSetPace();
  return (
    <Screen title={t('pace.title')} loadingLabel={t('pace.loading')} query={pace}>
      {(data) => (
        <>
          <p className="muted">{t('pace.intro')}</p>
          <FormError message={splitError(set.error, []).form} />
          <ul className="plain-list cards">
            {data.domains.map((d) => (
              <li key={d.domain} className="card">
                <h2>{domainLabel({ id: d.domain, label: d.label })}</h2>
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
                  {d.why.map((r) => (
                    <li key={r.code}>{reason(r)}</li>
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
