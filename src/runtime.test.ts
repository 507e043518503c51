import { readdirSync, readFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

/**
 * Every TypeScript file Node itself runs: the app, the bench, the scripts, the test
 * PostgreSQL's child process, the crash cycles' support and the test support the bench imports.
 * Test files are Vitest's to transform.
 */
function runtimeSources(): string[] {
  const folders = ['src', 'bench', 'scripts'].flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
      .map((f) => join(dir, f)),
  );
  const support = ['pg-child', 'crash', 'pg-server', 'app', 'stores'].map((f) => `test/support/${f}.ts`);
  return [...folders, ...support];
}

describe('Node 24 runs the sources as they are', () => {
  it('is Node 24 or later that runs this suite', () => {
    expect(Number(process.versions.node.split('.')[0]), process.version).toBeGreaterThanOrEqual(24);
  });

  // Node only strips types: an enum, a namespace or a parameter property stops `npm start`.
  it('finds only erasable TypeScript in every runtime file', () => {
    const files = runtimeSources();
    expect(files).toContain('src/cli/main.ts');
    const refused = files.filter((file) => {
      try {
        stripTypeScriptTypes(readFileSync(join(ROOT, file), 'utf8'));
        return false;
      } catch {
        return true;
      }
    });
    expect(refused).toEqual([]);
  });
});
