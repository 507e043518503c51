import { useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { LockScreen } from './areas/account/LockScreen.tsx';
import { useAppLock } from './areas/account/lock.ts';
import { accountQueries } from './areas/account/queries.ts';
import { Shell } from './Shell.tsx';
import { LoadError } from './ui/LoadError.tsx';
import { Loading } from './ui/Loading.tsx';
import { lazyPage } from './ui/lazy-page.ts';
import { PlainLayout } from './ui/PlainLayout.tsx';

const WelcomePage = lazyPage(() => import('./areas/account/WelcomePage.tsx'));
const SetupPage = lazyPage(() => import('./areas/couple/SetupPage.tsx'));
const CoachApp = lazyPage(() => import('./areas/coach/CoachApp.tsx'));

/** Who is here decides what they see: the welcome, the set-up, or the app itself. */
export function App() {
  const me = useQuery(accountQueries.me());
  const locked = useAppLock(me.data?.id ?? null);
  if (me.isPending)
    return (
      <PlainLayout>
        <Loading />
      </PlainLayout>
    );
  if (me.isError)
    return (
      <PlainLayout>
        <LoadError error={me.error} onRetry={() => me.refetch()} />
      </PlainLayout>
    );
  // Locked on this device: the lock screen instead of the app, for partners and coaches alike.
  if (me.data && locked)
    return (
      <PlainLayout>
        <LockScreen />
      </PlainLayout>
    );
  // A coach account has its own app: couples reach it only through their consent.
  if (me.data?.coach)
    return (
      <Suspense fallback={<Loading />}>
        <CoachApp me={me.data} />
      </Suspense>
    );
  if (!me.data?.couple)
    return (
      <PlainLayout>
        <Suspense fallback={<Loading />}>{me.data ? <SetupPage /> : <WelcomePage />}</Suspense>
      </PlainLayout>
    );
  return <Shell me={me.data} />;
}
