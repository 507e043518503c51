import { paths } from '../../paths.ts';
import type { AppRoute } from '../../route-types.ts';
import { lazyPage } from '../../ui/lazy-page.ts';

export const experimentRoutes: AppRoute[] = [
  {
    path: paths.experiments,
    page: lazyPage(() => import('./ExperimentsPage.tsx')),
    more: { title: 'more.experiments', body: 'more.experimentsBody', order: 25 },
  },
];
