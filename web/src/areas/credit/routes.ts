import { paths } from '../../paths.ts';
import type { AppRoute } from '../../route-types.ts';
import { lazyPage } from '../../ui/lazy-page.ts';

export const creditRoutes: AppRoute[] = [
  {
    path: paths.credit,
    page: lazyPage(() => import('./CreditPage.tsx')),
    more: { title: 'more.credit', body: 'more.creditBody', order: 27 },
  },
];
