import { paths } from '../../paths.ts';
import type { AppRoute } from '../../route-types.ts';
import { lazyPage } from '../../ui/lazy-page.ts';
import { filtersFromSearch } from './LogFilters.tsx';
import LogPage from './LogPage.tsx';
import { logQueries } from './queries.ts';

// The log is the first screen, so it is the one page loaded up front.
export const logRoutes: AppRoute[] = [
  {
    path: paths.log,
    page: LogPage,
    nav: { label: 'nav.log', icon: '☰', order: 10 },
    prefetch: (client, { search }) =>
      void client.prefetchInfiniteQuery(logQueries.list(filtersFromSearch(new URLSearchParams(search)))),
  },
  { path: paths.newEntry, page: lazyPage(() => import('./EntryNewPage.tsx')) },
  {
    path: paths.import,
    page: lazyPage(() => import('./ImportPage.tsx')),
    more: { title: 'more.import', body: 'more.importBody', order: 60 },
  },
  {
    path: paths.loops,
    page: lazyPage(() => import('./LoopsPage.tsx')),
    more: { title: 'more.loops', body: 'more.loopsBody', order: 28 },
  },
  { path: '/log/:id/edit', page: lazyPage(() => import('./EntryEditPage.tsx')) },
];
