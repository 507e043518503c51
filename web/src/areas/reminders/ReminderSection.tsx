import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { t } from '../../i18n.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { Field } from '../../ui/kit/Field.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { PushRefused, pushUnsupported, rememberLanguage, thisDeviceSubscribed } from './device.ts';
import { useAllowThisDevice, useSaveReminders, useStopThisDevice, useTestReminder } from './mutations.ts';
import { type ReminderSettings, reminderQueries } from './queries.ts';

/** Which reminders, when, and on which device; quiet hours; a test. Opt-in: nothing by default. */
export function ReminderSection() {
  const query = useQuery(reminderQueries.settings());
  return (
    <section className="card" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">{t('reminders.title')}</h2>
      <p className="muted">{t('reminders.intro')}</p>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError error={query.error} onRetry={() => query.refetch()} />
      ) : (
        <>
          <ThisDevice publicKey={query.data.publicKey} devices={query.data.devices} />
          <SettingsForm saved={query.data.settings} />
        </>
      )}
    </section>
  );
}

function ThisDevice({ publicKey, devices }: { publicKey: string; devices: number }) {
  const unsupported = pushUnsupported();
  const [here, setHere] = useState<boolean | null>(null);
  const allow = useAllowThisDevice();
  const stop = useStopThisDevice();
  const test = useTestReminder();
  useEffect(() => {
    void thisDeviceSubscribed().then(setHere, () => setHere(false));
    void rememberLanguage().catch(() => undefined);
  }, []);
  const allowError =
    allow.error instanceof PushRefused
      ? t('reminders.device.refused')
      : allow.error
        ? t('reminders.device.failed', { reason: errorMessage(allow.error) })
        : null;
  return (
    <div className="stack">
      <p role="status">
        {devices === 0 ? t('reminders.devices.none') : t('reminders.devices.some', { count: devices })}
      </p>
      {unsupported === 'no-push' ? (
        <p className="muted">{t('reminders.device.unsupported')}</p>
      ) : unsupported === 'denied' ? (
        <p className="muted">{t('reminders.device.blocked')}</p>
      ) : here ? (
        <div className="actions">
          <button
            type="button"
            className="button secondary"
            disabled={stop.isPending}
            onClick={() => stop.mutate(undefined, { onSuccess: () => setHere(false) })}
          >
            {t('reminders.device.stop')}
          </button>
          <button
            type="button"
            className="button quiet"
            disabled={test.isPending}
            onClick={() => test.mutate()}
          >
            {t('reminders.device.test')}
          </button>
        </div>
      ) : (
        <p className="actions">
          <button
            type="button"
            className="button"
            disabled={allow.isPending || here === null}
            onClick={() => allow.mutate(publicKey, { onSuccess: () => setHere(true) })}
          >
            {allow.isPending ? t('common.working') : t('reminders.device.allow')}
          </button>
        </p>
      )}
      <FormError message={allowError ?? undefined} />
      <p role="status" className="muted">
        {test.data ? testWords(test.data) : ''}
      </p>
    </div>
  );
}

/** A reminder time that can be switched off: a checkbox and, when on, its time. */
function TimeChoice(props: {
  label: string;
  timeLabel: string;
  on: boolean;
  time: string;
  error?: string | undefined;
  onChange: (on: boolean, time: string) => void;
}) {
  return (
    <div className="stack">
      <label className="choice">
        <input
          type="checkbox"
          checked={props.on}
          onChange={(e) => props.onChange(e.target.checked, props.time)}
        />
        {props.label}
      </label>
      {props.on ? (
        <Field
          label={props.timeLabel}
          type="time"
          required
          value={props.time}
          error={props.error}
          onChange={(e) => props.onChange(true, e.target.value)}
        />
      ) : null}
    </div>
  );
}

function SettingsForm({ saved }: { saved: ReminderSettings }) {
  const [s, setS] = useState(saved);
  const [times, setTimes] = useState({
    checkin: saved.checkinTime ?? '21:00',
    habits: saved.habitsTime ?? '08:00',
    quietFrom: saved.quietFrom ?? '22:30',
    quietTo: saved.quietTo ?? '07:00',
  });
  const [done, setDone] = useState(false);
  const save = useSaveReminders();
  const errors = splitError(save.error, ['checkinTime', 'habitsTime', 'quietFrom', 'quietTo']);
  const quiet = s.quietFrom !== null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    save.mutate(s, { onSuccess: () => setDone(true) });
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormError message={errors.form} />
      <TimeChoice
        label={t('reminders.checkin')}
        timeLabel={t('reminders.checkinAt')}
        on={s.checkinTime !== null}
        time={times.checkin}
        error={errors.field.checkinTime}
        onChange={(on, time) => {
          setTimes({ ...times, checkin: time });
          setS({ ...s, checkinTime: on ? time : null });
        }}
      />
      <TimeChoice
        label={t('reminders.habits')}
        timeLabel={t('reminders.habitsAt')}
        on={s.habitsTime !== null}
        time={times.habits}
        error={errors.field.habitsTime}
        onChange={(on, time) => {
          setTimes({ ...times, habits: time });
          setS({ ...s, habitsTime: on ? time : null });
        }}
      />
      <label className="choice">
        <input
          type="checkbox"
          checked={s.rituals}
          onChange={(e) => setS({ ...s, rituals: e.target.checked })}
        />
        {t('reminders.rituals')}
      </label>
      <label className="choice">
        <input
          type="checkbox"
          checked={s.experiments}
          onChange={(e) => setS({ ...s, experiments: e.target.checked })}
        />
        {t('reminders.experiments')}
      </label>
      <label className="choice">
        <input
          type="checkbox"
          checked={quiet}
          onChange={(e) =>
            setS({
              ...s,
              quietFrom: e.target.checked ? times.quietFrom : null,
              quietTo: e.target.checked ? times.quietTo : null,
            })
          }
        />
        {t('reminders.quiet')}
      </label>
      {quiet ? (
        <div className="row">
          <Field
            label={t('reminders.quietFrom')}
            type="time"
            required
            value={times.quietFrom}
            error={errors.field.quietFrom}
            onChange={(e) => {
              setTimes({ ...times, quietFrom: e.target.value });
              setS({ ...s, quietFrom: e.target.value });
            }}
          />
          <Field
            label={t('reminders.quietTo')}
            type="time"
            required
            value={times.quietTo}
            error={errors.field.quietTo}
            onChange={(e) => {
              setTimes({ ...times, quietTo: e.target.value });
              setS({ ...s, quietTo: e.target.value });
            }}
          />
        </div>
      ) : null}
      <div className="actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('reminders.save')}
        </button>
        <span role="status">{done ? t('reminders.saved') : ''}</span>
      </div>
    </form>
  );
}

/** A test reminder's outcome, from its counts. */
function testWords(r: { sent: number; failed: number }): string {
  if (r.sent + r.failed === 0) return t('reminders.test.none');
  if (r.failed === 0) return t('reminders.test.sent', { count: r.sent });
  return t('reminders.test.partial', { sent: r.sent, count: r.sent + r.failed });
}
