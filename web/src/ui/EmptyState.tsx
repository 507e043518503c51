import type { ReactNode } from 'react';

interface Props {
  title: string;
  children?: ReactNode;
}

/** What a screen shows when there is nothing yet, and what to do about it. */
export function EmptyState({ title, children }: Props) {
  return (
    <div className="empty">
      <h2>{title}</h2>
      {children}
    </div>
  );
}
