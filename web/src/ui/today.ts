import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { accountQueries } from '../areas/account/queries.ts';
import { deviceTimeZone, todayIn } from './dates.ts';

/**
 * The partner's own time zone, as the server counts days and ritual times; the device's zone only
 * before a couple space exists. The one source for "today" and "what time is it" in the app.
 */
export function usePartnerZone(): string {
  const me = useQuery(accountQueries.me());
  return me.data?.couple?.timeZone ?? deviceTimeZone();
}

/**
 * Today's date (YYYY-MM-DD) in the partner's own time zone (usePartnerZone). Turns over at
 * midnight while a screen is open.
 */
export function useToday(): string {
  const zone = usePartnerZone();
  const [, tick] = useState(0);
  const today = todayIn(zone);
  useEffect(() => {
    // Checked every minute and when the app comes back to the front; cheap, and no drift.
    const check = () => {
      if (todayIn(zone) !== today) tick((n) => n + 1);
    };
    const timer = window.setInterval(check, 60_000);
    document.addEventListener('visibilitychange', check);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', check);
    };
  }, [zone, today]);
  return today;
}
