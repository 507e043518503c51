import { describe, expect, it } from 'vitest';
import { staleAfter } from './freshness.ts';

describe('staleAfter', () => {
  it('refreshes the readers of a change: a log entry makes the check-in figures, reviews, reward hints, anchors, credit hints, history and insights stale', () => {
    expect(staleAfter(['log']).sort()).toEqual([
      'anchors',
      'checkins',
      'credit',
      'history',
      'insights',
      'log',
      'rewards',
      'rituals',
    ]);
  });

  it('refreshes the credit hints after any change (they are computed from everything)', () => {
    expect(staleAfter(['habits'])).toContain('credit');
    expect(staleAfter(['checkins'])).toContain('credit');
  });

  it('an import refreshes every area it writes and their readers, each once', () => {
    const stale = staleAfter(['log', 'checkins', 'habits', 'couple']);
    expect(new Set(stale).size).toBe(stale.length);
    expect(stale).toEqual(expect.arrayContaining(['habits', 'pace', 'couple', 'me', 'log', 'rituals']));
  });

  it('crisis mode on the anchors screen refreshes the habits it paused', () => {
    expect(staleAfter(['anchors'])).toEqual(expect.arrayContaining(['anchors', 'habits']));
  });

  it('a change to nothing refreshes nothing', () => {
    expect(staleAfter([])).toEqual([]);
  });
});
