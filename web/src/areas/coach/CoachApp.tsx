import { Suspense } from 'react';
import { Redirect, Route, Switch, useLocation } from 'wouter';
import type { Me } from '../../api/types.ts';
import { t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { Brand } from '../../ui/Brand.tsx';
import { ErrorBoundary } from '../../ui/ErrorBoundary.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { lazyPage } from '../../ui/lazy-page.ts';
import { NotFound } from '../../ui/NotFound.tsx';
import { OfflineBanner } from '../../ui/OfflineBanner.tsx';

const CoachHomePage = lazyPage(() => import('./CoachHomePage.tsx'));
const CouplePrepPage = lazyPage(() => import('./CouplePrepPage.tsx'));

/** The app for a coach account: their couples and each couple's session preparation. */
export default function CoachApp({ me }: { me: Me }) {
  const [location] = useLocation();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="topbar no-print">
        <Brand />
        <span className="muted">{me.coach?.displayName}</span>
      </header>
      <main id="main" tabIndex={-1}>
        <OfflineBanner />
        <ErrorBoundary inline resetKey={location}>
          <Suspense fallback={<Loading />}>
            <Switch>
              <Route path={paths.coachHome} component={CoachHomePage} />
              <Route path="/coach/couples/:coupleId" component={CouplePrepPage} />
              {['/signup', '/login', '/join/:code'].map((p) => (
                <Route key={p} path={p}>
                  <Redirect to={paths.coachHome} replace />
                </Route>
              ))}
              <Route component={NotFound} />
            </Switch>
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
