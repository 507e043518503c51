import { paths } from '../../paths.ts';
import type { AppRoute } from '../../route-types.ts';
import { lazyPage } from '../../ui/lazy-page.ts';

/** The partner's side of the coach area (the coach's own screens live in CoachApp). */
export const coachRoutes: AppRoute[] = [
  {
    path: paths.coachLinks,
    page: lazyPage(() => import('./CoachLinksPage.tsx')),
    more: { title: 'more.coach', body: 'more.coachBody', order: 80, only: 'together' },
  },
];
