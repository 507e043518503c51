import { t } from '../../i18n.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { useFeed, useFeedActions } from './queries.ts';

/** The calendar feed: create, replace or turn off the private subscription address. */
export function FeedSection() {
  const feed = useFeed();
  const { create, revoke } = useFeedActions();
  const url = create.data?.url ? new URL(create.data.url, window.location.origin).toString() : null;
  const active = create.data
    ? !revoke.isSuccess || create.submittedAt > revoke.submittedAt
    : feed.data?.active;
  return (
    <section aria-labelledby="feed-title">
      <h2 id="feed-title">{t('rituals.feedTitle')}</h2>
      <p>{t('rituals.feedBody')}</p>
      {feed.isError ? <LoadError error={feed.error} onRetry={() => feed.refetch()} /> : null}
      <p role="status">
        {active
          ? t('rituals.feedOn', { date: (create.data?.createdAt ?? feed.data?.createdAt ?? '').slice(0, 10) })
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
            disabled={revoke.isPending}
            onClick={() => revoke.mutate()}
          >
            {t('rituals.feedRevoke')}
          </button>
        ) : null}
      </p>
    </section>
  );
}
