import type { Kysely } from 'kysely';
import type { ReportPart } from '../../cli/report-parts.ts';
import { coachAdmissions } from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';
import type { CoachViewer } from '../../storage/viewer.ts';
import { prepFor } from './routes.ts';

type CoupleView = Awaited<ReturnType<typeof prepFor>>;

/**
 * The coach's part of `attune report`: each couple that admitted them, as their session
 * preparation shows it, read through the same admission and rules as the API.
 */
export const coachPart: ReportPart<CoupleView[], CoachViewer> = {
  key: 'couples',
  build: async (db: Kysely<Database>, viewer: CoachViewer) =>
    Promise.all((await coachAdmissions(db, viewer.userId)).map((a) => prepFor(db, a))),
  words: (couples) => {
    if (couples.length === 0) return ['Coaching: no couple has admitted you yet.'];
    const lines = ['Couples you coach:'];
    for (const c of couples) {
      const d = c.digest;
      lines.push(`- ${d.partners.join(' & ')} (areas: ${d.areas.join(', ') || 'none'}), since ${d.from}`);
      for (const change of c.changes) lines.push(`    ${change.text}`);
      for (const h of d.habits ?? [])
        lines.push(`    habit “${h.action}”: strength ${Math.round(h.strength * 100)}%`);
      for (const a of d.anchors ?? [])
        lines.push(`    anchor “${a.name}”: ${a.status}, kept ${a.keptInPeriod}×`);
      for (const e of d.experiments ?? [])
        lines.push(`    experiment “${e.title}”: ${e.status}${e.verdict ? `, ${e.verdict}` : ''}`);
      if (d.csi4 && d.csi4.length > 0)
        lines.push(
          `    CSI-4 (shared): ${d.csi4.map((x) => `${x.partner} ${x.month} ${x.total}`).join('; ')}`,
        );
    }
    return lines;
  },
};
