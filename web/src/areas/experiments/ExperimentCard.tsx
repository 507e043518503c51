import { useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { t } from '../../i18n.ts';
import { formatDay } from '../../ui/dates.ts';
import { FormError } from '../../ui/FormError.tsx';
import { Button } from '../../ui/kit/Button.tsx';
import { Field } from '../../ui/kit/Field.tsx';
import { metricLabel, sayPhrase, sayPhrases } from '../../ui/phrases.ts';
import { useExperimentAction } from './mutations.ts';
import { PhaseChart } from './PhaseChart.tsx';
import type { Experiment } from './queries.ts';

interface Props {
  experiment: Experiment;
}

/** One experiment: its rule, today's plan (if you may know it), the meter, and after the end the result. */
export function ExperimentCard({ experiment: e }: Props) {
  const act = useExperimentAction();
  const [reason, setReason] = useState('');
  const [cue, setCue] = useState('');
  const today = e.today;
  return (
    <article>
      <h2>{e.title}</h2>
      <p>
        <strong>{t(`experiments.status.${e.status}`)}</strong> ·{' '}
        {t('experiments.design', {
          design: e.design,
          days: e.phaseDays,
          metric: metricLabel(e.metric.key, e.metric.name),
        })}
      </p>
      <p className="muted">{sayPhrase(e.rulePhrase)}</p>
      {e.lockedAt ? (
        <p className="muted">{t('experiments.lockedBy', { date: e.lockedAt.slice(0, 10) })}</p>
      ) : null}
      <FormError message={act.isError ? errorMessage(act.error) : null} />
      {e.canAccept ? (
        <Button onClick={() => act.mutate({ kind: 'accept', id: e.id })}>{t('experiments.accept')}</Button>
      ) : null}
      {today && today.day !== null ? (
        <div aria-live="polite">
          {today.phase ? (
            <>
              <p>{t('experiments.todayPhase', { day: today.phase.dayInPhase, label: today.phase.label })}</p>
              <p>
                {today.phase.condition === 'B'
                  ? t('experiments.todayB', { title: e.title })
                  : t('experiments.todayA')}
              </p>
              {today.phase.settling ? <p className="muted">{t('experiments.settling')}</p> : null}
            </>
          ) : e.iAmBlinded ? (
            <p>{t('experiments.blinded')}</p>
          ) : null}
          {e.iPerform && !e.iAmBlinded ? (
            today.adherence ? (
              <p>{t('experiments.tapped')}</p>
            ) : (
              <p>
                <Button
                  variant="secondary"
                  onClick={() => act.mutate({ kind: 'adherence', id: e.id, date: today.date, done: true })}
                >
                  {t('experiments.kept')}
                </Button>{' '}
                <Button
                  variant="secondary"
                  onClick={() => act.mutate({ kind: 'adherence', id: e.id, date: today.date, done: false })}
                >
                  {t('experiments.notKept')}
                </Button>
              </p>
            )
          ) : null}
          {today.guessDue ? (
            <fieldset>
              <legend>{t('experiments.guessAsk')}</legend>
              {(['A', 'B'] as const).map((g) => (
                <Button
                  variant="secondary"
                  key={g}
                  onClick={() => act.mutate({ kind: 'guess', id: e.id, date: today.date, guess: g })}
                >
                  {t(g === 'A' ? 'experiments.guessA' : 'experiments.guessB')}
                </Button>
              ))}
            </fieldset>
          ) : null}
        </div>
      ) : null}
      {e.meter ? <p className="muted">{sayPhrases(e.meter.phrases)}</p> : null}
      {e.status === 'running' && e.resultsOpenOn ? (
        <p className="muted">{t('experiments.resultsOn', { date: formatDay(e.resultsOpenOn, 'medium') })}</p>
      ) : null}
      {e.status === 'running' || e.status === 'proposed' ? (
        <details>
          <summary>{t('experiments.stop')}</summary>
          <Field
            label={t('experiments.stopReason')}
            value={reason}
            onChange={(x) => setReason(x.target.value)}
          />
          <Button onClick={() => act.mutate({ kind: 'stop', id: e.id, reason })}>
            {t('experiments.stop')}
          </Button>
        </details>
      ) : null}
      {e.results ? (
        <div>
          <h3>
            {e.results.verdict === 'helps'
              ? t('experiments.verdict.helps')
              : e.results.verdict === 'hurts'
                ? t('experiments.verdict.hurts')
                : t('experiments.verdict.none')}
          </h3>
          <p>{sayPhrases(e.results.phrases)}</p>
          {e.results.blind ? <p className="muted">{sayPhrases(e.results.blind.phrases)}</p> : null}
          <PhaseChart results={e.results} metric={metricLabel(e.metric.key, e.metric.name)} />
          <table>
            <caption>{t('experiments.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('experiments.col.phase')}</th>
                <th scope="col">{t('experiments.col.days')}</th>
                <th scope="col">{t('experiments.col.mean')}</th>
                <th scope="col">{t('experiments.col.rated')}</th>
              </tr>
            </thead>
            <tbody>
              {e.results.phases.map((p) => (
                <tr key={p.label}>
                  <th scope="row">{p.label}</th>
                  <td>
                    {p.start} – {p.end}
                  </td>
                  <td>{p.mean ?? '–'}</td>
                  <td>{p.ratedDays}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {e.nextStep ? (
            <p>{t('experiments.nextChosen', { step: e.nextStep.step })}</p>
          ) : (
            <p>
              <Field label={t('experiments.adoptCue')} value={cue} onChange={(x) => setCue(x.target.value)} />
              <Button
                variant="secondary"
                onClick={() => act.mutate({ kind: 'next', id: e.id, step: 'adopt', cue })}
              >
                {t('experiments.adopt')}
              </Button>{' '}
              <Button
                variant="secondary"
                onClick={() => act.mutate({ kind: 'next', id: e.id, step: 'drop' })}
              >
                {t('experiments.drop')}
              </Button>{' '}
              <Button
                variant="secondary"
                onClick={() => act.mutate({ kind: 'next', id: e.id, step: 'rerun' })}
              >
                {t('experiments.rerun')}
              </Button>
            </p>
          )}
        </div>
      ) : null}
    </article>
  );
}
