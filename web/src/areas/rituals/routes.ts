import { paths } from '../../paths.ts';
import type { AppRoute } from '../../route-types.ts';
import { lazyPage } from '../../ui/lazy-page.ts';

export const ritualRoutes: AppRoute[] = [
  {
    path: paths.rituals,
    page: lazyPage(() => import('./RitualsPage.tsx')),
    // While the invite holds its place in the bar, rituals wait under "More".
    nav: { label: 'nav.rituals', icon: '❀', order: 50, section: true, only: 'together' },
    more: { title: 'nav.rituals', body: 'more.ritualsBody', order: 20, only: 'alone' },
  },
  { path: paths.weekReview, page: lazyPage(() => import('./WeekReviewPage.tsx')) },
  { path: paths.monthReview, page: lazyPage(() => import('./MonthReviewPage.tsx')) },
];
