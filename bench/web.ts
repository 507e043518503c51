/**
 * The web app's weight on a phone: gzipped JS and CSS that the first route loads (the entry
 * chunk and its static imports, from Vite's build manifest; lazy routes excluded), against the
 * targets JS ≤ 110 KiB and CSS ≤ 50 KiB; and what is really sent to a browser that accepts
 * brotli (the build's precompressed .br files). The baseline is React itself (react + react-dom
 * built alone the same way), i.e. what any React app pays before its first line of code.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Report } from './harness.ts';
import { runChart } from './web-chart.ts';
import { runAppChart } from './web-history.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WEB = join(ROOT, 'web');
const DIST = join(WEB, 'dist');
const MANIFEST = join(DIST, '.vite/manifest.json');
const KIB = 1024;
// Issue 21: the first route's compressed JS at most 110 KiB.
const JS_TARGET_KIB = 110;
const CSS_TARGET_KIB = 50;

interface Chunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newestMtime(join(path, entry))));
}

/** Builds web/dist unless its manifest is newer than every source. */
export function ensureBuilt(): void {
  const sources = ['src', 'public', 'index.html', 'vite.config.ts']
    .map((p) => join(WEB, p))
    .filter(existsSync);
  if (existsSync(MANIFEST) && statSync(MANIFEST).mtimeMs >= Math.max(...sources.map(newestMtime))) return;
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'web/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
}

const gzipped = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;

/** The entry and everything it imports statically: what the browser fetches before first paint. */
function firstRouteFiles(manifest: Record<string, Chunk>): { js: Set<string>; css: Set<string> } {
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || js.has(chunk.file)) return;
    js.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return { js, css };
}

/**
 * React alone, built the way the app is built: a minified production bundle of an entry that
 * only renders an empty div with react-dom/client, gzipped.
 */
async function reactBaseline(): Promise<number> {
  const { build } = await import('vite');
  // Inside the repository, so react resolves from its node_modules; .tmp is gitignored.
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.tmp', 'bench-react-'));
  try {
    const entry = join(dir, 'entry.js');
    writeFileSync(
      entry,
      "import { createElement } from 'react';\nimport { createRoot } from 'react-dom/client';\n" +
        "createRoot(document.body).render(createElement('div'));\n",
    );
    const out = (await build({
      configFile: false,
      logLevel: 'silent',
      root: dir,
      mode: 'production',
      build: { write: false, minify: true, target: 'es2022', rollupOptions: { input: entry } },
    })) as
      | { output: Array<{ type: string; code?: string }> }
      | Array<{ output: Array<{ type: string; code?: string }> }>;
    const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
    return outputs
      .filter((o) => o.type === 'chunk' && o.code)
      .reduce((sum, o) => sum + gzipSync(o.code!, { level: 9 }).length, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(report: Report): Promise<void> {
  ensureBuilt();
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, Chunk>;
  const { js, css } = firstRouteFiles(manifest);
  const size = (files: Iterable<string>) =>
    [...files].reduce((sum, f) => sum + gzipped(join(DIST, f)), 0) / KIB;
  const jsKib = size(js);
  const cssKib = size(css);
  const allJs = Object.values(manifest)
    .map((c) => c.file)
    .filter((f) => f.endsWith('.js'));

  report({
    name: `web: JS loaded on the first route (${js.size} files, gzip)`,
    value: jsKib,
    unit: 'KiB',
    baseline: { value: (await reactBaseline()) / KIB, label: 'react + react-dom alone, same build, gzip' },
    better: 'lower',
    target: `≤ ${JS_TARGET_KIB} KiB`,
    ok: jsKib <= JS_TARGET_KIB,
  });
  // What the server really sends to a browser that accepts brotli: the build's .br files.
  const sent = (files: Iterable<string>) =>
    [...files].reduce((sum, f) => {
      const br = join(DIST, `${f}.br`);
      return sum + (existsSync(br) ? statSync(br).size : statSync(join(DIST, f)).size);
    }, 0) / KIB;
  report({
    name: `web: JS loaded on the first route (${js.size} files, as sent: brotli)`,
    value: sent(js),
    unit: 'KiB',
    better: 'lower',
    target: `≤ ${JS_TARGET_KIB} KiB`,
    ok: sent(js) <= JS_TARGET_KIB,
  });
  // Issue 15: the chart's drawing code comes with the first screen that has a chart, never before.
  const chart = manifest['src/ui/kit/plot/TimeChart.tsx'];
  if (!chart) throw new Error('the build has no chunk of its own for the chart (TimeChart.tsx)');
  const chartFiles = [chart.file, ...(chart.imports ?? []).map((k) => manifest[k]!.file)].filter(
    (f) => !js.has(f),
  );
  report({
    name: "web: the history chart's code, outside the first route (as sent: brotli)",
    value: sent(chartFiles),
    unit: 'KiB',
    better: 'lower',
    target: 'not in the first route',
    ok: !js.has(chart.file),
  });
  // Asked for at start too, but the first screen is drawn without waiting for it (i18n.ts).
  const areas = manifest['src/locales/en-areas.ts'];
  if (areas)
    report({
      name: "web: the areas' English strings, loaded after the first route, not awaited by it (gzip)",
      value: size([areas.file, ...(areas.imports ?? []).map((k) => manifest[k]!.file)]),
      unit: 'KiB',
      better: 'lower',
    });
  report({
    name: `web: CSS loaded on the first route (${css.size} files, gzip)`,
    value: cssKib,
    unit: 'KiB',
    better: 'lower',
    target: `≤ ${CSS_TARGET_KIB} KiB`,
    ok: cssKib <= CSS_TARGET_KIB,
  });
  report({
    name: `web: all JS, every route (${new Set(allJs).size} files, gzip)`,
    value: size(new Set(allJs)),
    unit: 'KiB',
    better: 'lower',
  });
  await runChart(report);
  await runAppChart(report);
}
