import { useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { Redirect, Route, Switch, useLocation } from 'wouter';
import type { Me } from './api/types.ts';
import { coupleQueries } from './areas/couple/queries.ts';
import { useHistoryFirst } from './areas/history/first-screen.ts';
import { t } from './i18n.ts';
import { ROUTES } from './routes.ts';
import { Brand } from './ui/Brand.tsx';
import { ErrorBoundary } from './ui/ErrorBoundary.tsx';
import { Loading } from './ui/Loading.tsx';
import { Nav } from './ui/Nav.tsx';
import { NotFound } from './ui/NotFound.tsx';
import { OfflineBanner } from './ui/OfflineBanner.tsx';
import { OutboxBanner } from './ui/OutboxBanner.tsx';

interface Props {
  me: Me;
}

/** The app for a partner in a couple space: header, main navigation and the screens. */
export function Shell({ me }: Props) {
  const couple = useQuery(coupleQueries.space());
  const [location] = useLocation();
  const stage = couple.data && couple.data.partners.length < 2 ? 'alone' : 'together';
  useHistoryFirst(couple.data !== undefined && stage === 'together');
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <Brand />
        <span className="muted">{me.couple?.displayName}</span>
      </header>
      <Nav stage={stage} />
      <main id="main" tabIndex={-1}>
        <OfflineBanner />
        <OutboxBanner />
        {/* One boundary per route: a crash or a lost chunk keeps the navigation usable. */}
        <ErrorBoundary inline resetKey={location}>
          <Suspense fallback={<Loading />}>
            <Switch>
              {ROUTES.map((r) => (
                <Route key={r.path} path={r.path} component={r.page} />
              ))}
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
        </ErrorBoundary>
      </main>
    </div>
  );
}
