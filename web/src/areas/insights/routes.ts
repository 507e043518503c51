import { paths } from '../../paths.ts';
import type { AppRoute } from '../../route-types.ts';
import { lazyPage } from '../../ui/lazy-page.ts';

export const insightRoutes: AppRoute[] = [
  {
    path: paths.insights,
    page: lazyPage(() => import('./InsightsPage.tsx')),
    more: { title: 'more.insights', body: 'more.insightsBody', order: 27 },
  },
];
