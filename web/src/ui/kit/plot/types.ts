import type { ReactNode } from 'react';
import type { ChartTable } from '../Chart.tsx';

/** One line (or set of dots) on a time chart. */
export interface TimeSeries {
  /** Stable key (React key and table column). */
  key: string;
  /** Its name in the legend and the table, e.g. "You" or "Sam". */
  label: string;
  /** One value per entry of the chart's `dates`; null where the day has no value (a gap). */
  values: ReadonlyArray<number | null>;
  /** A colour token, e.g. `SERIES_COLOURS.me` (default: the categorical palette in order). */
  colour?: string;
  /**
   * Rolling mean over this many calendar days, drawn as the strong line with the day values as
   * faint dots behind it; days with fewer than half the window present stay a gap.
   */
  rolling?: number;
  /** 'line' (default) joins neighbouring days; 'dots' draws each day alone (e.g. left-out days). */
  style?: 'line' | 'dots';
  /** A dot on every value, whatever the zoom (e.g. one value a month). */
  points?: boolean;
  /** How many days apart two values may be and still be joined (default 1: daily data). */
  maxGap?: number;
  /** Hollow dots (e.g. settling days the analysis leaves out). */
  hollow?: boolean;
  /** Left out of the default table (e.g. a series that only restyles some days). */
  hideInTable?: boolean;
}

/** A shaded stretch of days: an experiment's B phase, a stress period, the baby months. */
export interface TimeBand {
  key: string;
  /** First and last day, inclusive ("YYYY-MM-DD"). */
  from: string;
  to: string;
  /** Shown at the band's top left when there is room, and in the legend-free picture's summary. */
  label?: string;
  /** A colour token (default: the muted text colour, lightly). */
  colour?: string;
}

/** A marked day with a story behind it (a habit started, an experiment began, a life event). */
export interface TimeAnnotation {
  key: string;
  date: string;
  /** What happened, in a few words: the marker button's accessible name. */
  label: string;
  colour?: string;
}

/** A horizontal line across the whole chart, e.g. the CSI-4's distress cut-off at 13.5. */
export interface TimeReference {
  key: string;
  value: number;
  label: string;
}

/** A horizontal piece of line over some days, e.g. a phase's mean. */
export interface TimeSegment {
  key: string;
  from: string;
  to: string;
  value: number;
  label?: string;
  colour?: string;
}

/** A zoom button: its key ("1m"), label ("1M") and how many days it shows (null: everything). */
export interface TimeRange {
  key: string;
  label: string;
  days: number | null;
}

export interface TimeChartProps {
  /** What the picture shows, in words (the accessible name; also the export's title). */
  label: string;
  /** The days, ascending ("YYYY-MM-DD"); every series has one value per day. Days may skip. */
  dates: readonly string[];
  series: readonly TimeSeries[];
  bands?: readonly TimeBand[];
  annotations?: readonly TimeAnnotation[];
  /** Called with an annotation's key when its marker is clicked or pressed (Enter/Space). */
  onAnnotation?: (key: string) => void;
  references?: readonly TimeReference[];
  segments?: readonly TimeSegment[];
  /** The value axis's range; default: the data's, rounded outwards to nice ticks. */
  yDomain?: readonly [number, number];
  /** How a value is written on the axis and in the table (default: the language's numbers). */
  formatValue?: (value: number) => string;
  /** Zoom buttons; default 1W/1M/3M/1Y/All, those shorter than the data. Empty: no zoom. */
  ranges?: readonly TimeRange[];
  /** The range shown first (a key from `ranges`, e.g. "1y"); default: everything. */
  initialRange?: string;
  /** The drawing's height in CSS pixels (default 220). */
  height?: number;
  /** Base of the exported file names ("attune-history" → attune-history.svg / .png); none: no export. */
  exportName?: string;
  /** The table alternative; default: one row per day shown, newest first, one column per series. */
  table?: ChartTable;
  /** Words under the picture (what it means, how sure we are). */
  children?: ReactNode;
}
