import { useLocation, useSearchParams } from 'wouter';
import { t } from '../../i18n.ts';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { AuthForm } from './AuthForm.tsx';

/**
 * The first screen for someone not logged in: what attune is, then log in or create an
 * account. At /join/CODE the address is kept, so the set-up screen finds the code afterwards.
 */
export default function WelcomePage() {
  const [location] = useLocation();
  const invited = location.startsWith('/join/');
  // Which form is open lives in the address (?mode=signup), so Back and a reload keep it.
  const [search, setSearch] = useSearchParams();
  const asked = search.get('mode');
  const mode: 'login' | 'signup' =
    asked === 'login' || asked === 'signup' ? asked : invited || location === '/signup' ? 'signup' : 'login';
  const setMode = (next: 'login' | 'signup') => setSearch({ mode: next });
  return (
    <div className="center-page">
      <div className="welcome-hero">
        <PageTitle>{t('app.name')}</PageTitle>
        <p>{t('welcome.tagline')}</p>
      </div>
      {invited ? (
        <p className="banner" role="note">
          {t('welcome.invited')}
        </p>
      ) : null}
      <section className="card" aria-labelledby="auth-heading">
        <h2 id="auth-heading">{mode === 'login' ? t('auth.loginTitle') : t('auth.signupTitle')}</h2>
        <AuthForm key={mode} mode={mode} />
      </section>
      <p className="actions">
        <span>{mode === 'login' ? t('auth.newHere') : t('auth.haveAccount')}</span>
        <button
          type="button"
          className="button secondary small"
          onClick={() => setMode(mode === 'login' ? 'signup' : 'login')}
        >
          {mode === 'login' ? t('auth.toSignup') : t('auth.toLogin')}
        </button>
      </p>
    </div>
  );
}
