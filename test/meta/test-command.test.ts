import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * The test command itself must be able to fail. Each case runs `npm test -- FILES` in a scratch
 * copy of the repository, with a deliberately broken fixture beside a real test file of the
 * same project, and asserts a non-zero exit. A control run of the real file alone must exit 0,
 * so a non-zero exit is the fixture's doing and not a broken copy.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
let copy: string;

/** The files git knows (tracked, or new and not ignored), copied with their times kept. */
function copyRepository(to: string): void {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    if (!existsSync(join(ROOT, file))) continue; // deleted in the work tree
    mkdirSync(dirname(join(to, file)), { recursive: true });
    cpSync(join(ROOT, file), join(to, file), { preserveTimestamps: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(to, 'node_modules'));
  // The built web app, so the e2e setup need not build it again (its sources kept their times).
  if (existsSync(join(ROOT, 'web/dist'))) symlinkSync(join(ROOT, 'web/dist'), join(to, 'web/dist'));
}

/** Copies a fixture into the copy under a test file's name, so the normal globs pick it up. */
function place(fixture: string, as: string): string {
  cpSync(join(ROOT, 'test/fixtures/failing', fixture), join(copy, as));
  return as;
}

function npmTest(files: string[], env: Record<string, string> = {}) {
  // Vitest marks its own processes through the environment; the inner run must not inherit that.
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST'),
  );
  const run = spawnSync('npm', ['test', '--', ...files], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...clean, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    timeout: 240_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'attune-test-command-'));
  copyRepository(copy);
});

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('npm test exits non-zero whenever something fails', () => {
  const API_FILE = 'test/api/openapi.test.ts';

  it('passes when the real API test file passes (the control)', () => {
    const run = npmTest([API_FILE]);
    expect(run.output).toMatch(/Tests\s+\d+ passed/);
    expect(run.output).not.toMatch(/\d+ failed/);
    expect(run.status, run.output).toBe(0);
  });

  it('fails on a failing assertion beside an API test file (which starts PostgreSQL)', () => {
    const run = npmTest([place('assertion.ts', 'src/zz-failing.test.ts'), API_FILE]);
    expect(run.output).toContain('fails on purpose (fixture)');
    expect(run.status, run.output).not.toBe(0);
  });

  it('fails on an unhandled rejection in an otherwise passing test', () => {
    const run = npmTest([place('unhandled.ts', 'src/zz-unhandled.test.ts'), API_FILE]);
    expect(run.output).toContain('unhandled on purpose (fixture)');
    expect(run.status, run.output).not.toBe(0);
  });

  it('fails on a test that times out', () => {
    const run = npmTest([place('timeout.ts', 'test/api/zz-timeout.test.ts'), API_FILE]);
    expect(run.output).toContain('times out on purpose (fixture)');
    expect(run.status, run.output).not.toBe(0);
  });

  it('fails when the global setup fails (a database that does not answer)', () => {
    // Port 1 on loopback: nothing listens there, so the API project's setup must fail loudly.
    const run = npmTest([API_FILE], { ATTUNE_TEST_PG_URL: 'postgres://nobody:x@127.0.0.1:1/none' });
    expect(run.output).toContain('ATTUNE_TEST_PG_URL is set but PostgreSQL did not answer');
    expect(run.status, run.output).not.toBe(0);
  });

  it('fails on a failing test in the end-to-end project, beside a real browser test', () => {
    const run = npmTest([place('assertion.ts', 'test/e2e/zz-failing.test.ts'), 'test/e2e/pwa.test.ts']);
    expect(run.output).toContain('fails on purpose (fixture)');
    expect(run.output).toMatch(/Tests\s+1 failed \| \d+ passed/);
    expect(run.status, run.output).not.toBe(0);
  });
});
