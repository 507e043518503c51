import { Link } from 'wouter';
import { t } from '../i18n.ts';
import { paths } from '../paths.ts';
import { Screen } from './Screen.tsx';

/** A path the app does not know. */
export function NotFound() {
  return (
    <Screen title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
      <Link href={paths.log} className="button">
        {t('notFound.home')}
      </Link>
    </Screen>
  );
}
