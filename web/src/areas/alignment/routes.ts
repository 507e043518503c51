import { paths } from '../../paths.ts';
import type { AppRoute } from '../../route-types.ts';
import { lazyPage } from '../../ui/lazy-page.ts';

export const alignmentRoutes: AppRoute[] = [
  {
    path: paths.alignment,
    page: lazyPage(() => import('./AlignmentPage.tsx')),
    more: { title: 'more.alignment', body: 'more.alignmentBody', order: 27, only: 'together' },
  },
  { path: '/alignment/:id', page: lazyPage(() => import('./RoundPage.tsx')) },
];
