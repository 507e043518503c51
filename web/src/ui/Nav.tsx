import { Link, useLocation } from 'wouter';
import { type MessageKey, t } from '../i18n.ts';

interface Props {
  /** Whether to offer the invite screen (until the partner has joined). */
  showInvite: boolean;
}

// Five places at most fit a phone's bottom bar; the rest live under "More".
const ITEMS: ReadonlyArray<{
  href: string;
  label: MessageKey;
  icon: string;
  invite?: true;
  section?: string;
}> = [
  { href: '/', label: 'nav.log', icon: '☰' },
  { href: '/checkin', label: 'nav.checkin', icon: '◔', section: '/checkin' },
  { href: '/habits', label: 'nav.habits', icon: '✓', section: '/habits' },
  { href: '/invite', label: 'nav.invite', icon: '✉', invite: true },
  { href: '/rituals', label: 'nav.rituals', icon: '❀', section: '/rituals' },
  { href: '/more', label: 'nav.more', icon: '⋯' },
];

/** The main navigation: a bottom bar on phones, a top bar on wide screens (see layout.css). */
export function Nav({ showInvite }: Props) {
  const [location] = useLocation();
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul>
        {ITEMS.filter((item) => (showInvite ? item.href !== '/rituals' : !item.invite)).map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={
                location === item.href || (item.section && location.startsWith(item.section))
                  ? 'page'
                  : undefined
              }
            >
              <span className="nav-icon" aria-hidden="true">
                {item.icon}
              </span>
              {t(item.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
