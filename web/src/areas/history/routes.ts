import { paths } from '../../paths.ts';
import type { AppRoute } from '../../route-types.ts';
import { lazyPage } from '../../ui/lazy-page.ts';

export const historyRoutes: AppRoute[] = [
  {
    path: paths.history,
    page: lazyPage(() => import('./HistoryPage.tsx')),
    nav: { label: 'nav.history', icon: '≈', order: 15, only: 'together' },
  },
];
