import { useLocation } from 'wouter';
import { t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { randomKey } from '../../ui/ids.ts';
import { Badge } from '../../ui/kit/Badge.tsx';
import { Button } from '../../ui/kit/Button.tsx';
import { usePropose } from '../experiments/mutations.ts';
import { HintChart } from './HintChart.tsx';
import { useDecide } from './mutations.ts';
import type { Hint } from './queries.ts';
import { actionPhrase, hintSentence } from './words.ts';

interface Props {
  hint: Hint;
  /** The false-discovery level, for "about 5 in 100 such hints are chance". */
  alpha: number;
}

/** One hint: a question, not a verdict — with its data, and three ways to answer it. */
export function HintCard({ hint, alpha }: Props) {
  const decide = useDecide();
  const propose = usePropose();
  const [, navigate] = useLocation();
  // "Try it as an experiment": the action becomes the B behaviour, the outcome the primary metric.
  const tryIt = () =>
    propose.mutate(
      {
        body: {
          title: t('credit.tryTitle', { action: actionPhrase(hint.action) }),
          performer: hint.action.who,
          metric: hint.outcome.metric,
          better: hint.outcome.better,
        },
        idempotencyKey: randomKey(),
      },
      { onSuccess: () => navigate(paths.experiments) },
    );
  return (
    <article className="card hint-card" aria-labelledby={`hint-${hint.key}`}>
      <p id={`hint-${hint.key}`}>
        {hint.decision === 'confirmed' ? <Badge>{t('credit.confirmed')}</Badge> : null}{' '}
        {hint.returned ? <Badge>{t('credit.returned')}</Badge> : null} {hintSentence(hint)}
      </p>
      <p className="muted">{t('credit.chance', { count: Math.round(alpha * 100) })}</p>
      <HintChart hint={hint} />
      <div className="actions">
        <Button small onClick={tryIt} disabled={propose.isPending}>
          {t('credit.tryIt')}
        </Button>
        {hint.decision !== 'confirmed' ? (
          <Button
            small
            variant="secondary"
            disabled={decide.isPending}
            onClick={() => decide.mutate({ key: hint.key, decision: 'confirmed' })}
          >
            {t('credit.confirm')}
          </Button>
        ) : null}
        <Button
          small
          variant="secondary"
          disabled={decide.isPending}
          onClick={() => decide.mutate({ key: hint.key, decision: 'dismissed' })}
        >
          {t('credit.dismiss')}
        </Button>
      </div>
    </article>
  );
}
