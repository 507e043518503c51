import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from './locales/en.ts';
import { enAreas } from './locales/en-areas.ts';

/*
 * The first screen is drawn before the areas' English strings arrive (i18n.ts): every string the
 * code it loads up front can show must be in en.ts. That code is main.tsx and everything it
 * imports statically (a dynamic import is a later screen, which waits for every string).
 */
const SRC = dirname(fileURLToPath(import.meta.url));
const core = new Set(Object.keys(en));
const everyKey = Object.keys({ ...en, ...enAreas });

function firstScreenFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    const code = readFileSync(file, 'utf8');
    files.set(file, code);
    // Static imports only (`import type` brings no code; `import(` is a later screen).
    for (const m of code.matchAll(/^import\s+(?!type\s)(?:[^;'"]*?\sfrom\s+)?'(\.{1,2}\/[^']+\.tsx?)'/gm))
      visit(resolve(dirname(file), m[1]!));
  };
  visit(join(SRC, 'main.tsx'));
  return files;
}

describe('the first screen’s strings', () => {
  const files = firstScreenFiles();

  it('follows the whole static import graph', () => {
    // The log is the first screen: its page and the shell are there, a lazy screen is not.
    const names = [...files.keys()].map((f) => f.slice(SRC.length + 1));
    expect(names).toContain('areas/log/LogPage.tsx');
    expect(names).toContain('Shell.tsx');
    expect(names).not.toContain('areas/checkins/CheckinPage.tsx');
  });

  it('are all in en.ts, never only in an area’s part', () => {
    const missing: string[] = [];
    for (const [file, source] of files) {
      // Comments may quote a key as an example.
      const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      const where = file.slice(SRC.length + 1);
      // Every quoted catalogue key: in t(…), in a map of labels, or a route's label.
      for (const m of code.matchAll(/'([a-zA-Z]+\.[a-zA-Z0-9_.]+)'/g)) {
        const key = m[1]!;
        // The "More" screen's lines are data in routes.ts, drawn only by the lazy MorePage.
        if (key.startsWith('more.')) continue;
        if (everyKey.includes(key) && !core.has(key)) missing.push(`${where}: ${key}`);
      }
      // A key made from a prefix (`kind.${k}`): every key with that prefix.
      for (const m of code.matchAll(/`([a-zA-Z]+\.[a-zA-Z0-9_.]*\.)\$\{/g)) {
        const prefix = m[1]!;
        for (const key of everyKey)
          if (key.startsWith(prefix) && !core.has(key)) missing.push(`${where}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
