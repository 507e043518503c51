import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { t } from '../../i18n.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { formatDay } from '../../ui/dates.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { Button } from '../../ui/kit/Button.tsx';
import { Field } from '../../ui/kit/Field.tsx';
import { Select } from '../../ui/kit/Select.tsx';
import { useOpenStress, useStressStep } from './mutations.ts';
import { anchorQueries, type StressPeriod } from './queries.ts';

interface Props {
  stress: StressPeriod | null;
  pastCount: number;
}

/** A stress period: open one from a life event, pause everything but the anchors, and resume. */
export function StressSection({ stress, pastCount }: Props) {
  return stress ? <OpenPeriod period={stress} /> : <OpenForm pastCount={pastCount} />;
}

function OpenForm({ pastCount }: { pastCount: number }) {
  const open = useOpenStress();
  const events = useQuery(anchorQueries.lifeEvents());
  const shared = (events.data ?? []).filter((e) => e.visibility === 'shared');
  const [eventId, setEventId] = useState('');
  const [name, setName] = useState('');
  const errors = splitError(open.error, ['name', 'lifeEventId']);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    open.mutate(eventId ? { lifeEventId: eventId, ...(name.trim() ? { name } : {}) } : { name });
  };
  return (
    <details className="card stress">
      <summary>
        <strong>{t('stress.askTitle')}</strong>
      </summary>
      <p>{t('stress.askBody')}</p>
      {pastCount > 0 ? <p className="muted">{t('stress.past', { count: pastCount })}</p> : null}
      <form className="form" onSubmit={submit} noValidate>
        <FormError message={errors.form} />
        {shared.length > 0 ? (
          <Select
            label={t('stress.field.event')}
            value={eventId}
            onChange={(e) => setEventId(e.target.value)}
            error={errors.field.lifeEventId}
          >
            <option value="">{t('stress.field.noEvent')}</option>
            {shared.map((e) => (
              <option key={e.id} value={e.id}>
                {formatDay(e.date, 'medium')}: {e.text.slice(0, 60)}
              </option>
            ))}
          </Select>
        ) : null}
        <Field
          label={t('stress.field.name')}
          hint={t('stress.field.nameHint')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.field.name}
        />
        <Button type="submit" variant="secondary" disabled={open.isPending}>
          {t('stress.open')}
        </Button>
      </form>
    </details>
  );
}

function OpenPeriod({ period: p }: { period: StressPeriod }) {
  const step = useStressStep();
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="card stress open" aria-labelledby="stress-title">
      <h2 id="stress-title">{t('stress.title', { name: p.name })}</h2>
      <p>{t('stress.since', { date: formatDay(p.openedOn, 'medium') })}</p>
      <p className="muted">{t('stress.watching')}</p>
      <FormError message={splitError(step.error, []).form} />
      {p.crisisSince ? (
        <>
          <h3>{t('stress.crisisOn', { date: formatDay(p.crisisSince, 'medium') })}</h3>
          {p.pausedHabits.length > 0 ? (
            <>
              <p>{t('stress.paused', { count: p.pausedHabits.length })}</p>
              <ul>
                {p.pausedHabits.map((h) => (
                  <li key={h.id}>{h.action}</li>
                ))}
              </ul>
              <p className="muted">{t('stress.frozen')}</p>
            </>
          ) : (
            <p>{t('stress.pausedNone')}</p>
          )}
          <h3>{t('stress.resumeTitle')}</h3>
          <p>{t('stress.resumeBody')}</p>
        </>
      ) : (
        <>
          <h3>{t('stress.crisisTitle')}</h3>
          <p>{t('stress.crisisBody')}</p>
          <Button
            variant="secondary"
            disabled={step.isPending}
            onClick={() => step.mutate({ id: p.id, step: 'crisis' })}
          >
            {t('stress.crisis')}
          </Button>
        </>
      )}
      <p className="actions">
        <Button variant="quiet" disabled={step.isPending} onClick={() => setConfirming(true)}>
          {t('stress.close')}
        </Button>
      </p>
      <ConfirmDialog
        open={confirming}
        title={t('stress.closeTitle')}
        confirmLabel={t('stress.close')}
        onConfirm={() => {
          setConfirming(false);
          step.mutate({ id: p.id, step: 'close' });
        }}
        onClose={() => setConfirming(false)}
      >
        <p>{t('stress.closeBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
