import { paths } from '../../paths.ts';
import type { AppRoute } from '../../route-types.ts';
import { lazyPage } from '../../ui/lazy-page.ts';

export const anchorRoutes: AppRoute[] = [
  {
    path: paths.anchors,
    page: lazyPage(() => import('./AnchorsPage.tsx')),
    more: { title: 'more.anchors', body: 'more.anchorsBody', order: 12 },
  },
  {
    path: paths.archive,
    page: lazyPage(() => import('./ArchivePage.tsx')),
    more: { title: 'more.archive', body: 'more.archiveBody', order: 13 },
  },
  { path: '/anchors/archive/:id', page: lazyPage(() => import('./RestorationPage.tsx')) },
  {
    path: paths.roles,
    page: lazyPage(() => import('./RolesPage.tsx')),
    more: { title: 'more.roles', body: 'more.rolesBody', order: 14 },
  },
];
