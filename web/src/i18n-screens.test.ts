import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { EnglishPart } from './i18n.ts';
import { en } from './locales/en.ts';
import { enAreas } from './locales/en-areas.ts';
import { enCharts } from './locales/en-charts.ts';
import { enCheckins } from './locales/en-checkins.ts';
import { enCredit } from './locales/en-credit.ts';
import { enHistory } from './locales/en-history.ts';
import { enAllPhrases } from './locales/en-phrases-all.ts';

/*
 * The first screen is drawn before the areas' English strings arrive (i18n.ts): every string the
 * code it loads up front can show must be in en.ts. That code is main.tsx and everything it
 * imports statically (a dynamic import is a later screen). A later screen waits for every area's
 * strings, or, when it names some (lazyPage's second argument), for those alone: then they must
 * be exactly the ones its code shows.
 */
const SRC = dirname(fileURLToPath(import.meta.url));
const core = new Set(Object.keys(en));
const everyKey = Object.keys({ ...en, ...enAreas });
const rel = (file: string) => file.slice(SRC.length + 1);

/** What each part that a screen may name holds (a part missing here is a type error). */
const PARTS: Record<EnglishPart, object> = {
  checkins: enCheckins,
  credit: enCredit,
  history: enHistory,
  charts: enCharts,
  phrases: enAllPhrases,
};

/** `entry` and every file it imports statically (`import type` brings no code). */
function staticGraph(entry: string): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    const code = readFileSync(file, 'utf8');
    files.set(file, code);
    for (const m of code.matchAll(/^import\s+(?!type\s)(?:[^;'"]*?\sfrom\s+)?'(\.{1,2}\/[^']+\.tsx?)'/gm))
      visit(resolve(dirname(file), m[1]!));
  };
  visit(entry);
  return files;
}

/** Every quoted catalogue key in `source` (in t(…), a map of labels, a route's label). */
function quotedKeys(source: string): string[] {
  // Comments may quote a key as an example.
  const code = withoutComments(source);
  return [...code.matchAll(/'([a-zA-Z]+\.[a-zA-Z0-9_.]+)'/g)]
    .map((m) => m[1]!)
    .filter((k) => everyKey.includes(k));
}

/** Every key a template could make from a prefix (`kind.${k}`): each key with that prefix. */
function prefixedKeys(source: string, prefix: RegExp): string[] {
  const code = withoutComments(source);
  return [...code.matchAll(prefix)].flatMap((m) => everyKey.filter((key) => key.startsWith(m[1]!)));
}

const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
const firstScreen = staticGraph(join(SRC, 'main.tsx'));

describe('the first screen’s strings', () => {
  it('follows the whole static import graph', () => {
    // The log is the first screen: its page and the shell are there, a lazy screen is not.
    const names = [...firstScreen.keys()].map(rel);
    expect(names).toContain('areas/log/LogPage.tsx');
    expect(names).toContain('Shell.tsx');
    expect(names).not.toContain('areas/checkins/CheckinPage.tsx');
  });

  it('are all in en.ts, never only in an area’s part', () => {
    const missing: string[] = [];
    for (const [file, source] of firstScreen) {
      // The "More" screen's lines are data in routes.ts, drawn only by the lazy MorePage.
      const keys = [
        ...quotedKeys(source).filter((k) => !k.startsWith('more.')),
        // Two dots at least: a server's sentence (`phrase.${code}`) is asked for only when it is
        // there (isMessageKey), with the server's English words otherwise.
        ...prefixedKeys(source, /`([a-zA-Z]+\.[a-zA-Z0-9_.]*\.)\$\{/g),
      ];
      for (const key of keys) if (!core.has(key)) missing.push(`${rel(file)}: ${key}`);
    }
    expect(missing).toEqual([]);
  });
});

/** Every `lazyPage(() => import('./X.tsx'), ['part', …])` in the app: the screen and its parts. */
function screensThatNameTheirStrings(): { page: string; parts: string[] }[] {
  const found: { page: string; parts: string[] }[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.includes('.test.'))
        for (const m of readFileSync(path, 'utf8').matchAll(
          /lazyPage\(\s*\(\)\s*=>\s*import\('(\.{1,2}\/[^']+)'\),\s*\[([^\]]*)\]/g,
        ))
          found.push({
            page: rel(resolve(dirname(path), m[1]!)),
            parts: [...m[2]!.matchAll(/'(\w+)'/g)].map((p) => p[1]!),
          });
    }
  };
  visit(SRC);
  return found;
}

/** The parts the code of `page` shows: its own files' keys (the first screen's are in en.ts). */
function partsShown(page: string): { parts: string[]; nowhere: string[] } {
  const parts = new Set<string>();
  const nowhere: string[] = [];
  for (const [file, source] of staticGraph(join(SRC, page))) {
    if (firstScreen.has(file)) continue;
    const keys = [...quotedKeys(source), ...prefixedKeys(source, /`([a-zA-Z]+\.[a-zA-Z0-9_.]*)\$\{/g)];
    // The server's sentences, through the kit's sayPhrase.
    if (/from '[./]*\/?ui\/phrases\.ts'|from '\.\/phrases\.ts'/.test(source)) parts.add('phrases');
    for (const key of keys) {
      if (core.has(key)) continue;
      const part = Object.entries(PARTS).find(([, strings]) => key in strings)?.[0];
      if (part) parts.add(part);
      else nowhere.push(`${rel(file)}: ${key}`);
    }
  }
  return { parts: [...parts].sort(), nowhere };
}

describe('a screen that names its strings', () => {
  const screens = screensThatNameTheirStrings();

  it('is found where it is declared', () => {
    // The check-in and the history are often the first screen opened; the chart is on the history.
    expect(screens.map((s) => s.page).sort()).toEqual([
      'areas/checkins/CheckinPage.tsx',
      'areas/history/HistoryPage.tsx',
      'ui/kit/plot/TimeChart.tsx',
    ]);
  });

  it.each(screens)('$page names exactly the parts its code shows', ({ page, parts }) => {
    const shown = partsShown(page);
    expect(shown.nowhere, 'keys in no part a screen can name').toEqual([]);
    expect([...parts].sort()).toEqual(shown.parts);
  });

  it('finds every server sentence (`phrase.*`) in the phrases part', () => {
    // A screen that shows the server's sentences names `phrases`: none may live in another part.
    const elsewhere = everyKey.filter(
      (k) => k.startsWith('phrase.') && !core.has(k) && !(k in PARTS.phrases),
    );
    expect(elsewhere).toEqual([]);
  });

  it('sees a part the code needs but the screen leaves out', () => {
    // The check-in's evening review shows the credit area's strings.
    expect(partsShown('areas/checkins/CheckinPage.tsx').parts).toContain('credit');
    expect(partsShown('areas/history/HistoryPage.tsx').parts).toContain('phrases');
  });
});
