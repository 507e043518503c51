import { t } from '../../i18n.ts';
import { formatDay } from '../../ui/dates.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { Badge } from '../../ui/kit/Badge.tsx';
import { Button } from '../../ui/kit/Button.tsx';
import { ideaText } from './idea-words.ts';
import { useTryAction } from './mutations.ts';
import type { Try } from './queries.ts';

const RATINGS = [1, 2, 3, 4, 5] as const;

/** One try: its way back to normal, both ratings (sealed until both rated), and the decision. */
export function TryCard({ item: x }: { item: Try }) {
  const act = useTryAction();
  const running = x.endedOn === null;
  return (
    <article className="card try-card" aria-labelledby={`try-${x.id}`}>
      <h3 id={`try-${x.id}`}>{ideaText(x.idea)}</h3>
      <p>
        <Badge tone={x.kind === 'explore' ? 'open' : 'kept'}>{t(`exploration.kind.${x.kind}`)}</Badge>{' '}
        <span className="muted">
          {t('exploration.startedOn', { date: formatDay(x.startedOn, 'medium') })}
        </span>
      </p>
      <p>
        <strong>{t('exploration.wayBack')}</strong> {x.returnPlan}
      </p>
      <FormError message={splitError(act.error, []).form} />
      <fieldset className="rating">
        <legend>{t('exploration.rate')}</legend>
        <div className="scale-row">
          {RATINGS.map((r) => (
            <Button
              key={r}
              small
              variant={x.ratings.mine === r ? 'primary' : 'secondary'}
              aria-pressed={x.ratings.mine === r}
              aria-label={t('exploration.rateAs', { rating: r, words: t(`exploration.rating.${r}`) })}
              disabled={act.isPending}
              onClick={() => act.mutate({ id: x.id, rating: r })}
            >
              {r}
            </Button>
          ))}
        </div>
        <p className="hint">{t('exploration.rateHint')}</p>
      </fieldset>
      <p className="muted">
        {x.ratings.partner !== null
          ? t('exploration.partnerRating', { rating: x.ratings.partner })
          : x.ratings.partnerRated
            ? t('exploration.partnerSealed')
            : t('exploration.partnerNotYet')}
      </p>
      {running ? (
        <>
          <p>
            {x.due
              ? t('exploration.due')
              : t('exploration.checkOn', { date: formatDay(x.checkOn, 'medium') })}
          </p>
          <p className="actions">
            <Button
              variant="secondary"
              disabled={act.isPending}
              onClick={() => act.mutate({ id: x.id, outcome: 'keep' })}
            >
              {t('exploration.keep')}
            </Button>
            <Button
              variant="secondary"
              disabled={act.isPending}
              onClick={() => act.mutate({ id: x.id, outcome: 'return' })}
            >
              {t('exploration.goBack')}
            </Button>
          </p>
        </>
      ) : (
        <p>
          {x.outcome === 'keep'
            ? t('exploration.kept', { date: formatDay(x.endedOn ?? x.startedOn, 'medium') })
            : t('exploration.wentBack', { date: formatDay(x.endedOn ?? x.startedOn, 'medium') })}
        </p>
      )}
    </article>
  );
}
