import type { ReactNode } from 'react';

/** A labelled region that takes focus, so a table wider than the screen scrolls by keyboard too. */
export function ScrollRegion({ label, id, children }: { label: string; id?: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (WCAG 2.1.1)
    <section className="table-scroll" id={id} tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}
