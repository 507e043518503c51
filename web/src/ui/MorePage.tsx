import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { coupleQueries } from '../areas/couple/queries.ts';
import { t } from '../i18n.ts';
import { moreItems } from '../routes.ts';
import { Screen } from './Screen.tsx';

/** Everything that does not fit the bottom bar, one line of explanation each. */
export default function MorePage() {
  const couple = useQuery(coupleQueries.space());
  const stage = couple.data && couple.data.partners.length < 2 ? 'alone' : 'together';
  return (
    <Screen title={t('more.title')}>
      <ul className="plain-list stack">
        {moreItems(stage).map((p) => (
          <li key={p.path} className="card">
            <Link href={p.path}>
              <strong>{t(p.more.title)}</strong>
            </Link>
            <p className="muted">{t(p.more.body)}</p>
          </li>
        ))}
      </ul>
    </Screen>
  );
}
