import { useId } from 'react';
import { type Couple, KINDS, type Kind } from '../../api/types.ts';
import { t } from '../../i18n.ts';
import { Select } from '../../ui/kit/Select.tsx';
import { domainLabel } from '../couple/domain-label.ts';
import { kindLabel } from './kinds.ts';
import type { LogFilters as Filters } from './queries.ts';

interface Props {
  filters: Filters;
  onChange: (filters: Filters) => void;
  couple: Couple;
}

/** How many filters are on (for the summary line). */
export function activeFilterCount(f: Filters): number {
  return [f.kind?.length ? 1 : 0, f.domain, f.author, f.from, f.to, f.q].filter(Boolean).length;
}

/** The filters an address holds (`?kind=promise&kind=repair&from=…`); unknown values are dropped. */
export function filtersFromSearch(search: URLSearchParams): Filters {
  const kinds = new Set(search.getAll('kind'));
  const author = search.get('author');
  return clean({
    kind: KINDS.filter((k) => kinds.has(k)),
    domain: search.get('domain') ?? undefined,
    author: author === 'me' || author === 'partner' ? author : undefined,
    from: search.get('from') ?? undefined,
    to: search.get('to') ?? undefined,
    q: search.get('q') ?? undefined,
  });
}

/** The address form of the filters, so a reload, a shared link or Back keeps them. */
export function filtersToSearch(f: Filters): URLSearchParams {
  const out = new URLSearchParams();
  for (const k of f.kind ?? []) out.append('kind', k);
  for (const key of ['domain', 'author', 'from', 'to', 'q'] as const) {
    const value = f[key];
    if (value) out.set(key, value);
  }
  return out;
}

/** Drops empty values, so "no filter" is an absent key and not an empty string. */
function clean(f: Filters): Filters {
  const out: Filters = {};
  if (f.kind?.length) out.kind = f.kind;
  if (f.domain) out.domain = f.domain;
  if (f.author) out.author = f.author;
  if (f.from) out.from = f.from;
  if (f.to) out.to = f.to;
  if (f.q?.trim()) out.q = f.q.trim().slice(0, 100);
  return out;
}

/** Filters that apply as they change: kind, domain, who wrote it, and a date range. */
export function LogFilters({ filters, onChange, couple }: Props) {
  const id = useId();
  const count = activeFilterCount(filters);
  const partner = couple.partners.find((p) => !p.me);
  const set = (patch: Partial<Filters>) => onChange(clean({ ...filters, ...patch }));
  const toggleKind = (kind: Kind, on: boolean) => {
    const kinds = new Set(filters.kind ?? []);
    if (on) kinds.add(kind);
    else kinds.delete(kind);
    set({ kind: KINDS.filter((k) => kinds.has(k)) });
  };

  return (
    <details className="filters card">
      <summary>{count > 0 ? t('filters.titleActive', { count }) : t('filters.title')}</summary>
      <div className="form">
        <fieldset>
          <legend>{t('filters.kind')}</legend>
          <div className="chips">
            {KINDS.map((kind) => (
              <label className="chip" key={kind}>
                <input
                  type="checkbox"
                  checked={filters.kind?.includes(kind) ?? false}
                  onChange={(e) => toggleKind(kind, e.target.checked)}
                />
                <span>{kindLabel(kind)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="two-cols">
          <Select
            label={t('filters.domain')}
            value={filters.domain ?? ''}
            onChange={(e) => set({ domain: e.target.value || undefined })}
          >
            <option value="">{t('filters.anyDomain')}</option>
            {couple.domains.map((d) => (
              <option key={d.id} value={d.id}>
                {domainLabel(d)}
              </option>
            ))}
          </Select>
          <Select
            label={t('filters.author')}
            value={filters.author ?? ''}
            onChange={(e) => set({ author: (e.target.value || undefined) as Filters['author'] })}
          >
            <option value="">{t('filters.anyone')}</option>
            <option value="me">{t('filters.me')}</option>
            <option value="partner">{partner ? partner.displayName : t('filters.partner')}</option>
          </Select>
          <div className="field">
            <label htmlFor={`${id}-from`}>{t('filters.from')}</label>
            <input
              id={`${id}-from`}
              type="date"
              value={filters.from ?? ''}
              max={filters.to}
              onChange={(e) => set({ from: e.target.value || undefined })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>{t('filters.to')}</label>
            <input
              id={`${id}-to`}
              type="date"
              value={filters.to ?? ''}
              min={filters.from}
              onChange={(e) => set({ to: e.target.value || undefined })}
            />
          </div>
        </div>
        {count > 0 ? (
          <p className="actions">
            <button type="button" className="button secondary small" onClick={() => onChange({})}>
              {t('filters.clear')}
            </button>
          </p>
        ) : null}
      </div>
    </details>
  );
}
