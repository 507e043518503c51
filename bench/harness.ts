/**
 * The shape of every figure `npm run bench` prints: a measurement beside a baseline measured in
 * the same run, their ratio, and the target it is judged against. Machines are shared and noisy,
 * so figures are medians or percentiles over repeated runs, never a single timing.
 */
export interface Figure {
  /** What was measured, e.g. "log list (50 entries), SQLite, req/s". */
  name: string;
  value: number;
  unit: string;
  /** The same-run baseline and what it is. */
  baseline?: { value: number; label: string };
  /** "higher" when a larger value is better (throughput), "lower" for latency and sizes. */
  better: 'higher' | 'lower';
  /** A human-readable target, e.g. "ratio ≥ 0.5" or "≤ 50 ms". */
  target?: string;
  /** Whether the target is met; undefined when there is no target. */
  ok?: boolean;
}

export type Report = (figure: Figure) => void;

/** Times `fn` `runs` times (after `warmup` runs) and returns the sorted durations in ms. */
export async function timeRuns(fn: () => unknown, runs: number, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}

/** The p-th percentile (0–100) of an ascending array, nearest-rank. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function formatFigure(f: Figure): string {
  const v = `${round(f.value)} ${f.unit}`;
  const base = f.baseline ? `  baseline ${round(f.baseline.value)} ${f.unit} (${f.baseline.label})` : '';
  const ratio =
    f.baseline && f.baseline.value !== 0
      ? `  ratio ${(f.better === 'higher' ? f.value / f.baseline.value : f.baseline.value / f.value).toFixed(2)}`
      : '';
  const target = f.target ? `  target ${f.target} ${f.ok === undefined ? '' : f.ok ? 'OK' : 'MISSED'}` : '';
  return `${f.name}: ${v}${base}${ratio}${target}`;
}

function round(x: number): string {
  return Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toPrecision(3);
}
