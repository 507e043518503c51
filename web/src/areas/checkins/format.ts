import { locale } from '../../i18n.ts';
import { dateFormat } from '../../ui/intl.ts';

/** "2024-03" → "March 2024" ("Mar 2024" short); anything else is returned as it is. */
export function formatMonth(month: string, style: 'long' | 'short' = 'long'): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return month;
  return dateFormat(locale(), { timeZone: 'UTC', month: style, year: 'numeric' }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
}
