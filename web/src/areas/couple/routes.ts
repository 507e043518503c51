import { paths } from '../../paths.ts';
import type { AppRoute } from '../../route-types.ts';
import { lazyPage } from '../../ui/lazy-page.ts';

export const coupleRoutes: AppRoute[] = [
  {
    path: paths.invite,
    page: lazyPage(() => import('./InvitePage.tsx')),
    nav: { label: 'nav.invite', icon: '✉', order: 40, only: 'alone' },
    more: { title: 'more.invite', body: 'more.inviteBody', order: 50, only: 'alone' },
  },
];
