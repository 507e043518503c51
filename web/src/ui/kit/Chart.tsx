import { type ReactNode, useId, useState } from 'react';
import { t } from '../../i18n.ts';

/** Colours by meaning (see base.css): the viewer, the partner, then a categorical palette. */
export const SERIES_COLOURS = {
  me: 'var(--series-me)',
  partner: 'var(--series-partner)',
  categorical: [
    'var(--cat-1)',
    'var(--cat-2)',
    'var(--cat-3)',
    'var(--cat-4)',
    'var(--cat-5)',
    'var(--cat-6)',
  ],
} as const;

export interface ChartTable {
  caption: string;
  columns: readonly string[];
  rows: ReadonlyArray<{ key: string; cells: readonly ReactNode[] }>;
}

interface Props {
  /** What the picture shows, in words: the image's name for a screen reader. */
  label: string;
  /** The same numbers as a table, one tap away (and what a screen reader can walk through). */
  table: ChartTable;
  /** The picture (an SVG, or a chart library's canvas), decoration for assistive technology. */
  children: ReactNode;
}

/**
 * Every chart goes through this: a labelled picture and a "Show as a table" toggle with the same
 * numbers, so no figure lives only in colour and shape.
 */
export function Chart({ label, table, children }: Props) {
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  return (
    <figure className="chart">
      {asTable ? (
        // A region that takes focus, so a table wider than the screen scrolls by keyboard too.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (WCAG 2.1.1)
        <section className="table-scroll" id={id} tabIndex={0} aria-label={table.caption}>
          <table className="data-table">
            <caption>{table.caption}</caption>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r) => (
                <tr key={r.key}>
                  {r.cells.map((cell, i) =>
                    i === 0 ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                      <th key={i} scope="row">
                        {cell}
                      </th>
                    ) : (
                      // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                      <td key={i} className="num">
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : (
        <div role="img" aria-label={label} id={id}>
          {children}
        </div>
      )}
      <button
        type="button"
        className="button quiet small"
        aria-controls={id}
        aria-pressed={asTable}
        onClick={() => setAsTable((v) => !v)}
      >
        {t('chart.asTable')}
      </button>
    </figure>
  );
}
