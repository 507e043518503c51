import { describe, expect, it } from 'vitest';
import { filtersFromSearch, filtersToSearch } from './LogFilters.tsx';

describe('log filters in the address', () => {
  it('survive a round trip through the query string', () => {
    const filters = {
      kind: ['conflict' as const, 'promise' as const],
      author: 'me' as const,
      from: '2024-01-01',
      q: 'dishes & tea',
    };
    expect(filtersFromSearch(new URLSearchParams(filtersToSearch(filters).toString()))).toEqual(filters);
  });

  it('drop what the log does not know instead of sending it to the server', () => {
    expect(filtersFromSearch(new URLSearchParams('kind=nonsense&author=everyone&domain='))).toEqual({});
  });
});
