import { Component, type ReactNode } from 'react';
import { t } from '../i18n.ts';

interface Props {
  children: ReactNode;
  /** A route's boundary: changing the key (the path) tries the screen again. */
  resetKey?: string;
  /** Inside the shell: a section in <main>, so the navigation stays usable. */
  inline?: boolean;
}

interface State {
  failed: boolean;
  key: string | undefined;
}

/** A crash in a screen shows a way out instead of a blank page; one per route, one around all. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { failed: false, key: props.resetKey } : null;
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const body = (
      <>
        <h1 tabIndex={-1}>{t('crash.title')}</h1>
        <p>{t('crash.body')}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('crash.reload')}
        </button>
      </>
    );
    if (this.props.inline) return <section role="alert">{body}</section>;
    return (
      <main id="main" className="center-page">
        {body}
      </main>
    );
  }
}
