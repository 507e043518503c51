import type { Kysely } from 'kysely';
import type { ReportPart } from '../../cli/report-parts.ts';
import type { PartnerViewer } from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';
import { presentHistory } from './present.ts';

export interface HistoryReport {
  from: string;
  to: string;
  metrics: { key: string; name: string; partners: { name: string; days: number; mean: number | null }[] }[];
  annotations: { date: string; kind: string; title: string }[];
}

const one = (x: number) => Math.round(x * 10) / 10;

/**
 * The history part of `attune report --json`: per metric and partner how many days were recorded
 * and their mean over the whole history, and every annotation — what this person's history shows.
 */
export async function historyReport(db: Kysely<Database>, viewer: PartnerViewer): Promise<HistoryReport> {
  const h = await presentHistory(db, viewer);
  const names = new Map(h.partners.map((p) => [p.id, p.self ? `${p.name} (you)` : p.name]));
  return {
    from: h.from,
    to: h.to,
    metrics: h.metrics.map((m) => ({
      key: m.key,
      name: m.name,
      partners: m.series.map((s) => {
        const v = s.values.filter((x): x is number => x !== null);
        return {
          name: names.get(s.partnerId) ?? 'a former partner',
          days: v.length,
          mean: v.length ? one(v.reduce((a, b) => a + b, 0) / v.length) : null,
        };
      }),
    })),
    annotations: h.annotations.map((a) => ({ date: a.date, kind: a.kind, title: a.title })),
  };
}

export const historyPart: ReportPart<HistoryReport> = {
  key: 'history',
  build: historyReport,
  words(h) {
    const sat = h.metrics.find((m) => m.key === 'satisfaction');
    return [
      `History (${h.from} to ${h.to}):`,
      ...(sat
        ? sat.partners.map(
            (p) =>
              `- ${p.name}: ${p.days} days of check-ins${p.mean === null ? '' : `, satisfaction ${p.mean} on average`}.`,
          )
        : []),
      ...(h.annotations.length === 0
        ? ['- Nothing marked on it yet.']
        : h.annotations.map((a) => `- ${a.date} ${a.kind.replaceAll('_', ' ')}: ${a.title}`)),
    ];
  },
};
