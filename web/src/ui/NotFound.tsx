import { Link } from 'wouter';
import { t } from '../i18n.ts';
import { PageTitle } from './PageTitle.tsx';

/** A path the app does not know. */
export function NotFound() {
  return (
    <section>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p>{t('notFound.body')}</p>
      <Link href="/" className="button">
        {t('notFound.home')}
      </Link>
    </section>
  );
}
