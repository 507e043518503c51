import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { hasHorizontalScroll } from './browser.ts';

/** WCAG 2.0–2.2 A/AA rules plus axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * What keeps a screen from passing: every serious or critical axe violation (with where it is),
 * and sideways scrolling at the page's width. An empty list is a pass.
 *
 * @example expect(await accessibilityProblems(page, 'dark')).toEqual([]);
 */
export async function accessibilityProblems(page: Page, label = ''): Promise<string[]> {
  const prefix = label ? `${label}: ` : '';
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const problems = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      const where = v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ');
      return `${prefix}${v.id} (${v.impact}) ${v.help} at ${where}`;
    });
  if (await hasHorizontalScroll(page))
    problems.push(`${prefix}scrolls sideways at ${page.viewportSize()?.width ?? '?'} px`);
  return problems;
}
