import { useQuery } from '@tanstack/react-query';
import { Suspense, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { formatDay } from '../../ui/dates.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { SERIES_COLOURS } from '../../ui/kit/Chart.tsx';
import { TimeChartOrWait } from '../../ui/kit/plot/LazyTimeChart.tsx';
import { dayNumber, dayString } from '../../ui/kit/plot/time.ts';
import { Select } from '../../ui/kit/Select.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Screen } from '../../ui/Screen.tsx';
import { AnnotationStory } from './AnnotationStory.tsx';
import { type Annotation, type History, historyQueries } from './queries.ts';
import { annotationTitle } from './words.ts';
import './history.css';

/** Spans drawn as shaded bands; everything else is a marked day. */
const BAND_KINDS = new Set<Annotation['kind']>(['stress_period', 'experiment', 'anchor_lapsed']);

/**
 * The training history: each metric over time for both partners (what this person may see), with
 * what happened marked on it. Zoom from three years to a week; tap a mark for its story; the
 * chart's table and the list below say the same in words.
 */
export default function HistoryPage() {
  const query = useQuery(historyQueries.all());
  return (
    <Screen
      title={t('history.title')}
      intro={<p className="muted">{t('history.intro')}</p>}
      loadingLabel={t('history.loading')}
      query={query}
      isEmpty={(h) => h.metrics.every((m) => m.series.every((s) => s.values.every((v) => v === null)))}
      empty={
        <EmptyState title={t('history.emptyTitle')}>
          <p>{t('history.emptyBody')}</p>
          <Link href={paths.checkin}>{t('history.emptyLink')}</Link>
        </EmptyState>
      }
    >
      {(h) => (
        // Loading until the chart's code is there too (the route asks for it with the data).
        <Suspense fallback={<Loading label={t('history.loading')} />}>
          <HistoryView history={h} />
        </Suspense>
      )}
    </Screen>
  );
}

function HistoryView({ history: h }: { history: History }) {
  const [metricKey, setMetricKey] = useState('satisfaction');
  const [open, setOpen] = useState<string | null>(null);
  const metric = h.metrics.find((m) => m.key === metricKey) ?? h.metrics[0]!;
  const dates = useMemo(() => {
    const first = dayNumber(h.from);
    return Array.from({ length: dayNumber(h.to) - first + 1 }, (_, i) => dayString(first + i));
  }, [h.from, h.to]);
  const names = new Map(h.partners.map((p) => [p.id, p]));
  const series = metric.series.map((s) => {
    const p = names.get(s.partnerId);
    return {
      key: s.partnerId,
      label: p?.self ? t('history.you') : (p?.name ?? t('history.formerPartner')),
      values: s.values,
      colour: p?.self ? SERIES_COLOURS.me : SERIES_COLOURS.partner,
      rolling: 7,
    };
  });
  const bands = h.annotations
    .filter((a) => BAND_KINDS.has(a.kind))
    .map((a) => ({
      key: a.id,
      from: [a.date, h.from].sort()[1]!,
      to: [a.until ?? h.to, h.to].sort()[0]!,
      label: annotationTitle(a),
      colour: a.kind === 'experiment' ? SERIES_COLOURS.categorical[2] : undefined,
    }));
  const marks = h.annotations.map((a) => ({ key: a.id, date: a.date, label: annotationTitle(a) }));
  const story = h.annotations.find((a) => a.id === open) ?? null;

  return (
    <>
      <Select label={t('history.metric')} value={metric.key} onChange={(e) => setMetricKey(e.target.value)}>
        {h.metrics.map((m) => (
          <option key={m.key} value={m.key}>
            {metricName(m.key, m.name)}
          </option>
        ))}
      </Select>
      <TimeChartOrWait
        label={t('history.chartLabel', { metric: metricName(metric.key, metric.name) })}
        dates={dates}
        series={series}
        bands={bands}
        annotations={marks}
        onAnnotation={setOpen}
        yDomain={[metric.min, metric.max]}
        exportName="attune-history"
        height={240}
      >
        <p className="muted small">{t('history.howToRead')}</p>
      </TimeChartOrWait>
      {story ? <AnnotationStory annotation={story} onClose={() => setOpen(null)} /> : null}
      <section className="history-events" aria-labelledby="history-events">
        <h2 id="history-events">{t('history.whatHappened')}</h2>
        {h.annotations.length === 0 ? (
          <p className="muted">{t('history.nothingMarked')}</p>
        ) : (
          <ol className="plain-list history-event-list">
            {[...h.annotations].reverse().map((a) => (
              <li key={a.id}>
                <button type="button" className="link-button" onClick={() => setOpen(a.id)}>
                  <span className="history-event-date">{formatDay(a.date, 'medium')}</span>{' '}
                  <span className={`history-kind kind-${a.kind}`}>{t(`history.kind.${a.kind}`)}</span>{' '}
                  {annotationTitle(a)}
                </button>
              </li>
            ))}
          </ol>
        )}
      </section>
      <p>
        <Link href={paths.insights}>{t('history.toInsights')}</Link>
      </p>
    </>
  );
}

const BUILT_IN = ['satisfaction', 'energy', 'connection', 'conflicts', 'positives'] as const;

/** A built-in metric's name in the reader's language; a custom one as the couple named it. */
function metricName(key: string, name: string): string {
  return (BUILT_IN as readonly string[]).includes(key)
    ? t(`history.metric.${key as (typeof BUILT_IN)[number]}`)
    : name;
}
