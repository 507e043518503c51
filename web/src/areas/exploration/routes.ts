import { paths } from '../../paths.ts';
import type { AppRoute } from '../../route-types.ts';
import { lazyPage } from '../../ui/lazy-page.ts';

export const explorationRoutes: AppRoute[] = [
  {
    path: paths.exploration,
    page: lazyPage(() => import('./ExplorationPage.tsx')),
    more: { title: 'more.exploration', body: 'more.explorationBody', order: 26 },
  },
  { path: paths.ideas, page: lazyPage(() => import('./IdeasPage.tsx')) },
];
