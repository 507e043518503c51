import { onlineManager, useIsMutating } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { t } from '../i18n.ts';

const subscribe = (notify: () => void) => onlineManager.subscribe(notify);
const isOnline = () => onlineManager.isOnline();

/**
 * Offline, requests wait instead of failing: this says so, and how many changes are waiting to
 * go out, instead of a "Saving…" that never ends.
 */
export function OfflineBanner() {
  const online = useSyncExternalStore(subscribe, isOnline);
  const waiting = useIsMutating({ predicate: (m) => m.state.isPaused });
  if (online && waiting === 0) return null;
  return (
    <p className="banner offline" role="status">
      {waiting > 0 ? t('offline.waiting', { count: waiting }) : t('offline.body')}
    </p>
  );
}
