import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { t } from '../../i18n.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { formatDay } from '../../ui/dates.ts';
import { splitError } from '../../ui/errors.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { useCreateFeed, useRevokeFeed } from './mutations.ts';
import { ritualQueries } from './queries.ts';

/** The calendar feed: create, replace or turn off the private subscription address. */
export function FeedSection() {
  const feed = useQuery(ritualQueries.feed());
  const create = useCreateFeed();
  const revoke = useRevokeFeed();
  const [confirming, setConfirming] = useState(false);
  const url = create.data?.url ? new URL(create.data.url, window.location.origin).toString() : null;
  const active = create.data
    ? !revoke.isSuccess || create.submittedAt > revoke.submittedAt
    : feed.data?.active;
  const since = create.data?.createdAt ?? feed.data?.createdAt ?? '';
  return (
    <section aria-labelledby="feed-title">
      <h2 id="feed-title">{t('rituals.feedTitle')}</h2>
      <p>{t('rituals.feedBody')}</p>
      {feed.isError ? <LoadError error={feed.error} onRetry={() => feed.refetch()} /> : null}
      <p role="status">
        {active
          ? t('rituals.feedOn', { date: since ? formatDay(since.slice(0, 10), 'medium') : '' })
          : t('rituals.feedOff')}
      </p>
      {url && active ? (
        <div className="field">
          <label htmlFor="feed-url">{t('rituals.feedUrl')}</label>
          <input id="feed-url" readOnly value={url} onFocus={(e) => e.target.select()} />
        </div>
      ) : null}
      <p className="actions">
        <button
          type="button"
          className="button secondary"
          disabled={create.isPending}
          onClick={() => create.mutate()}
        >
          {active ? t('rituals.feedNew') : t('rituals.feedCreate')}
        </button>
        {active ? (
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              revoke.reset();
              setConfirming(true);
            }}
          >
            {t('rituals.feedRevoke')}
          </button>
        ) : null}
      </p>
      <ConfirmDialog
        open={confirming}
        danger
        title={t('rituals.feedRevokeTitle')}
        confirmLabel={t('rituals.feedRevoke')}
        busy={revoke.isPending}
        error={splitError(revoke.error, []).form}
        onClose={() => setConfirming(false)}
        onConfirm={() => revoke.mutate(undefined, { onSuccess: () => setConfirming(false) })}
      >
        <p>{t('rituals.feedRevokeBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
