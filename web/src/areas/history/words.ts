import { sayPhrase, sayPhrases } from '../../ui/phrases.ts';
import type { Annotation } from './queries.ts';

/** An annotation's title: the server's phrase in the reader's language, or the couple's own words. */
export function annotationTitle(a: Pick<Annotation, 'title' | 'titlePhrase'>): string {
  return a.titlePhrase ? sayPhrase(a.titlePhrase) : a.title;
}

/** What happened: the server's phrases, or (a life event) the couple's own words. */
export function annotationStory(a: Pick<Annotation, 'story' | 'storyPhrases'>): string {
  return a.storyPhrases.length > 0 ? sayPhrases(a.storyPhrases) : a.story;
}
