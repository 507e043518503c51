import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { formatDay } from '../../ui/dates.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { ScoreSlider } from '../../ui/kit/ScoreSlider.tsx';
import { Stepper } from '../../ui/kit/Stepper.tsx';
import { Screen } from '../../ui/Screen.tsx';
import { useToast } from '../../ui/toast.ts';
import { useToday } from '../../ui/today.ts';
import { EveningReview } from '../credit/EveningReview.tsx';
import { useSaveCheckin } from './mutations.ts';
import { type CheckinDay, checkinQueries, type SaveCheckin } from './queries.ts';
import './checkins.css';

interface Props {
  /** The day to fill in (from /checkin/:date); today (the partner's local day) when absent. */
  params: { date?: string };
}

type Numbers = Pick<SaveCheckin, 'satisfaction' | 'energy' | 'connection' | 'conflicts' | 'positives'> & {
  metrics: Record<string, number>;
};
const NEUTRAL: Numbers = {
  satisfaction: 5,
  energy: 5,
  connection: 5,
  conflicts: 0,
  positives: 0,
  metrics: {},
};
const yesterdayOf = (d: string) =>
  new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** The daily check-in: one screen, big targets, yesterday's numbers one tap away. */
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
      intro={
        <nav className="sub-links" aria-label={t('checkin.links')}>
          <Link href={paths.metrics}>{t('checkin.metricsLink')}</Link>
          <Link href={paths.csi4}>{t('checkin.csi4Link')}</Link>
        </nav>
      }
      loadingLabel={t('checkin.loading')}
      query={day}
    >
      {(d) => (
        <>
          <CheckinForm key={d.date} d={d} />
          {/* The evening credit review (credit area), from the evening ritual's time on. */}
          {date === today ? <EveningReview onlyInEvening /> : null}
        </>
      )}
    </Screen>
  );
}

