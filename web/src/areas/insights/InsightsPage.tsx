import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { formatDay } from '../../ui/dates.ts';
import { Button } from '../../ui/kit/Button.tsx';
import { Card } from '../../ui/kit/Card.tsx';
import { metricLabel, sayPhrase, sayPhrases } from '../../ui/phrases.ts';
import { Screen } from '../../ui/Screen.tsx';
import { formatMonth } from '../checkins/format.ts';
import { annotationTitle } from '../history/words.ts';
import { FailureForm } from './FailureForm.tsx';
import { type Change, type Insights, insightQueries } from './queries.ts';
import { ReflectionForm } from './ReflectionForm.tsx';
import { factorName, groupValue, reportLine } from './words.ts';
import '../history/history.css';
import { ScrollRegion } from '../../ui/kit/ScrollRegion.tsx';

/** Meta-learning: the month's report, which changes stuck, stick rates, the next size, reflections. */
export default function InsightsPage() {
  const query = useQuery(insightQueries.all());
  return (
    <Screen
      title={t('insights.title')}
      intro={
        <p className="muted">
          {t('insights.intro')} <Link href={paths.history}>{t('nav.history')}</Link>
        </p>
      }
      loadingLabel={t('insights.loading')}
      query={query}
    >
      {(data) => (
        <>
          <MonthReport />
          <Changes changes={data.changes} />
          <StickRates data={data} />
          <ReflectionForm questions={data.questions} reflections={data.reflections} />
        </>
      )}
    </Screen>
  );
}

function MonthReport() {
  const report = useQuery(insightQueries.report());
  if (!report.data) return null;
  const month = formatMonth(report.data.month);
  const titles = report.data.happened.map(annotationTitle);
  return (
    <Card as="section" aria-labelledby="insights-report">
      <h2 id="insights-report">{t('insights.reportMonth', { month })}</h2>
      <ul className="plain-list insight-report">
        {report.data.phrases.map((line, i) => (
          // The lines come in a fixed order and are not reordered: the index is a stable key.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={i}>{reportLine(line, titles)}</li>
        ))}
      </ul>
    </Card>
  );
}

function Changes({ changes }: { changes: Change[] }) {
  const [analysing, setAnalysing] = useState<string | null>(null);
  return (
    <section aria-labelledby="insights-changes">
      <h2 id="insights-changes">{t('insights.changes')}</h2>
      {changes.length === 0 ? <p className="muted">{t('insights.noChanges')}</p> : null}
      <ul className="plain-list cards">
        {changes.map((c) => (
          <li key={c.id} className="card">
            <p className="muted small">
              {t(`insights.kind.${c.kind}`)} · {t('insights.since', { date: formatDay(c.since, 'medium') })}
            </p>
            <h3>{c.whatPhrase ? sayPhrase(c.whatPhrase) : c.what}</h3>
            <p>
              <span
                className={`insight-status ${c.status === 'never took hold' ? 'never' : c.status.replace(' ', '-')}`}
              >
                {t(`insights.status.${c.status}`)}
              </span>
              {' — '}
              {sayPhrases(c.phrases)}
            </p>
            {c.metric && c.metric.status === 'no change' ? (
              <p className="muted small">
                {t('insights.noShift', { metric: metricLabel(c.metric.key, c.metric.name) })}
              </p>
            ) : c.metric && c.metric.status !== 'too early' ? (
              <p className="muted small">
                {t('insights.onMetric', {
                  metric: metricLabel(c.metric.key, c.metric.name),
                  words: sayPhrases(c.metric.phrases),
                })}
              </p>
            ) : null}
            {c.abandoned && !c.analysed && analysing !== c.id ? (
              <Button variant="secondary" small onClick={() => setAnalysing(c.id)}>
                {t('insights.analyse')}
              </Button>
            ) : null}
            {analysing === c.id ? <FailureForm change={c} onDone={() => setAnalysing(null)} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

const DIMENSIONS = ['domain', 'size', 'reward', 'proposer', 'origin'] as const;

function StickRates({ data }: { data: Insights }) {
  const analysed = data.missing[0]?.of ?? 0;
  return (
    <section aria-labelledby="insights-rates">
      <h2 id="insights-rates">{t('insights.stickRates')}</h2>
      <p className="muted small">{t('insights.stickIntro')}</p>
      {data.stickRates.length === 0 ? <p>{t('insights.noRates')}</p> : null}
      {DIMENSIONS.map((d) => {
        const rows = data.stickRates.filter((r) => r.dimension === d);
        if (rows.length === 0) return null;
        return (
          <ScrollRegion key={d} label={t(`insights.dimension.${d}`)}>
            <table className="data-table">
              <caption>{t(`insights.dimension.${d}`)}</caption>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.value}>
                    <th scope="row">{groupValue(r.dimension, r.value)}</th>
                    <td>{sayPhrases(r.phrases)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        );
      })}
      <Card as="section" aria-labelledby="insights-next">
        <h3 id="insights-next">{t('insights.nextSize')}</h3>
        <p>{sayPhrases(data.nextSize.phrases)}</p>
      </Card>
      {analysed > 0 ? (
        <>
          <h3>{t('insights.missing')}</h3>
          <ul className="plain-list">
            {data.missing.map((m) => (
              <li key={m.factor}>
                {t('insights.missingRow', { factor: factorName(m.key), count: m.count, of: m.of })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
