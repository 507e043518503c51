/**
 * `npm run bench [section…]`: every speed figure the issues ask for, each beside a baseline
 * measured in the same run. Sections live in bench/<section>.ts and export `run(report)`.
 */
import { type Figure, formatFigure } from './harness.ts';

const sections = [
  'stats',
  'import',
  'habits',
  'data',
  'api',
  'web',
  'checkins',
  'experiments',
  'anchors',
  'exploration',
  'alignment',
  'rituals',
  'credit',
  'rewards',
  'pace',
  'scale',
  'lighthouse',
  'history',
  'coach',
] as const;

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const chosen = wanted.length > 0 ? sections.filter((s) => wanted.includes(s)) : sections;
  const figures: Figure[] = [];
  for (const section of chosen) {
    const mod = (await import(`./${section}.ts`)) as { run: (report: (f: Figure) => void) => Promise<void> };
    console.log(`\n## ${section}`);
    await mod.run((f) => {
      figures.push(f);
      console.log(formatFigure(f));
    });
  }
  const missed = figures.filter((f) => f.ok === false);
  console.log(`\n${figures.length} figures, ${missed.length} targets missed`);
}

await main();
