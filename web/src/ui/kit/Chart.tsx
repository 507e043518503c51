import { type ReactNode, useId, useState } from 'react';
import { t } from '../../i18n.ts';
import { ScrollRegion } from './ScrollRegion.tsx';

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
  /**
   * The same numbers as a table, one tap away (and what a screen reader can walk through). A
   * function is called only when the table is shown: a long table costs nothing until asked for.
   */
  table: ChartTable | (() => ChartTable);
  /** The picture (an SVG, or a chart library's canvas), decoration for assistive technology. */
  children: ReactNode;
  /**
   * The picture holds its own controls (e.g. annotation buttons): it is then a labelled group,
   * not an image, since an image's children are hidden from assistive technology.
   */
  interactive?: boolean;
  /** Buttons beside "Show as a table" (zoom, export); shown with the picture and with the table. */
  controls?: ReactNode;
}

/**
 * Every chart goes through this: a labelled picture and a "Show as a table" toggle with the same
 * numbers, so no figure lives only in colour and shape.
 */
export function Chart({ label, table, children, interactive = false, controls }: Props) {
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  const shown = asTable ? (typeof table === 'function' ? table() : table) : null;
  return (
    <figure className="chart">
      {shown ? (
        <ScrollRegion id={id} label={shown.caption}>
          <table className="data-table">
            <caption>{shown.caption}</caption>
            <thead>
              <tr>
                {shown.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.rows.map((r) => (
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
        </ScrollRegion>
      ) : interactive ? (
        // biome-ignore lint/a11y/useSemanticElements: a chart is no form; a fieldset would say it is
        <div role="group" aria-label={label} id={id}>
          {children}
        </div>
      ) : (
        <div role="img" aria-label={label} id={id}>
          {children}
        </div>
      )}
      <div className="chart-controls">
        {controls}
        <button
          type="button"
          className="button quiet small"
          aria-controls={id}
          aria-pressed={asTable}
          onClick={() => setAsTable((v) => !v)}
        >
          {t('chart.asTable')}
        </button>
      </div>
    </figure>
  );
}
