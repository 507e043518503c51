import { Link, useLocation } from 'wouter';
import { type MessageKey, t } from '../i18n.ts';

interface Props {
  /** Whether to offer the invite screen (until the partner has joined). */
  showInvite: boolean;
}

const ITEMS: ReadonlyArray<{ href: string; label: MessageKey; icon: string; invite?: true }> = [
  { href: '/', label: 'nav.log', icon: '☰' },
  { href: '/log/new', label: 'nav.add', icon: '+' },
  { href: '/invite', label: 'nav.invite', icon: '✉', invite: true },
  { href: '/settings', label: 'nav.settings', icon: '⚙' },
];

/** The main navigation: a bottom bar on phones, a top bar on wide screens (see layout.css). */
export function Nav({ showInvite }: Props) {
  const [location] = useLocation();
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul>
        {ITEMS.filter((item) => showInvite || !item.invite).map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={location === item.href ? 'page' : undefined}>
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
