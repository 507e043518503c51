import type { ReactNode } from 'react';

interface Props {
  /** neutral, or a state with its own colour (private, kept, broken). */
  tone?: 'neutral' | 'private' | 'kept' | 'broken' | 'open';
  children: ReactNode;
}

/** A short label beside a title: "Private", "Kept", a domain. */
export function Badge({ tone = 'neutral', children }: Props) {
  return <span className={tone === 'neutral' ? 'badge' : `badge ${tone}`}>{children}</span>;
}
