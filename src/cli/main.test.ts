import { describe, expect, it } from 'vitest';
import { main } from './main.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) }, out, err };
}

describe('attune --help', () => {
  it('lists every command', async () => {
    const { io, out } = capture();
    expect(await main(['--help'], io)).toBe(0);
    for (const command of ['serve', 'migrate', 'demo', 'import', 'export', 'restore', 'analyze', 'report']) {
      expect(out.join(''), command).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
  });

  it('shows a command’s own usage', async () => {
    const { io, out } = capture();
    expect(await main(['restore', '--help'], io)).toBe(0);
    expect(out.join('')).toContain('attune restore FILE');
  });

  it('should fail with exit code 2 and a hint for an unknown command', async () => {
    const { io, err } = capture();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(err.join('')).toContain('unknown command "frobnicate"');
  });
});
