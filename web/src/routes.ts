import { accountRoutes } from './areas/account/routes.ts';
import { alignmentRoutes } from './areas/alignment/routes.ts';
import { anchorRoutes } from './areas/anchors/routes.ts';
import { checkinRoutes } from './areas/checkins/routes.ts';
import { coachRoutes } from './areas/coach/routes.ts';
import { coupleRoutes } from './areas/couple/routes.ts';
import { creditRoutes } from './areas/credit/routes.ts';
import { experimentRoutes } from './areas/experiments/routes.ts';
import { explorationRoutes } from './areas/exploration/routes.ts';
import { habitRoutes } from './areas/habits/routes.ts';
import { historyRoutes } from './areas/history/routes.ts';
import { insightRoutes } from './areas/insights/routes.ts';
import { logRoutes } from './areas/log/routes.ts';
import { paceRoutes } from './areas/pace/routes.ts';
import { rewardRoutes } from './areas/rewards/routes.ts';
import { ritualRoutes } from './areas/rituals/routes.ts';
import { paths } from './paths.ts';
import type { AppRoute, Stage } from './route-types.ts';
import { lazyPage } from './ui/lazy-page.ts';

/** Every screen of the app: each area brings its own list; the shell, the bar and "More" read it. */
export const ROUTES: readonly AppRoute[] = [
  ...logRoutes,
  ...checkinRoutes,
  ...habitRoutes,
  ...ritualRoutes,
  ...rewardRoutes,
  ...paceRoutes,
  ...experimentRoutes,
  ...explorationRoutes,
  ...anchorRoutes,
  ...creditRoutes,
  ...historyRoutes,
  ...insightRoutes,
  ...alignmentRoutes,
  ...coupleRoutes,
  ...coachRoutes,
  ...accountRoutes,
  {
    path: paths.more,
    page: lazyPage(() => import('./ui/MorePage.tsx')),
    nav: { label: 'nav.more', icon: '⋯', order: 90 },
  },
];

const offered = (only: Stage | undefined, stage: Stage) => only === undefined || only === stage;

/** The bottom bar's places for this stage of the couple, in order. */
export function navItems(stage: Stage): Array<AppRoute & { nav: NonNullable<AppRoute['nav']> }> {
  return ROUTES.filter((r): r is AppRoute & { nav: NonNullable<AppRoute['nav']> } =>
    r.nav ? offered(r.nav.only, stage) : false,
  ).sort((a, b) => a.nav.order - b.nav.order);
}

/** The "More" screen's places for this stage, in order. */
export function moreItems(stage: Stage): Array<AppRoute & { more: NonNullable<AppRoute['more']> }> {
  return ROUTES.filter((r): r is AppRoute & { more: NonNullable<AppRoute['more']> } =>
    r.more ? offered(r.more.only, stage) : false,
  ).sort((a, b) => a.more.order - b.more.order);
}
