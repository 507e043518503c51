import { useEffect, useState } from 'react';
import { t } from '../../i18n.ts';
import { formatDay } from '../../ui/dates.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { ScoreSlider } from '../../ui/kit/ScoreSlider.tsx';
import { Stepper } from '../../ui/kit/Stepper.tsx';
import { type Answers, answersOf, bodyOf, isBlank, UNANSWERED } from './answers.ts';
import { type Saved, useSaveCheckin } from './mutations.ts';
import type { CheckinDay } from './queries.ts';

interface Props {
  d: CheckinDay;
  /** Called with the stored check-in once the server confirmed the save, or `queued` offline. */
  onSaved: (saved: Saved) => void;
}

const yesterdayOf = (d: string) =>
  new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * The day's form. The daily essentials (three scores, two counts, Save) fit one phone screen;
 * the note, sharing and the couple's own metrics fold away. Untouched questions stay unanswered.
 * What the person typed stays until saved: a refetch only fills a form that was not touched.
 */
export function CheckinForm({ d, onSaved }: Props) {
  const save = useSaveCheckin();
  const [values, setValues] = useState<Answers>(UNANSWERED);
  const [note, setNote] = useState('');
  const [shareNote, setShareNote] = useState(false);
  const [shareNumbers, setShareNumbers] = useState(true);
  const [touched, setTouched] = useState(false);
  const [blank, setBlank] = useState(false);

  useEffect(() => {
    if (touched) return;
    const c = d.checkin;
    setValues(c ? answersOf(c) : UNANSWERED);
    setNote(c?.note ?? '');
    setShareNote(c?.noteVisibility === 'shared');
    setShareNumbers(c ? c.visibility === 'shared' : true);
  }, [d, touched]);

  const errors = splitError(save.error, [
    'satisfaction',
    'energy',
    'connection',
    'conflicts',
    'positives',
    'note',
  ]);
  const change = (next: (s: Answers) => Answers) => {
    setTouched(true);
    setBlank(false);
    setValues(next);
  };
  const set = (k: keyof Omit<Answers, 'metrics'>) => (v: number) => change((s) => ({ ...s, [k]: v }));

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (isBlank(values) && !note.trim()) {
      setBlank(true);
      return;
    }
    // The promise, not mutate's callback: the refetched day can replace this form before the
    // callback would run, and a callback of an unmounted form never runs (focus stayed on the body).
    save
      .mutateAsync(bodyOf(d.date, values, { note, shareNote, shareNumbers }))
      .then((saved) => {
        // Kept on the device: the answers stay on screen until the real save replaces them.
        if (!('queued' in saved)) setTouched(false);
        onSaved(saved);
      })
      .catch(() => undefined); // shown by the form from save.error
  };

  const start = d.start;
  const logged = d.logged;
  const hasLogged = logged.conflicts + logged.positives > 0;
  // The sliders carry no error line of their own: a field's message shows above Save.
  const fieldError = Object.values(errors.field)[0];

  return (
    <form className="form checkin-form" onSubmit={submit} noValidate>
      <fieldset className="checkin-fields" disabled={d.locked}>
        <legend className="visually-hidden">{t('checkin.title')}</legend>
        {(start || hasLogged) && !d.locked ? (
          <div className="checkin-starts">
            {start ? (
              <button
                type="button"
                className="button secondary small"
                onClick={() => change(() => answersOf(start))}
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
            ) : null}
            {hasLogged ? (
              <button
                type="button"
                className="button secondary small"
                onClick={() =>
                  change((s) => ({ ...s, conflicts: logged.conflicts, positives: logged.positives }))
                }
              >
                {t('checkin.fromLog', {
                  conflicts:
                    logged.conflicts === 0
                      ? t('checkin.noConflicts')
                      : t('checkin.conflictCount', { count: logged.conflicts }),
                  positives:
                    logged.positives === 0
                      ? t('checkin.noPositives')
                      : t('checkin.positiveCount', { count: logged.positives }),
                })}
              </button>
            ) : null}
          </div>
        ) : null}
        <p className="hint" id="checkin-scale">
          {t('checkin.scaleUnanswered')}
        </p>
        <ScoreSlider
          label={t('checkin.satisfaction')}
          value={values.satisfaction}
          onChange={set('satisfaction')}
          describedBy="checkin-scale"
        />
        <ScoreSlider
          label={t('checkin.energy')}
          value={values.energy}
          onChange={set('energy')}
          describedBy="checkin-scale"
        />
        <ScoreSlider
          label={t('checkin.connection')}
          value={values.connection}
          onChange={set('connection')}
          describedBy="checkin-scale"
        />
        <div className="checkin-counts">
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
        </div>
        <details className="checkin-more">
          <summary>
            {t('checkin.more.title')}
            <span className="hint">
              {' · '}
              {shareNumbers ? t('checkin.more.shared') : t('checkin.more.private')}
            </span>
          </summary>
          {d.metrics.map((m) => (
            <Stepper
              key={m.id}
              label={`${m.name} (${m.scaleMin}–${m.scaleMax})`}
              value={values.metrics[m.id] ?? null}
              min={m.scaleMin}
              max={m.scaleMax}
              onChange={(v) => change((s) => ({ ...s, metrics: { ...s.metrics, [m.id]: v } }))}
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
                setBlank(false);
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
        </details>
        <FormError message={blank ? t('checkin.blank') : (errors.form ?? fieldError)} />
        <p className="actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending ? t('common.saving') : d.checkin ? t('checkin.update') : t('checkin.save')}
          </button>
        </p>
      </fieldset>
    </form>
  );
}
