import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { formatDay } from '../../ui/dates.ts';
import { Screen } from '../../ui/Screen.tsx';
import { useToday } from '../../ui/today.ts';
import { EveningReview } from '../credit/EveningReview.tsx';
import { CheckinDone } from './CheckinDone.tsx';
import { CheckinForm } from './CheckinForm.tsx';
import { type Checkin, type CheckinDay, checkinQueries } from './queries.ts';
import './checkins.css';

interface Props {
  /** The day to fill in (from /checkin/:date); today (the partner's local day) when absent. */
  params: { date?: string };
}

const yesterdayOf = (d: string) =>
  new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * The daily check-in: the form, or "done for today" once saved. Sections that belong to the
 * evening (e.g. a credit prompt) go below the day's part, in `CheckinDayView`, one per component.
 */
export default function CheckinPage({ params }: Props) {
  const today = useToday();
  const date = params.date ?? today;
  const day = useQuery(checkinQueries.day(date));
  return (
    <Screen
      title={date === today ? t('checkin.title') : t('checkin.titleFor', { date: formatDay(date, 'medium') })}
      actions={
        <Link href={paths.week} className="button secondary small">
          {t('checkin.week')}
        </Link>
      }
      loadingLabel={t('checkin.loading')}
      query={day}
    >
      {(d) => <CheckinDayView key={d.date} d={d} />}
    </Screen>
  );
}

/** One day: its state (locked, done, or the form), then the links and what the partner shared. */
function CheckinDayView({ d }: { d: CheckinDay }) {
  // Editing: no check-in yet, or "Change" was pressed. `justSaved` moves focus to "done".
  const [editing, setEditing] = useState(false);
  const [justSaved, setJustSaved] = useState(false);
  // What the save returned, until the refetched day catches up.
  const [saved, setSaved] = useState<Checkin | null>(null);
  // Saved on this device while offline: the outbox sends it when the connection returns.
  const [queued, setQueued] = useState(false);
  const checkin = d.checkin ?? saved;
  const isToday = d.date === d.today;
  const showForm = !checkin || editing;
  return (
    <>
      {d.locked ? (
        <div className="alert" role="status">
          <p>
            <strong>{t('checkin.locked')}.</strong>{' '}
            {d.lock?.code === 'past_window'
              ? t('checkin.lock.past_window', { count: d.lock.days })
              : d.lock?.code === 'future'
                ? t('checkin.lock.future')
                : d.lockedReason}
          </p>
        </div>
      ) : null}
      {queued && !d.checkin ? (
        <p className="banner" role="status">
          {t('outbox.checkinKept')}
        </p>
      ) : null}
      {showForm ? (
        <CheckinForm
          d={d}
          onSaved={(c) => {
            if ('queued' in c) {
              setQueued(true);
              return;
            }
            setQueued(false);
            setSaved(c);
            setEditing(false);
            setJustSaved(true);
          }}
        />
      ) : (
        <CheckinDone
          d={d}
          checkin={checkin}
          takeFocus={justSaved}
          onChange={() => {
            setJustSaved(false);
            setEditing(true);
          }}
        />
      )}
      {/* The evening credit review (credit area), from the evening ritual's time on. */}
      {isToday ? <EveningReview onlyInEvening /> : null}
      {d.csi4Due && isToday && !showForm ? (
        <p className="banner">
          <span>{t('checkin.csi4Due')}</span>
          <Link href={paths.csi4} className="button small">
            {t('checkin.csi4Open')}
          </Link>
        </p>
      ) : null}
      <nav className="sub-links checkin-links" aria-label={t('checkin.links')}>
        {isToday && !d.locked ? (
          <Link href={paths.checkinDay(yesterdayOf(d.today))}>{t('checkin.forgot')}</Link>
        ) : null}
        <Link href={paths.metrics}>{t('checkin.metricsLink')}</Link>
        <Link href={paths.csi4}>{t('checkin.csi4Link')}</Link>
      </nav>
      {d.partner ? (
        <p className="muted">
          {t('checkin.partnerShared', {
            name: t('week.partner'),
            s: d.partner.satisfaction ?? t('checkin.unanswered'),
            c: d.partner.connection ?? t('checkin.unanswered'),
          })}
          {d.partner.note ? ` “${d.partner.note}”` : ''}
        </p>
      ) : null}
    </>
  );
}
