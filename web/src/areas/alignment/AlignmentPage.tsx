import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'wouter';
import { t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { Badge } from '../../ui/kit/Badge.tsx';
import { Button } from '../../ui/kit/Button.tsx';
import { combine, Screen } from '../../ui/Screen.tsx';
import { DriftChart } from './DriftChart.tsx';
import { useOpenRound } from './mutations.ts';
import { alignmentQueries, type Overview } from './queries.ts';
import './alignment.css';

/** The couple's alignment rounds, this quarter's to start, and the drift over the revealed ones. */
export default function AlignmentPage() {
  const query = combine(useQuery(alignmentQueries.overview()), useQuery(alignmentQueries.drift()));
  return (
    <Screen
      title={t('alignment.title')}
      intro={<p className="muted">{t('alignment.intro')}</p>}
      loadingLabel={t('alignment.loading')}
      query={query}
    >
      {([overview, drift]) => (
        <>
          <StartRound overview={overview} />
          {overview.rounds.length === 0 ? (
            <EmptyState title={t('alignment.emptyTitle')}>
              <p>{t('alignment.emptyBody')}</p>
            </EmptyState>
          ) : (
            <section aria-labelledby="alignment-rounds">
              <h2 id="alignment-rounds">{t('alignment.roundsTitle')}</h2>
              <ul className="plain-list cards">
                {overview.rounds.map((r) => (
                  <li key={r.id} className="card alignment-round">
                    <h3>
                      <Link href={paths.alignmentRound(r.id)}>
                        {t('alignment.open', { quarter: r.quarter })}
                      </Link>
                    </h3>
                    {r.state === 'revealed' ? (
                      <Badge tone="kept">{t('alignment.revealed')}</Badge>
                    ) : (
                      <p className="alignment-status">
                        <span>{t(`alignment.me.${r.me}`)}</span>
                        <span>{t(`alignment.partner.${r.partner}`)}</span>
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="alignment-drift">
            <h2 id="alignment-drift">{t('alignment.driftTitle')}</h2>
            {drift.rounds.length === 0 ? (
              <p className="muted">{t('alignment.driftEmpty')}</p>
            ) : (
              <DriftChart drift={drift} />
            )}
          </section>
        </>
      )}
    </Screen>
  );
}

function StartRound({ overview }: { overview: Overview }) {
  const open = useOpenRound();
  const [, navigate] = useLocation();
  if (overview.rounds.some((r) => r.quarter === overview.quarter)) return null;
  return (
    <div className="card">
      {overview.offered ? <p>{t('alignment.offered', { quarter: overview.quarter })}</p> : null}
      <p className="actions">
        <Button
          disabled={open.isPending}
          onClick={() =>
            open.mutate(undefined, { onSuccess: (round) => navigate(paths.alignmentRound(round.id)) })
          }
        >
          {t('alignment.start', { quarter: overview.quarter })}
        </Button>
      </p>
    </div>
  );
}
