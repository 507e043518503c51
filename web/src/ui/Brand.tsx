import { Link } from 'wouter';
import { t } from '../i18n.ts';
import { paths } from '../paths.ts';

/** The app's name in the top bar, linking home. */
export function Brand() {
  return (
    <Link href={paths.log} className="brand">
      <span className="brand-mark" aria-hidden="true">
        ◐&nbsp;
      </span>
      {t('app.name')}
    </Link>
  );
}
