import { paths } from '../../paths.ts';
import type { AppRoute } from '../../route-types.ts';
import { lazyPage } from '../../ui/lazy-page.ts';

export const accountRoutes: AppRoute[] = [
  {
    path: paths.settings,
    page: lazyPage(() => import('./SettingsPage.tsx')),
    more: { title: 'more.settings', body: 'more.settingsBody', order: 70 },
  },
];
