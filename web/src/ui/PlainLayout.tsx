import type { ReactNode } from 'react';
import { t } from '../i18n.ts';
import { Brand } from './Brand.tsx';

interface Props {
  children: ReactNode;
}

/** The frame of the screens before the couple space exists: a header and the content. */
export function PlainLayout({ children }: Props) {
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <Brand />
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
