import { Link } from 'wouter';
import { type MessageKey, t } from '../i18n.ts';
import { PageTitle } from './PageTitle.tsx';

interface Props {
  /** Whether to offer the invite screen (until the partner has joined). */
  showInvite: boolean;
}

const PLACES: ReadonlyArray<{ href: string; title: MessageKey; body: MessageKey }> = [
  { href: '/checkin/week', title: 'more.week', body: 'more.weekBody' },
  { href: '/rituals', title: 'nav.rituals', body: 'more.ritualsBody' },
  { href: '/experiments', title: 'more.experiments', body: 'more.experimentsBody' },
  { href: '/rewards', title: 'more.rewards', body: 'more.rewardsBody' },
  { href: '/pace', title: 'more.pace', body: 'more.paceBody' },
  { href: '/invite', title: 'more.invite', body: 'more.inviteBody' },
  { href: '/log/import', title: 'more.import', body: 'more.importBody' },
  { href: '/settings', title: 'more.settings', body: 'more.settingsBody' },
];

/** Everything that does not fit the bottom bar, one line of explanation each. */
export default function MorePage({ showInvite }: Props) {
  const places = PLACES.filter((p) =>
    p.href === '/invite' ? showInvite : p.href !== '/rituals' || showInvite,
  );
  return (
    <section>
      <PageTitle>{t('more.title')}</PageTitle>
      <ul className="plain-list stack">
        {places.map((p) => (
          <li key={p.href} className="card">
            <Link href={p.href}>
              <strong>{t(p.title)}</strong>
            </Link>
            <p className="muted">{t(p.body)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
