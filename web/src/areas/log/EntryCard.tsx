import { Link } from 'wouter';
import type { Couple, Entry } from '../../api/types.ts';
import { t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { formatDay } from '../../ui/dates.ts';
import { Badge } from '../../ui/kit/Badge.tsx';
import { domainLabel } from '../couple/domain-label.ts';
import { DeleteEntryButton } from './DeleteEntryButton.tsx';
import { kindLabel } from './kinds.ts';
import { PromiseControls } from './PromiseControls.tsx';

interface Props {
  entry: Entry;
  couple: Couple;
  /** The conflict a repair resolved, when it is loaded too. */
  conflict?: Entry | undefined;
}

/** One log entry: what, who, when, the details, and what its author (or both) can do with it. */
export function EntryCard({ entry, couple, conflict }: Props) {
  const author = couple.partners.find((p) => p.id === entry.authorId);
  const labels = new Map(couple.domains.map((d) => [d.id, domainLabel(d)]));
  const headingId = `entry-${entry.id}`;
  return (
    <article className="entry card" aria-labelledby={headingId}>
      <div className="entry-head">
        <h3 className="kind" id={headingId}>
          {kindLabel(entry.kind)}
          <span className="visually-hidden">
            {' '}
            {t('entry.srHeading', { name: author?.displayName ?? '', date: formatDay(entry.date, 'medium') })}
          </span>
        </h3>
        <span className="muted" aria-hidden="true">
          {t('entry.by', { name: author?.displayName ?? t('entry.formerPartner') })}
        </span>
        {entry.visibility === 'private' ? <Badge tone="private">{t('entry.private')}</Badge> : null}
      </div>
      {entry.text ? <p className="entry-text">{entry.text}</p> : null}
      <ul className="entry-meta">
        <li className="visually-hidden">{formatDay(entry.date)}</li>
        {entry.domains.map((d) => (
          <li key={d} className="badge">
            {labels.get(d) ?? d}
          </li>
        ))}
        {entry.intensity !== null ? (
          <li className="intensity">
            <span aria-hidden="true">
              {'●'.repeat(entry.intensity)}
              {'○'.repeat(5 - entry.intensity)}{' '}
            </span>
            {t('entry.intensity', { value: entry.intensity })}
          </li>
        ) : null}
      </ul>
      {entry.kind === 'repair' && entry.repairOf ? (
        <p className="muted">
          {conflict
            ? t('entry.repairs', { date: formatDay(conflict.date, 'medium'), text: excerpt(conflict.text) })
            : t('entry.repairsUnknown')}
        </p>
      ) : null}
      {entry.kind === 'promise' ? <PromiseControls entry={entry} /> : null}
      {entry.mine ? (
        <div className="actions">
          <Link href={paths.editEntry(entry.id)} className="button quiet small">
            {t('entry.edit')}
            <span className="visually-hidden"> {kindLabel(entry.kind)}</span>
          </Link>
          <DeleteEntryButton entry={entry} />
        </div>
      ) : null}
    </article>
  );
}

function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
