import { paths } from '../../paths.ts';

let lastSearch = '';

/** The log's filters as last seen, so a form opened from the log returns to the same list. */
export function rememberLogAddress(search: string): void {
  lastSearch = search;
}

export function logAddress(): string {
  return lastSearch ? `${paths.log}?${lastSearch}` : paths.log;
}
