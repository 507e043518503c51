import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { Screen } from '../../ui/Screen.tsx';
import { AddAnchorForm } from './AddAnchorForm.tsx';
import { AnchorCard } from './AnchorCard.tsx';
import { anchorQueries } from './queries.ts';
import { StressSection } from './StressSection.tsx';
import './anchors.css';

/** The anchors screen: what holds the couple together, how it is going, and the stress period. */
export default function AnchorsPage() {
  const list = useQuery(anchorQueries.list());
  return (
    <Screen
      title={t('anchors.title')}
      intro={
        <>
          <p className="muted">{t('anchors.intro')}</p>
          <nav aria-label={t('anchors.related')} className="actions">
            <Link href={paths.archive}>{t('more.archive')}</Link>
            <Link href={paths.roles}>{t('more.roles')}</Link>
          </nav>
        </>
      }
      loadingLabel={t('anchors.loading')}
      query={list}
    >
      {(d) => (
        <div className="stack">
          <StressSection stress={d.stress} pastCount={d.pastStress.length} />
          {d.anchors.length === 0 ? (
            <EmptyState title={t('anchors.emptyTitle')}>
              <p>{t('anchors.emptyBody')}</p>
            </EmptyState>
          ) : (
            <div className="cards">
              {d.anchors.map((a) => (
                <AnchorCard key={a.id} anchor={a} stressName={d.stress?.name ?? null} />
              ))}
            </div>
          )}
          <AddAnchorForm />
        </div>
      )}
    </Screen>
  );
}
