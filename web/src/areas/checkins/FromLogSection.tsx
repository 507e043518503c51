import { useQuery } from '@tanstack/react-query';
import { t } from '../../i18n.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { sayPhrases } from '../../ui/phrases.ts';
import { coupleQueries } from '../couple/queries.ts';
import { checkinQueries } from './queries.ts';
import { RepairChart } from './RepairChart.tsx';

const days = (x: number | null) => (x === null ? t('fromLog.none') : t('fromLog.days', { count: x }));

/** Repair latency (median and trend) and promise trust per partner, from the log. */
export function FromLogSection() {
  const data = useQuery(checkinQueries.fromLog());
  const couple = useQuery(coupleQueries.space());
  const nameOf = (id: string, mine: boolean) =>
    mine ? t('week.you') : (couple.data?.partners.find((p) => p.id === id)?.displayName ?? t('week.partner'));

  return (
    <section aria-labelledby="from-log-title">
      <h2 id="from-log-title">{t('fromLog.title')}</h2>
      {data.isPending ? <Loading label={t('fromLog.loading')} /> : null}
      {data.isError ? <LoadError error={data.error} onRetry={() => data.refetch()} /> : null}
      {data.data ? (
        <>
          <div className="card">
            <h3>{t('fromLog.repairTitle')}</h3>
            <p className="big-number">{days(data.data.repairLatency.medianDays)}</p>
            <p className="muted">
              {t('fromLog.repairCounts', {
                repaired: data.data.repairLatency.repaired,
                open: data.data.repairLatency.unrepaired,
              })}
            </p>
            <p>{sayPhrases(data.data.repairLatency.phrases)}</p>
            {data.data.repairLatency.months.some((m) => m.conflicts > 0) ? (
              <RepairChart months={data.data.repairLatency.months} />
            ) : null}
          </div>
          <div className="card">
            <h3>{t('fromLog.trustTitle')}</h3>
            <p className="hint">{t('fromLog.trustHint')}</p>
            <ul className="plain-list">
              {data.data.promiseTrust.map((p) => (
                <li key={p.partnerId}>
                  <p>
                    <strong>{nameOf(p.partnerId, p.mine)}: </strong>
                    {p.score === null
                      ? t('fromLog.noTrust')
                      : t('fromLog.trust', { score: Math.round(p.score * 100) })}
                  </p>
                  {p.score === null ? null : <p className="muted">{sayPhrases(p.phrases)}</p>}
                </li>
              ))}
            </ul>
          </div>
        </>
      ) : null}
    </section>
  );
}
