import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { Screen } from '../../ui/Screen.tsx';
import { EveningReview } from './EveningReview.tsx';
import { HintCard } from './HintCard.tsx';
import { creditQueries } from './queries.ts';
import './credit.css';

/** Credit: tonight's review, then what tends to follow what — candid hints, each a question. */
export default function CreditPage() {
  const hints = useQuery(creditQueries.hints());
  return (
    <Screen
      title={t('credit.title')}
      intro={
        <>
          <EveningReview />
          <p className="muted">{t('credit.intro')}</p>
        </>
      }
      loadingLabel={t('credit.loading')}
      query={hints}
    >
      {(data) => (
        <>
          {data.hints.length === 0 ? (
            <EmptyState title={t('credit.emptyTitle')}>
              <p>{data.tooLittle ? t('credit.tooLittle') : t('credit.emptyBody', { count: data.tested })}</p>
            </EmptyState>
          ) : (
            <ul className="plain-list cards">
              {data.hints.map((h) => (
                <li key={h.key}>
                  <HintCard hint={h} alpha={data.alpha} />
                </li>
              ))}
            </ul>
          )}
          <p className="muted small">
            {t('credit.footer', { count: data.tested, days: data.days })}
            {data.dismissed > 0 ? ` ${t('credit.dismissedCount', { count: data.dismissed })}` : ''}
          </p>
          <p>
            <Link href={paths.loops}>{t('credit.loopsLink')}</Link>
          </p>
        </>
      )}
    </Screen>
  );
}
