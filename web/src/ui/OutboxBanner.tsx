import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { refreshAfter } from '../api/freshness.ts';
import { discard, flushOutbox, listOutbox, type OutboxItem, subscribeOutbox } from '../api/outbox.ts';
import { t } from '../i18n.ts';
import { formatDay } from './dates.ts';

/**
 * What waits on this device to be sent: shown until it went, and sent again whenever the
 * connection returns (and when the app opens).
 */
export function OutboxBanner() {
  const client = useQueryClient();
  const [items, setItems] = useState<OutboxItem[]>([]);
  useEffect(() => {
    let live = true;
    const reload = () =>
      void listOutbox().then(
        (x) => live && setItems(x),
        () => {},
      );
    const flush = () =>
      void flushOutbox().then(
        (sent) => {
          if (sent > 0) void refreshAfter(client, ['checkins', 'log']);
        },
        () => {},
      );
    const unsubscribe = subscribeOutbox(reload);
    window.addEventListener('online', flush);
    reload();
    flush();
    return () => {
      live = false;
      unsubscribe();
      window.removeEventListener('online', flush);
    };
  }, [client]);
  if (items.length === 0) return null;
  return (
    <section className="banner outbox" aria-labelledby="outbox-title">
      <h2 id="outbox-title" className="banner-title">
        {t('outbox.title', { count: items.length })}
      </h2>
      <ul className="plain-list">
        {items.map((i) => (
          <li key={i.key}>
            {i.kind === 'checkin'
              ? t('outbox.checkin', { date: formatDay(String(i.body.date), 'medium') })
              : t('outbox.entry', { text: String(i.body.text ?? '').slice(0, 40) })}
            {i.refused ? (
              <>
                {' '}
                <strong>{t('outbox.refused', { message: i.refused })}</strong>{' '}
                <button type="button" className="button secondary small" onClick={() => void discard(i.key)}>
                  {t('outbox.discard')}
                </button>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
