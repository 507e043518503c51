import { locale, type MessageKey, t } from '../../i18n.ts';
import type { Drift, Reveal } from './queries.ts';

/** The four dimensions, in the server's order, with their poles' catalogue keys. */
export const DIMENSIONS = [
  { key: 'harmonyAuthenticity', low: 'alignment.pole.harmony', high: 'alignment.pole.authenticity' },
  { key: 'independenceConnection', low: 'alignment.pole.independence', high: 'alignment.pole.connection' },
  { key: 'growthStability', low: 'alignment.pole.growth', high: 'alignment.pole.stability' },
  { key: 'familyCareer', low: 'alignment.pole.family', high: 'alignment.pole.career' },
] as const satisfies ReadonlyArray<{ key: string; low: MessageKey; high: MessageKey }>;

export type DimensionKey = (typeof DIMENSIONS)[number]['key'];

const poles = (key: string) => {
  const d = DIMENSIONS.find((x) => x.key === key) ?? DIMENSIONS[0];
  return { low: t(d.low), high: t(d.high) };
};

/** "Between harmony and authenticity". */
export const dimensionName = (key: string) => t('alignment.dimension', poles(key));

/** Where one value sits, in words: "70 of 100, towards authenticity". */
export function position(key: string, value: number): string {
  const { low, high } = poles(key);
  // The same thirds as the server's rules (src/areas/alignment/rules.ts, `lean`).
  if (value < 40) return t('alignment.dimensionValue', { value, pole: low });
  if (value > 60) return t('alignment.dimensionValue', { value, pole: high });
  return t('alignment.dimensionMiddle', { value });
}

/** One dimension's gap in plain words (CLOSE_GAP 15 and FAR_GAP 35, as in the server's rules). */
export function gapWords(d: Reveal['dimensions'][number]): string {
  const how = d.gap <= 15 ? 'alignment.close' : d.gap > 35 ? 'alignment.far' : 'alignment.apart';
  return t(how, { ...poles(d.key), mine: d.mine, partner: d.partner });
}

/** "“a”, “b” and “c”" in the language in use. */
export function listWords(items: readonly string[]): string {
  const quoted = items.map((s) => (locale() === 'es' ? `«${s}»` : `“${s}”`));
  return new Intl.ListFormat(locale(), { type: 'conjunction' }).format(quoted);
}

/** The rewards' overlap in plain words: what both seek near the top, then what differs. */
export function rewardWords(r: Reveal['rewards'], partnerName: string): string[] {
  const out =
    r.shared.length === 0
      ? [t('alignment.rewardsDiffer')]
      : [
          t('alignment.rewardsShared', { items: listWords(r.shared) }),
          ...(r.onlyMine.length + r.onlyPartner.length > 0 ? [t('alignment.rewardsOthers')] : []),
        ];
  if (r.onlyMine.length > 0) out.push(t('alignment.onlyMine', { items: listWords(r.onlyMine) }));
  if (r.onlyPartner.length > 0)
    out.push(t('alignment.onlyPartner', { name: partnerName, items: listWords(r.onlyPartner) }));
  return out;
}

/** How alike the two domain rankings are (Kendall's τ from the server), in plain words. */
export function domainWords(d: Reveal['domains'], firstDomain: string | null): string {
  const key: MessageKey =
    d.agreement === null
      ? 'alignment.domainsFew'
      : d.agreement >= 0.6
        ? 'alignment.domainsSame'
        : d.agreement > 0
          ? 'alignment.domainsPartly'
          : 'alignment.domainsDiffer';
  const first = d.sameFirst && firstDomain ? ` ${t('alignment.domainsFirst', { domain: firstDomain })}` : '';
  return `${t(key)}${first}`;
}

/** One dimension's drift over the rounds, in plain words. */
export function trendWords(d: Drift['dimensions'][number]): string {
  const p = poles(d.key);
  const first = d.points[0];
  const last = d.points.at(-1);
  if (d.trend === null || !first || !last) return t('alignment.trend.none', p);
  const words = t(`alignment.trend.${d.trend}`, {
    ...p,
    first: first.gap,
    last: last.gap,
    since: first.quarter,
  });
  return d.points.length < 3 ? `${words} ${t('alignment.trendHint')}` : words;
}
