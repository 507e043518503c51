import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { importCommand } from './import.ts';
import type { CliIo } from './io.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../import/fixtures/${name}`, import.meta.url));

function captured(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => {
      io.out += t;
    },
    stderr: (t: string) => {
      io.err += t;
    },
  };
  return io;
}

describe('attune import --dry-run --json', () => {
  it('prints the preview summary and exits 0 for a clean file', async () => {
    const io = captured();
    const code = await importCommand([fixture('notebook.md'), '--dry-run', '--json'], io);
    expect(code).toBe(0);
    const json = JSON.parse(io.out);
    expect(json).toMatchObject({
      entries: 11,
      byKind: { conflict: 3, repair: 1, promise: 3, appreciation: 1, gesture: 1, life_event: 1, note: 1 },
      promiseStates: { kept: 1, broken: 1, open: 1 },
      firstDate: '2023-04-12',
      lastDate: '2023-05-02',
      dateOrder: 'unambiguous',
      problems: [],
    });
  });

  it('exits 2 and still prints JSON when the file has errors', async () => {
    const io = captured();
    const code = await importCommand([fixture('errors.txt'), '--dry-run', '--json'], io);
    expect(code).toBe(2);
    const json = JSON.parse(io.out);
    expect(json.problems.map((p: { line: number }) => p.line)).toEqual([4, 6, 9]);
    // A line before the first date is shown, not imported, and no reason to refuse the file.
    expect(json.warnings).toEqual([expect.objectContaining({ line: 1, code: 'notebook.undated' })]);
    expect(json.problems[0]).toEqual({
      line: 4,
      text: '13/32/2023',
      message: expect.stringMatching(/^This line is meant as a date but is not one: .*1 line\(s\) below it/),
      // The same problem as a code with parameters, for other languages (src/import/messages.ts).
      code: 'notebook.badDateSkipped',
      params: { detail: expect.any(String), count: 1 },
    });
  });

  it('an ambiguous file needs --date-order, and takes it', async () => {
    const io = captured();
    expect(await importCommand([fixture('ambiguous.txt'), '--dry-run', '--json'], io)).toBe(2);
    expect(JSON.parse(io.out)).toMatchObject({ needsDateOrder: true });
    const io2 = captured();
    expect(
      await importCommand(
        [fixture('ambiguous.txt'), '--dry-run', '--json', '--date-order', 'day-first'],
        io2,
      ),
    ).toBe(0);
    expect(JSON.parse(io2.out)).toMatchObject({
      dateOrder: 'day-first',
      firstDate: '2023-05-04',
      problems: [],
    });
  });

  it('prints a short human summary without --json', async () => {
    const io = captured();
    expect(await importCommand([fixture('day-first.txt'), '--dry-run'], io)).toBe(0);
    expect(io.out).toMatch(/5 entries/);
    expect(io.out).toMatch(/date order: day-first/);
  });

  it('bad arguments and missing files exit 2 with a message, no stack trace', async () => {
    for (const args of [
      [],
      ['--dry-run'],
      ['a', 'b'],
      ['x.txt', '--date-order', 'sideways'],
      ['x.txt', '--frobnicate'],
    ]) {
      const io = captured();
      expect(await importCommand(args, io)).toBe(2);
      expect(io.err).toMatch(/^attune import: /);
    }
    const io = captured();
    expect(await importCommand(['/nonexistent/notebook.txt', '--dry-run'], io)).toBe(2);
    expect(io.err).toMatch(/no such file/);
    expect(io.err).not.toMatch(/at .*\.ts:\d+/);
  });

  it('a binary file is a clear problem with exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attune-import-'));
    const file = join(dir, 'photo.txt');
    writeFileSync(file, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
    const io = captured();
    expect(await importCommand([file, '--dry-run', '--json'], io)).toBe(2);
    expect(JSON.parse(io.out).problems[0].message).toMatch(/binary/);
  });

  it('works through the real bin/attune.js', async () => {
    const bin = fileURLToPath(new URL('../../bin/attune.js', import.meta.url));
    const { stdout } = await promisify(execFile)('node', [
      bin,
      'import',
      fixture('month-first.txt'),
      '--dry-run',
      '--json',
    ]);
    expect(JSON.parse(stdout)).toMatchObject({ entries: 4, dateOrder: 'month-first', problems: [] });
    const failed = await promisify(execFile)('node', [
      bin,
      'import',
      fixture('errors.txt'),
      '--dry-run',
      '--json',
    ]).catch((e: { code: number; stdout: string }) => e);
    expect(failed).toMatchObject({ code: 2 });
    expect(JSON.parse(failed.stdout).problems).toHaveLength(3);
  }, 30_000);
});