/** The form for one day. What the person typed stays until saved: a refetch only fills a form that was not touched. */
function CheckinForm({ d }: { d: CheckinDay }) {
  const save = useSaveCheckin();
  const toast = useToast();
  const [values, setValues] = useState<Numbers>(NEUTRAL);
  const [note, setNote] = useState('');
  const [shareNote, setShareNote] = useState(false);
  const [shareNumbers, setShareNumbers] = useState(true);
  const [touched, setTouched] = useState(false);

  useEffect(() => {
    if (touched) return;
    const c = d.checkin;
    setValues(c ? { ...c } : NEUTRAL);
    setNote(c?.note ?? '');
    setShareNote(c?.noteVisibility === 'shared');
    setShareNumbers(c ? c.visibility === 'shared' : true);
  }, [d, touched]);

  const isToday = d.date === d.today;
  const errors = splitError(save.error, [
    'satisfaction',
    'energy',
    'connection',
    'conflicts',
    'positives',
    'note',
  ]);
  const set = (k: keyof Omit<Numbers, 'metrics'>) => (v: number) => {
    setTouched(true);
    setValues((s) => ({ ...s, [k]: v }));
  };

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const trimmed = note.trim();
    save.mutate(
      {
        date: d.date,
        satisfaction: values.satisfaction,
        energy: values.energy,
        connection: values.connection,
        conflicts: values.conflicts,
        positives: values.positives,
        metrics: Object.fromEntries(d.metrics.map((m) => [m.id, values.metrics[m.id] ?? m.scaleMin])),
        visibility: shareNumbers ? 'shared' : 'private',
        note: trimmed || null,
        ...(trimmed ? { noteVisibility: shareNote ? ('shared' as const) : ('private' as const) } : {}),
      },
      {
        onSuccess: () => {
          setTouched(false);
          toast({
            message: t('checkin.saved', { date: isToday ? t('checkin.today') : formatDay(d.date, 'medium') }),
          });
        },
      },
    );
  };

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
      ) : (
        <p className="muted">{t('checkin.intro')}</p>
      )}
      {isToday && !d.locked ? (
        <p>
          <Link href={paths.checkinDay(yesterdayOf(d.today))}>{t('checkin.forgot')}</Link>
        </p>
      ) : null}
      {d.csi4Due && isToday ? (
        <p className="banner">
          <span>{t('checkin.csi4Due')}</span>
          <Link href={paths.csi4} className="button small">
            {t('checkin.csi4Open')}
          </Link>
        </p>
      ) : null}
      <form className="form" onSubmit={submit}>
        {d.start && !d.locked ? (
          <p className="same-start">
            <button
              type="button"
              className="button secondary"
              aria-describedby="same-hint"
              onClick={() => {
                setTouched(true);
                setValues({ ...d.start!, metrics: { ...d.start!.metrics } });
              }}
            >
              {t('checkin.same', {
                date:
                  d.startDate === yesterdayOf(d.date)
                    ? t('checkin.yesterday')
                    : d.startDate
                      ? formatDay(d.startDate, 'medium')
                      : '',
              })}
            </button>
            <span className="hint" id="same-hint">
              {' '}
              {t('checkin.sameHint', { date: d.startDate ? formatDay(d.startDate, 'medium') : '' })}
            </span>
          </p>
        ) : null}
        <fieldset className="checkin-fields" disabled={d.locked}>
          <legend className="visually-hidden">{t('checkin.title')}</legend>
          <ScoreSlider
            label={t('checkin.satisfaction')}
            value={values.satisfaction}
            onChange={set('satisfaction')}
          />
          <ScoreSlider label={t('checkin.energy')} value={values.energy} onChange={set('energy')} />
          <ScoreSlider
            label={t('checkin.connection')}
            value={values.connection}
            onChange={set('connection')}
          />
          <Stepper
            label={t('checkin.conflicts')}
            value={values.conflicts}
            onChange={set('conflicts')}
            max={200}
          />
          <Stepper
            label={t('checkin.positives')}
            value={values.positives}
            onChange={set('positives')}
            max={200}
          />
          {d.metrics.map((m) => (
            <Stepper
              key={m.id}
              label={`${m.name} (${m.scaleMin}–${m.scaleMax})`}
              value={values.metrics[m.id] ?? m.scaleMin}
              min={m.scaleMin}
              max={m.scaleMax}
              onChange={(v) => {
                setTouched(true);
                setValues((s) => ({ ...s, metrics: { ...s.metrics, [m.id]: v } }));
              }}
            />
          ))}
          <div className="field">
            <label htmlFor="checkin-note">{t('checkin.note')}</label>
            <p className="hint" id="checkin-note-hint">
              {t('checkin.noteHint')}
            </p>
            <textarea
              id="checkin-note"
              aria-describedby="checkin-note-hint"
              value={note}
              maxLength={2000}
              onChange={(e) => {
                setTouched(true);
                setNote(e.target.value);
              }}
            />
          </div>
          <label className="choice">
            <input
              type="checkbox"
              checked={shareNote}
              onChange={(e) => {
                setTouched(true);
                setShareNote(e.target.checked);
              }}
            />
            {t('checkin.shareNote')}
          </label>
          <label className="choice">
            <input
              type="checkbox"
              checked={shareNumbers}
              onChange={(e) => {
                setTouched(true);
                setShareNumbers(e.target.checked);
              }}
            />
            {t('checkin.shareNumbers')}
          </label>
          <FormError message={errors.form} />
          <p className="actions">
            <button type="submit" className="button" disabled={save.isPending}>
              {save.isPending ? t('common.saving') : d.checkin ? t('checkin.update') : t('checkin.save')}
            </button>
          </p>
        </fieldset>
      </form>
      {d.partner ? (
        <p className="muted">
          {t('checkin.partnerShared', {
            name: t('week.partner'),
            s: d.partner.satisfaction,
            c: d.partner.connection,
          })}
          {d.partner.note ? ` “${d.partner.note}”` : ''}
        </p>
      ) : null}
    </>
  );
}
