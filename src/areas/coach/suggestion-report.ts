import type { Kysely } from 'kysely';
import type { Static } from 'typebox';
import type { ReportPart } from '../../cli/report-parts.ts';
import { coachAdmissions, coachOwnSuggestions } from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';
import type { CoachViewer } from '../../storage/viewer.ts';
import type { CoachSuggestion } from './suggestion-schema.ts';
import { forCoach } from './suggestions.ts';

interface CoupleSuggestions {
  coupleId: string;
  partners: string[];
  suggestions: Static<typeof CoachSuggestion>[];
}

/** What the coach suggested to each couple that admits them, and what the couple decided: as the API shows it. */
export const suggestionsPart: ReportPart<CoupleSuggestions[], CoachViewer> = {
  key: 'suggestions',
  build: async (db: Kysely<Database>, viewer: CoachViewer) =>
    Promise.all(
      (await coachAdmissions(db, viewer.userId)).map(async (a) => ({
        coupleId: a.couple.id,
        partners: a.partners.map((p) => p.name),
        suggestions: (await coachOwnSuggestions(db, a)).map(forCoach),
      })),
    ),
  words: (couples) => {
    const lines = ['Your suggestions:'];
    for (const c of couples) {
      lines.push(`- ${c.partners.join(' & ')}: ${c.suggestions.length === 0 ? 'none yet' : ''}`.trimEnd());
      for (const s of c.suggestions) {
        const f = s.fields as Record<string, unknown>;
        const what = String(f.action ?? f.title ?? f.text ?? '');
        lines.push(`    ${s.kind} “${what}”: ${s.state}${s.declineReason ? ` (“${s.declineReason}”)` : ''}`);
      }
    }
    return lines;
  },
};
