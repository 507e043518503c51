import { Link } from 'wouter';
import { t } from '../../i18n.ts';
import { paths } from '../../paths.ts';

/** A gentle reminder on the log while the partner has not joined yet. */
export function InviteBanner() {
  return (
    <div className="banner">
      <p>{t('invite.bannerBody')}</p>
      <Link href={paths.invite} className="button small">
        {t('invite.bannerLink')}
      </Link>
    </div>
  );
}
