import { paths } from '../../paths.ts';
import type { AppRoute } from '../../route-types.ts';
import { lazyPage } from '../../ui/lazy-page.ts';

export const paceRoutes: AppRoute[] = [
  {
    path: paths.pace,
    page: lazyPage(() => import('./PacePage.tsx')),
    more: { title: 'more.pace', body: 'more.paceBody', order: 40 },
  },
];
