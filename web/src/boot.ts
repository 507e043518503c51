import type { QueryClient } from '@tanstack/react-query';
import { accountQueries } from './areas/account/queries.ts';
import { coupleQueries } from './areas/couple/queries.ts';
import { ROUTES } from './routes.ts';
import type { Preloadable } from './ui/lazy-page.ts';

/** The route's parameters when `path` is one of its addresses (`/checkin/:date`), else null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    if (part.startsWith(':') && got[i]) params[part.slice(1)] = decodeURIComponent(got[i]!);
    else if (part !== got[i]) return null;
  }
  return params;
}

/**
 * What the first screen needs, started before React draws anything: who is here (index.html
 * preloads it too), the screen's code, the screen's own queries, and the couple space once the
 * account has one. Without this each waits for the one before it to be drawn.
 */
export function startEarly(client: QueryClient, location: Pick<Location, 'pathname' | 'search'>): void {
  const route = ROUTES.map((r) => ({ r, params: matchPath(r.path, location.pathname) })).find(
    (m) => m.params !== null,
  );
  (route?.r.page as Partial<Preloadable> | undefined)?.preload?.();
  route?.r.prefetch?.(client, { params: route.params ?? {}, search: location.search });
  client
    .fetchQuery(accountQueries.me())
    .then((me) => {
      // A coach has an app of their own; someone without a couple sees the set-up.
      if (!me?.couple || me.coach) return;
      void client.prefetchQuery(coupleQueries.space());
    })
    .catch(() => undefined); // the app shows the error when it asks again
}
