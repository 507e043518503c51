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
}
