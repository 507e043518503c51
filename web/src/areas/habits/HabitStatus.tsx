import { useState } from 'react';
import { t } from '../../i18n.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { useToast } from '../../ui/toast.ts';
import { useSetStatus } from './mutations.ts';
import type { Habit, StatusChange } from './queries.ts';
import { ScheduleEdit } from './ScheduleEdit.tsx';
import { TargetEdit } from './TargetEdit.tsx';

interface Props {
  habit: Habit;
}

/** Pause (now for illness, else after the 7-day horizon), resume, graduate or retire with a reason. */
export function HabitStatus({ habit }: Props) {
  const [reason, setReason] = useState('');
  const [retiring, setRetiring] = useState(false);
  const set = useSetStatus();
  const toast = useToast();
  const run = (body: StatusChange) =>
    set.mutate(
      { id: habit.id, body: { ...body, ...(reason.trim() ? { reason: reason.trim() } : {}) } },
      {
        onSuccess: () => {
          setRetiring(false);
          toast({ message: t('habits.saved') });
        },
      },
    );
  return (
    <details>
      <summary>{t('habits.more')}</summary>
      <FormError message={splitError(set.error, []).form} />
      <div className="field">
        <label htmlFor={`${habit.id}-reason`}>{t('habits.reason')}</label>
        <input id={`${habit.id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <p className="actions">
        {habit.status === 'active' ? (
          <>
            <button
              type="button"
              className="button secondary small"
              onClick={() => run({ status: 'paused' })}
            >
              {t('habits.pause')}
            </button>
            <button
              type="button"
              className="button secondary small"
              onClick={() => run({ status: 'paused', illness: true })}
            >
              {t('habits.pauseIll')}
            </button>
            <button
              type="button"
              className="button secondary small"
              onClick={() => run({ status: 'graduated' })}
            >
              {t('habits.graduate')}
            </button>
          </>
        ) : (
          <button type="button" className="button secondary small" onClick={() => run({ status: 'active' })}>
            {t('habits.resume')}
          </button>
        )}
        {habit.status !== 'retired' ? (
          <button
            type="button"
            className="button secondary small"
            onClick={() => {
              set.reset();
              setRetiring(true);
            }}
          >
            {t('habits.retire')}
          </button>
        ) : null}
      </p>
      <ConfirmDialog
        open={retiring}
        danger
        title={t('habits.retireTitle', { action: habit.action })}
        confirmLabel={t('habits.retireConfirm')}
        busy={set.isPending}
        error={retiring ? splitError(set.error, []).form : null}
        onClose={() => setRetiring(false)}
        onConfirm={() => run({ status: 'retired' })}
      >
        <p>{t('habits.retireBody')}</p>
      </ConfirmDialog>
      {habit.status === 'active' ? <ScheduleEdit habit={habit} /> : null}
      {habit.status === 'active' && habit.target ? (
        <TargetEdit habit={{ ...habit, target: habit.target }} />
      ) : null}
    </details>
  );
}
