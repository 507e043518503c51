import { paths } from '../../paths.ts';
import type { AppRoute } from '../../route-types.ts';
import { lazyPage } from '../../ui/lazy-page.ts';

export const rewardRoutes: AppRoute[] = [
  {
    path: paths.rewards,
    page: lazyPage(() => import('./RewardAuditPage.tsx')),
    more: { title: 'more.rewards', body: 'more.rewardsBody', order: 30 },
  },
];
