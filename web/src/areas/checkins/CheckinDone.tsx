import { useEffect, useRef } from 'react';
import { t } from '../../i18n.ts';
import { formatDay } from '../../ui/dates.ts';
import type { Checkin, CheckinDay } from './queries.ts';

interface Props {
  d: CheckinDay;
  /** The day's saved check-in. */
  checkin: Checkin;
  /** True right after a save: focus moves here, so nobody is left on the page's body. */
  takeFocus: boolean;
  /** Opens the form again to change the day's answers. */
  onChange: () => void;
}

/** "Done for today": what was saved, in words, and a way to change it while the day is open. */
export function CheckinDone({ d, checkin: c, takeFocus, onChange }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus]);
  const shown = (v: number | null) => (v === null ? t('checkin.unanswered') : String(v));
  return (
    <section className="card checkin-done" aria-labelledby="checkin-done-title">
      <h2 id="checkin-done-title" ref={heading} tabIndex={-1}>
        {d.date === d.today
          ? t('checkin.doneToday')
          : t('checkin.doneFor', { date: formatDay(d.date, 'medium') })}
      </h2>
      <dl className="checkin-summary">
        <dt>{t('checkin.satisfaction')}</dt>
        <dd>{shown(c.satisfaction)}</dd>
        <dt>{t('checkin.energy')}</dt>
        <dd>{shown(c.energy)}</dd>
        <dt>{t('checkin.connection')}</dt>
        <dd>{shown(c.connection)}</dd>
        <dt>{t('checkin.conflicts')}</dt>
        <dd>{shown(c.conflicts)}</dd>
        <dt>{t('checkin.positives')}</dt>
        <dd>{shown(c.positives)}</dd>
      </dl>
      <p className="muted">
        {c.visibility === 'shared' ? t('checkin.numbersShared') : t('checkin.numbersPrivate')}
      </p>
      {c.locked ? null : (
        <p className="actions">
          <button type="button" className="button secondary" onClick={onChange}>
            {t('checkin.change')}
          </button>
        </p>
      )}
    </section>
  );
}
