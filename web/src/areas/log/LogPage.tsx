import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { t } from '../../i18n.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { InviteBanner } from '../couple/InviteBanner.tsx';
import { useCouple } from '../couple/queries.ts';
import { activeFilterCount, LogFilters } from './LogFilters.tsx';
import { type LogFilters as Filters, useLog } from './queries.ts';
import { Timeline } from './Timeline.tsx';

/** The training log: every entry the viewer may see, newest first, grouped by day. */
export default function LogPage() {
  const [filters, setFilters] = useState<Filters>({});
  const couple = useCouple();
  const log = useLog(filters);
  const entries = useMemo(() => log.data?.pages.flatMap((p) => p.entries) ?? [], [log.data]);
  const filtered = activeFilterCount(filters) > 0;

  return (
    <section>
      <div className="page-header">
        <PageTitle>{t('log.title')}</PageTitle>
        <Link href="/log/new" className="button">
          {t('log.add')}
        </Link>
      </div>
      {couple.data && couple.data.partners.length < 2 ? <InviteBanner /> : null}
      {couple.data ? <LogFilters filters={filters} onChange={setFilters} couple={couple.data} /> : null}
      {log.isPending || couple.isPending ? (
        <Loading label={t('log.loading')} />
      ) : (log.isError && !log.data) || couple.isError ? (
        <LoadError
          error={log.error ?? couple.error}
          onRetry={() => {
            void log.refetch();
            void couple.refetch();
          }}
        />
      ) : entries.length === 0 ? (
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
            <Link href="/log/new" className="button">
              {t('log.addFirst')}
            </Link>
          </EmptyState>
        )
      ) : (
        <>
          <p className="visually-hidden" role="status">
            {t('log.count', { count: entries.length })}
          </p>
          <Timeline entries={entries} couple={couple.data!} />
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
      )}
    </section>
  );
}
