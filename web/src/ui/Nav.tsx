import { Link, useLocation } from 'wouter';
import { t } from '../i18n.ts';
import type { Stage } from '../route-types.ts';
import { navItems } from '../routes.ts';

interface Props {
  /** Until the partner has joined, the invite takes a place in the bar. */
  stage: Stage;
}

/** The main navigation: a bottom bar on phones, a top bar on wide screens (see layout.css). */
export function Nav({ stage }: Props) {
  const [location] = useLocation();
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul>
        {navItems(stage).map((item) => (
          <li key={item.path}>
            <Link
              href={item.path}
              aria-current={
                location === item.path || (item.nav.section && location.startsWith(`${item.path}/`))
                  ? 'page'
                  : undefined
              }
            >
              <span className="nav-icon" aria-hidden="true">
                {item.nav.icon}
              </span>
              {t(item.nav.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
