import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { MessageKey } from './i18n.ts';

/** Whether a place is offered while the partner has not joined yet, after, or always. */
export type Stage = 'alone' | 'together';

/** One screen of an area: its address, and where it is offered (bottom bar, "More"). */
export interface AppRoute {
  path: string;
  // biome-ignore lint/suspicious/noExplicitAny: wouter passes the path's params
  page: ComponentType<{ params: any }>;
  /** In the main navigation; `section` marks it current for every address under it too. */
  nav?: { label: MessageKey; icon: string; order: number; section?: boolean; only?: Stage };
  /** On the "More" screen, one line of explanation each. */
  more?: { title: MessageKey; body: MessageKey; order: number; only?: Stage };
  /**
   * Starts the screen's first queries when the app opens on it (boot.ts), before anything is
   * drawn and while the screen's code loads: neither waits for the other. Someone not signed in
   * gets a 401 here, which is an answer too (nothing is shown from it).
   */
  prefetch?: (client: QueryClient, at: { params: Record<string, string>; search: string }) => void;
}
