import { paths } from '../../paths.ts';
import type { AppRoute } from '../../route-types.ts';
import { lazyPage } from '../../ui/lazy-page.ts';

export const habitRoutes: AppRoute[] = [
  {
    path: paths.habits,
    page: lazyPage(() => import('./HabitsPage.tsx')),
    nav: { label: 'nav.habits', icon: '✓', order: 30, section: true },
  },
  { path: paths.newHabit, page: lazyPage(() => import('./HabitNewPage.tsx')) },
];
