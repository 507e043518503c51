import { useLocation } from 'wouter';
import { errorMessage } from '../../api/client.ts';
import { t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { FormError } from '../../ui/FormError.tsx';
import { useLogout } from './mutations.ts';

/** Ends this session and returns to the welcome screen. */
export function LogoutButton() {
  const logout = useLogout();
  const [, navigate] = useLocation();
  return (
    <div className="stack">
      <FormError message={logout.error ? errorMessage(logout.error) : null} />
      <button
        type="button"
        className="button secondary"
        disabled={logout.isPending}
        onClick={() => logout.mutate(undefined, { onSuccess: () => navigate(paths.log, { replace: true }) })}
      >
        {t('account.logout')}
      </button>
    </div>
  );
}
