import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { combine, Screen } from '../../ui/Screen.tsx';
import { coupleQueries } from '../couple/queries.ts';
import { Questionnaire } from './Questionnaire.tsx';
import { alignmentQueries } from './queries.ts';
import { RevealView } from './RevealView.tsx';
import { RoundMetrics } from './RoundMetrics.tsx';
import './alignment.css';

/** One round: the private questionnaire, then waiting for the partner, then both side by side. */
export default function RoundPage({ params: { id } }: { params: { id: string } }) {
  const query = combine(useQuery(alignmentQueries.round(id)), useQuery(coupleQueries.space()));
  const quarter = query.data?.[0].quarter;
  return (
    <Screen
      title={quarter ? t('alignment.roundTitle', { quarter }) : t('alignment.title')}
      intro={
        <p>
          <Link href={paths.alignment}>{t('alignment.back')}</Link>
        </p>
      }
      loadingLabel={t('alignment.loading')}
      query={query}
    >
      {([round, couple]) =>
        round.reveal ? (
          <>
            <RevealView reveal={round.reveal} domains={couple.domains} />
            <RoundMetrics round={round} domains={couple.domains} />
          </>
        ) : round.me === 'submitted' ? (
          <EmptyState title={t('alignment.waitingTitle')}>
            <p>{t('alignment.waitingBody')}</p>
          </EmptyState>
        ) : (
          <>
            {round.partner === 'submitted' ? <p className="card">{t('alignment.partnerDone')}</p> : null}
            <Questionnaire round={round} domains={couple.domains} />
          </>
        )
      }
    </Screen>
  );
}
