import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { t } from '../../i18n.ts';
import { Select } from '../../ui/kit/Select.tsx';
import { LOCK_CHOICES, lockApp, lockMinutes, setLockMinutes } from './lock.ts';
import { accountQueries } from './queries.ts';

/** The app lock on this device: off, or after 1, 5 or 15 minutes without use; or lock now. */
export function LockSection() {
  const me = useQuery(accountQueries.me());
  const userId = me.data?.id;
  const [minutes, setMinutes] = useState(() => (userId ? lockMinutes(userId) : 0));
  const [saved, setSaved] = useState(false);
  if (!userId) return null;
  return (
    <section className="card" aria-labelledby="app-lock-heading">
      <h2 id="app-lock-heading">{t('lock.settingsTitle')}</h2>
      <p className="muted">{t('lock.settingsIntro')}</p>
      <Select
        label={t('lock.after')}
        hint={t('lock.afterHint')}
        value={String(minutes)}
        onChange={(e) => {
          const chosen = Number(e.target.value);
          setLockMinutes(userId, chosen);
          setMinutes(chosen);
          setSaved(true);
        }}
      >
        {LOCK_CHOICES.map((m) => (
          <option key={m} value={String(m)}>
            {m === 0 ? t('lock.off') : t('lock.minutes', { count: m })}
          </option>
        ))}
      </Select>
      <div className="actions">
        {minutes > 0 ? (
          <button type="button" className="button secondary" onClick={() => lockApp(userId)}>
            {t('lock.now')}
          </button>
        ) : null}
        <span role="status">{saved ? (minutes > 0 ? t('lock.savedOn') : t('lock.savedOff')) : ''}</span>
      </div>
    </section>
  );
}
