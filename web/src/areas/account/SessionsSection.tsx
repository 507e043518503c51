import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import type { Session } from '../../api/types.ts';
import { t } from '../../i18n.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { formatInstant } from '../../ui/dates.ts';
import { Badge } from '../../ui/kit/Badge.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { deviceName } from './device-name.ts';
import { useEndSession } from './mutations.ts';
import { accountQueries } from './queries.ts';

/** Where you are logged in, and a way to end any other session. */
export function SessionsSection() {
  const sessions = useQuery(accountQueries.sessions());
  const end = useEndSession();
  const [ending, setEnding] = useState<Session | null>(null);
  return (
    <section className="card" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('sessions.title')}</h2>
      <p className="muted">{t('sessions.intro')}</p>
      {sessions.isPending ? (
        <Loading />
      ) : sessions.isError ? (
        <LoadError error={sessions.error} onRetry={() => sessions.refetch()} />
      ) : (
        <ul className="plain-list">
          {sessions.data.map((s) => (
            <li key={s.id} className="session">
              <div>
                <strong>{deviceName(s.userAgent)}</strong>
                {s.current ? <Badge>{t('sessions.current')}</Badge> : null}
                <br />
                <span className="muted">{t('sessions.lastSeen', { when: formatInstant(s.lastSeenAt) })}</span>
              </div>
              {s.current ? null : (
                <button type="button" className="button secondary small" onClick={() => setEnding(s)}>
                  {t('sessions.end')}
                  <span className="visually-hidden"> {deviceName(s.userAgent)}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={ending !== null}
        danger
        title={t('sessions.endTitle')}
        confirmLabel={t('sessions.endConfirm')}
        busy={end.isPending}
        error={end.error ? errorMessage(end.error) : null}
        onClose={() => {
          setEnding(null);
          end.reset();
        }}
        onConfirm={() => ending && end.mutate(ending.id, { onSuccess: () => setEnding(null) })}
      >
        <p>{t('sessions.endBody', { device: ending ? deviceName(ending.userAgent) : '' })}</p>
      </ConfirmDialog>
    </section>
  );
}
