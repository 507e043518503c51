import { Component, type ReactNode } from 'react';
import { t } from '../i18n.ts';

interface Props {
  children: ReactNode;
}

/** The last resort: a crash in a screen shows a way out instead of a blank page. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <main id="main" className="center-page">
        <h1>{t('crash.title')}</h1>
        <p>{t('crash.body')}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('crash.reload')}
        </button>
      </main>
    );
  }
}
