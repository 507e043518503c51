import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { locale, t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { formatDay } from '../../ui/dates.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { Badge } from '../../ui/kit/Badge.tsx';
import { Button } from '../../ui/kit/Button.tsx';
import { Field } from '../../ui/kit/Field.tsx';
import { sayPhrases } from '../../ui/phrases.ts';
import { Screen } from '../../ui/Screen.tsx';
import { domainLabel } from '../couple/domain-label.ts';
import { ideaText } from './idea-words.ts';
import { useStartTry, useSuggest } from './mutations.ts';
import { type Draw, explorationQueries, type Overview } from './queries.ts';
import { TryCard } from './TryCard.tsx';
import './exploration.css';
import { ScrollRegion } from '../../ui/kit/ScrollRegion.tsx';

/** Exploration: this month's zone, the 80/20 budget, a suggestion with its reason, and the tries. */
export default function ExplorationPage() {
  const overview = useQuery(explorationQueries.overview());
  return (
    <Screen
      title={t('exploration.title')}
      intro={
        <>
          <p className="muted">{t('exploration.intro')}</p>
          <p>
            <Link href={paths.ideas}>{t('exploration.toIdeas')}</Link>
          </p>
        </>
      }
      loadingLabel={t('exploration.loading')}
      query={overview}
    >
      {(d) => (
        <div className="stack">
          <section className="card" aria-labelledby="zone-title">
            <h2 id="zone-title">{t('exploration.zone', { zone: domainLabel(d.zone) })}</h2>
            <p>{t('exploration.zoneBody', { next: domainLabel(d.nextZone) })}</p>
          </section>
          <Budget budget={d.budget} tries={d.tries} />
          <Suggestion latest={d.draws[0] ?? null} tries={d.tries} />
          <section aria-labelledby="tries-title">
            <h2 id="tries-title">{t('exploration.tries')}</h2>
            {d.tries.length === 0 ? (
              <EmptyState title={t('exploration.triesEmptyTitle')}>
                <p>{t('exploration.triesEmptyBody')}</p>
              </EmptyState>
            ) : (
              <div className="cards">
                {d.tries.map((x) => (
                  <TryCard key={x.id} item={x} />
                ))}
              </div>
            )}
          </section>
        </div>
      )}
    </Screen>
  );
}

function Budget({ budget: b, tries }: { budget: Overview['budget']; tries: Overview['tries'] }) {
  // The budget names tries by their (English) text: each in the reader's words, through its idea.
  const words = new Map(tries.map((x) => [x.idea.text, ideaText(x.idea)]));
  const say = (list: string[]) => list.map((text) => words.get(text) ?? text).join(', ');
  return (
    <section className="card" aria-labelledby="budget-title">
      <h2 id="budget-title">{t('exploration.budget', { pct: Math.round(100 * b.share) })}</h2>
      <p>
        <Badge tone={b.thisWeek === 'explore' ? 'open' : 'kept'}>{t(`exploration.week.${b.thisWeek}`)}</Badge>
      </p>
      <p>
        {b.thisWeek === 'explore'
          ? t('exploration.exploreWeek')
          : t('exploration.exploitWeek', { date: formatDay(b.nextExploreWeek, 'medium') })}
      </p>
      {b.months.length === 0 ? (
        <p className="muted">{t('exploration.budgetEmpty')}</p>
      ) : (
        <ScrollRegion label={t('exploration.budgetCaption')}>
          <table className="data-table">
            <caption>{t('exploration.budgetCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('exploration.col.month')}</th>
                <th scope="col">{t('exploration.col.explored')}</th>
                <th scope="col">{t('exploration.col.exploited')}</th>
              </tr>
            </thead>
            <tbody>
              {b.months.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{formatMonth(m.month)}</th>
                  <td>
                    {m.explored.length}
                    {m.explored.length > 0 ? <span className="muted"> · {say(m.explored)}</span> : null}
                  </td>
                  <td>
                    {m.exploited.length}
                    {m.exploited.length > 0 ? <span className="muted"> · {say(m.exploited)}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}

const percent = (x: number) => Math.max(1, Math.round(100 * x));

function Suggestion({ latest, tries }: { latest: Draw | null; tries: Overview['tries'] }) {
  const suggest = useSuggest();
  const start = useStartTry();
  const [plan, setPlan] = useState('');
  const draw = suggest.data ?? latest;
  const started = draw ? tries.some((x) => x.drawId === draw.id) : false;
  const errors = splitError(start.error, ['returnPlan']);
  return (
    <section className="card suggestion" aria-labelledby="suggest-title">
      <h2 id="suggest-title">{t('exploration.suggestTitle')}</h2>
      <FormError message={splitError(suggest.error, []).form} />
      {draw ? (
        <div aria-live="polite">
          <p className="suggested-idea">{ideaText(draw.idea)}</p>
          <p>{sayPhrases(draw.explanationPhrases)}</p>
          <details>
            <summary>{t('exploration.candidates', { count: draw.candidates.length })}</summary>
            <ScrollRegion label={t('exploration.candidatesCaption')}>
              <table className="data-table">
                <caption>{t('exploration.candidatesCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('exploration.col.idea')}</th>
                    <th scope="col">{t('exploration.col.went')}</th>
                    <th scope="col">{t('exploration.col.chance')}</th>
                  </tr>
                </thead>
                <tbody>
                  {draw.candidates.map((c) => (
                    <tr key={c.id}>
                      <th scope="row">{ideaText(c)}</th>
                      <td>{t('exploration.pct', { pct: Math.round(100 * c.mean) })}</td>
                      <td>{t('exploration.pct', { pct: percent(c.probability) })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </details>
          {started ? (
            <p className="muted">{t('exploration.started')}</p>
          ) : (
            <form
              className="form"
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                start.mutate(
                  {
                    ideaId: draw.idea.id,
                    drawId: draw.id,
                    ...(plan.trim() ? { returnPlan: plan.trim() } : {}),
                  },
                  { onSuccess: () => setPlan('') },
                );
              }}
            >
              <FormError message={errors.form} />
              <Field
                label={t('exploration.returnPlan')}
                hint={t('exploration.returnPlanHint')}
                value={plan}
                onChange={(e) => setPlan(e.target.value)}
                error={errors.field.returnPlan}
              />
              <Button type="submit" disabled={start.isPending}>
                {t('exploration.tryIt')}
              </Button>
            </form>
          )}
        </div>
      ) : (
        <p className="muted">{t('exploration.suggestEmpty')}</p>
      )}
      <p className="actions">
        <Button variant="secondary" disabled={suggest.isPending} onClick={() => suggest.mutate()}>
          {draw ? t('exploration.suggestAgain') : t('exploration.suggest')}
        </Button>
      </p>
    </section>
  );
}

/** "2026-12" → "December 2026". */
function formatMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return month;
  return new Intl.DateTimeFormat(locale(), { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
}
