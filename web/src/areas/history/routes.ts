import { paths } from '../../paths.ts';
import type { AppRoute } from '../../route-types.ts';
import { lazyPage } from '../../ui/lazy-page.ts';
import { historyQueries } from './queries.ts';

export const historyRoutes: AppRoute[] = [
  {
    path: paths.history,
    page: lazyPage(() => import('./HistoryPage.tsx'), ['history', 'phrases']),
    nav: { label: 'nav.history', icon: '≈', order: 15, only: 'together' },
    prefetch: (client) => {
      void client.prefetchQuery(historyQueries.all());
      // The chart's code too: the page itself asks for it only once its own code has run.
      import('../../ui/kit/plot/TimeChart.tsx').catch(() => undefined);
    },
  },
];
