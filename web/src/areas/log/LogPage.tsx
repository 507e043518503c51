import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { Link, useSearchParams } from 'wouter';
import { t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { combine, Screen } from '../../ui/Screen.tsx';
import { SuggestionsBanner } from '../coach/SuggestionsBanner.tsx';
import { InviteBanner } from '../couple/InviteBanner.tsx';
import { coupleQueries } from '../couple/queries.ts';
import { FirstSteps } from './FirstSteps.tsx';
import { activeFilterCount, filtersFromSearch, filtersToSearch, LogFilters } from './LogFilters.tsx';
import { LogSearch } from './LogSearch.tsx';
import { type LogFilters as Filters, logQueries } from './queries.ts';
import { rememberLogAddress } from './return-address.ts';
import { Timeline } from './Timeline.tsx';

/** The training log: every entry the viewer may see, newest first, grouped by day. */
export default function LogPage() {
  const [search, setSearch] = useSearchParams();
  const filters = useMemo(() => filtersFromSearch(search), [search]);
  const setFilters = (next: Filters) => setSearch(filtersToSearch(next), { replace: true });
  const couple = useQuery(coupleQueries.waitingForPartner());
  const log = useInfiniteQuery(logQueries.list(filters));
  const filtered = activeFilterCount(filters) > 0;
  // Saving or cancelling an edit comes back to this list with the same filters.
  useEffect(() => rememberLogAddress(search.toString()), [search]);

  return (
    <Screen
      title={t('log.title')}
      actions={
        <Link href={paths.newEntry} className="button">
          {t('log.add')}
        </Link>
      }
      intro={
        couple.data ? (
          <>
            {couple.data.partners.length < 2 ? <InviteBanner /> : null}
            <FirstSteps />
            <SuggestionsBanner />
            <LogSearch value={filters.q} onSearch={(q) => setFilters({ ...filters, q })} />
            <LogFilters filters={filters} onChange={setFilters} couple={couple.data} />
          </>
        ) : null
      }
      loadingLabel={t('log.loading')}
      query={combine(log, couple)}
      isEmpty={([pages]) => pages.pages.every((p) => p.entries.length === 0)}
      empty={
        filtered ? (
          <EmptyState title={t('log.noMatchTitle')}>
            <p>{t('log.noMatchBody')}</p>
            <button type="button" className="button secondary" onClick={() => setFilters({})}>
              {t('filters.clear')}
            </button>
          </EmptyState>
        ) : (
          <EmptyState title={t('log.emptyTitle')}>
            <p>{t('log.emptyBody')}</p>
            <Link href={paths.newEntry} className="button">
              {t('log.addFirst')}
            </Link>
          </EmptyState>
        )
      }
    >
      {([pages, space]) => {
        const entries = pages.pages.flatMap((p) => p.entries);
        return (
          <>
            <p className="visually-hidden" role="status">
              {t('log.count', { count: entries.length })}
            </p>
            <Timeline entries={entries} couple={space} />
            {log.hasNextPage ? (
              <p className="actions">
                <button
                  type="button"
                  className="button secondary"
                  disabled={log.isFetchingNextPage}
                  onClick={() => log.fetchNextPage()}
                >
                  {log.isFetchingNextPage ? t('common.loading') : t('log.older')}
                </button>
              </p>
            ) : (
              <p className="muted">{t('log.end')}</p>
            )}
            {log.isFetchNextPageError ? (
              <LoadError error={log.error} onRetry={() => log.fetchNextPage()} />
            ) : null}
          </>
        );
      }}
    </Screen>
  );
}
