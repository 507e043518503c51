import { lazy, Suspense } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import type { Me } from './api/types.ts';
import { useCouple } from './areas/couple/queries.ts';
import LogPage from './areas/log/LogPage.tsx';
import { t } from './i18n.ts';
import { Brand } from './ui/Brand.tsx';
import { Loading } from './ui/Loading.tsx';
import { Nav } from './ui/Nav.tsx';
import { NotFound } from './ui/NotFound.tsx';

// The log is the first screen; everything else loads when first visited.
const EntryNewPage = lazy(() => import('./areas/log/EntryNewPage.tsx'));
const EntryEditPage = lazy(() => import('./areas/log/EntryEditPage.tsx'));
const InvitePage = lazy(() => import('./areas/couple/InvitePage.tsx'));
const SettingsPage = lazy(() => import('./areas/account/SettingsPage.tsx'));
const CheckinPage = lazy(() => import('./areas/checkins/CheckinPage.tsx'));
const WeekPage = lazy(() => import('./areas/checkins/WeekPage.tsx'));
const RitualsPage = lazy(() => import('./areas/rituals/RitualsPage.tsx'));
const MetricsPage = lazy(() => import('./areas/checkins/MetricsPage.tsx'));
const Csi4Page = lazy(() => import('./areas/checkins/Csi4Page.tsx'));
const WeekReviewPage = lazy(() => import('./areas/rituals/WeekReviewPage.tsx'));
const MonthReviewPage = lazy(() => import('./areas/rituals/MonthReviewPage.tsx'));
const HabitsPage = lazy(() => import('./areas/habits/HabitsPage.tsx'));
const HabitNewPage = lazy(() => import('./areas/habits/HabitNewPage.tsx'));
const RewardAuditPage = lazy(() => import('./areas/rewards/RewardAuditPage.tsx'));
const PacePage = lazy(() => import('./areas/pace/PacePage.tsx'));
const ImportPage = lazy(() => import('./areas/log/ImportPage.tsx'));
const ExperimentsPage = lazy(() => import('./areas/experiments/ExperimentsPage.tsx'));
const MorePage = lazy(() => import('./ui/MorePage.tsx'));

interface Props {
  me: Me;
}

/** The app for a partner in a couple space: header, main navigation and the screens. */
export function Shell({ me }: Props) {
  const couple = useCouple();
  const alone = couple.data ? couple.data.partners.length < 2 : false;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <Brand />
        <span className="muted">{me.couple?.displayName}</span>
      </header>
      <Nav showInvite={alone} />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Switch>
            <Route path="/" component={LogPage} />
            <Route path="/log/new" component={EntryNewPage} />
            <Route path="/log/import" component={ImportPage} />
            <Route path="/more">{() => <MorePage showInvite={alone} />}</Route>
            <Route path="/log/:id/edit">{(params) => <EntryEditPage id={params.id} />}</Route>
            <Route path="/invite" component={InvitePage} />
            <Route path="/settings" component={SettingsPage} />
            <Route path="/checkin">{() => <CheckinPage />}</Route>
            <Route path="/checkin/week" component={WeekPage} />
            <Route path="/checkin/metrics" component={MetricsPage} />
            <Route path="/checkin/csi4" component={Csi4Page} />
            <Route path="/checkin/:date">{(params) => <CheckinPage date={params.date} />}</Route>
            <Route path="/rituals" component={RitualsPage} />
            <Route path="/rituals/week" component={WeekReviewPage} />
            <Route path="/rituals/month" component={MonthReviewPage} />
            <Route path="/habits" component={HabitsPage} />
            <Route path="/habits/new" component={HabitNewPage} />
            <Route path="/rewards" component={RewardAuditPage} />
            <Route path="/pace" component={PacePage} />
            <Route path="/experiments" component={ExperimentsPage} />
            {/* Addresses of the screens before the couple space: nothing more to do there. */}
            <Route path="/join/:code">
              <Redirect to="/" replace />
            </Route>
            <Route path="/signup">
              <Redirect to="/" replace />
            </Route>
            <Route path="/login">
              <Redirect to="/" replace />
            </Route>
            <Route component={NotFound} />
          </Switch>
        </Suspense>
      </main>
    </div>
  );
}
