import { enPhrases } from './en-phrases.ts';
import { enPhrasesAreas } from './en-phrases-areas.ts';
import { enPhrasesInsights } from './en-phrases-insights.ts';
import { enRefusals } from './en-refusals.ts';

/**
 * Every server sentence (`phrase.*`) in English: one part of the catalogue that a screen showing
 * the server's sentences waits for (i18n.ts, the `phrases` part).
 */
export const enAllPhrases = { ...enPhrases, ...enPhrasesAreas, ...enPhrasesInsights, ...enRefusals };
