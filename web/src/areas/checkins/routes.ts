import { paths } from '../../paths.ts';
import type { AppRoute } from '../../route-types.ts';
import { deviceTimeZone, todayIn } from '../../ui/dates.ts';
import { lazyPage } from '../../ui/lazy-page.ts';
import { checkinQueries } from './queries.ts';

const CheckinPage = lazyPage(() => import('./CheckinPage.tsx'), ['checkins', 'credit']);

// Fixed addresses before `/checkin/:date`, which would take them as dates.
export const checkinRoutes: AppRoute[] = [
  {
    path: paths.checkin,
    page: CheckinPage,
    nav: { label: 'nav.checkin', icon: '◔', order: 20, section: true },
    // Today on this device, which is the partner's zone (useToday) nearly always; when not, the
    // page asks for its own day.
    prefetch: (client) => void client.prefetchQuery(checkinQueries.day(todayIn(deviceTimeZone()))),
  },
  {
    path: paths.week,
    page: lazyPage(() => import('./WeekPage.tsx')),
    more: { title: 'more.week', body: 'more.weekBody', order: 10 },
  },
  { path: paths.metrics, page: lazyPage(() => import('./MetricsPage.tsx')) },
  { path: paths.csi4, page: lazyPage(() => import('./Csi4Page.tsx')) },
  {
    path: '/checkin/:date',
    page: CheckinPage,
    prefetch: (client, { params }) => void client.prefetchQuery(checkinQueries.day(params.date ?? '')),
  },
];
