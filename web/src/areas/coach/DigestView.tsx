import { formatPercent, t } from '../../i18n.ts';
import { areaList } from './AreaChoices.tsx';
import type { Digest } from './queries.ts';
import { anchorStatusWord, experimentStatusWord, habitStatusWord, metricWord, verdictWord } from './words.ts';

/** One section of a digest: null means the couple did not consent to it; [] that nothing happened. */
function Section<T>({ title, items, line }: { title: string; items: T[] | null; line: (x: T) => string }) {
  return (
    <section className="digest-section">
      <h3>{title}</h3>
      {items === null ? (
        <p className="muted">{t('coach.digest.notShared')}</p>
      ) : items.length === 0 ? (
        <p className="muted">{t('coach.digest.nothing')}</p>
      ) : (
        <ul>
          {/* Each line is unique within its section (names and titles are). */}
          {items
            .map((x) => line(x))
            .map((text) => (
              <li key={text}>{text}</li>
            ))}
        </ul>
      )}
    </section>
  );
}

const num = (x: number | null) => (x === null ? t('coach.digest.noValue') : String(x));

/** A couple's digest for their coach, built by the server from the consented areas only. */
export function DigestView({ digest: d }: { digest: Digest }) {
  return (
    <div className="digest">
      <p className="muted">
        {t('coach.digest.period', { from: d.from, to: d.to })} ·{' '}
        {t('coach.digest.areas', { areas: areaList(d.areas) })}
      </p>
      <Section
        title={t('coach.digest.trends')}
        items={d.trends}
        line={(x) =>
          t('coach.digest.trend', {
            metric: metricWord(x.metric),
            now: num(x.thisWeek),
            before: num(x.lastWeek),
            days: x.days,
          })
        }
      />
      <Section
        title={t('coach.digest.experiments')}
        items={d.experiments}
        line={(x) =>
          `${t('coach.digest.experiment', { title: x.title, status: experimentStatusWord(x.status) })}${
            x.verdict ? ` · ${t('coach.digest.verdict', { verdict: verdictWord(x.verdict) })}` : ''
          }`
        }
      />
      <Section
        title={t('coach.digest.anchors')}
        items={d.anchors}
        line={(x) =>
          `${t('coach.digest.anchor', { name: x.name, status: anchorStatusWord(x.status), kept: x.keptInPeriod })}${
            x.lapsedInPeriod ? ` · ${t('coach.digest.lapsed')}` : ''
          }`
        }
      />
      <Section
        title={t('coach.digest.habits')}
        items={d.habits}
        line={(x) =>
          `${t('coach.digest.habit', { action: x.action, strength: formatPercent(x.strength), streak: x.currentStreak })}${
            x.status === 'active' ? '' : ` · ${habitStatusWord(x.status)}`
          }`
        }
      />
      <Section
        title={t('coach.digest.csi4')}
        items={d.csi4}
        line={(x) => t('coach.digest.csi4Line', { partner: x.partner, month: x.month, total: x.total })}
      />
    </div>
  );
}
