import { type FormEvent, useState } from 'react';
import { t } from '../../i18n.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { useToast } from '../../ui/toast.ts';
import { useUpdateHabit } from './mutations.ts';
import type { Habit } from './queries.ts';
import { DEFAULT_SCHEDULE, ScheduleFields, type ScheduleValue, toSchedule } from './ScheduleFields.tsx';

interface Props {
  habit: Habit;
}

/**
 * Changing how often: harder counts at once; easier waits out the 7-day horizon (and, for a
 * habit of both, the other partner's consent). The server decides which; the card then shows
 * the change waiting, if any.
 */
export function ScheduleEdit({ habit }: Props) {
  const s = habit.schedule;
  const [value, setValue] = useState<ScheduleValue>({
    kind: s.kind as ScheduleValue['kind'],
    weekdays: s.kind === 'weekdays' ? s.weekdays : DEFAULT_SCHEDULE.weekdays,
    times: s.kind === 'times' ? s.times : DEFAULT_SCHEDULE.times,
    days: s.kind === 'times' ? s.days : DEFAULT_SCHEDULE.days,
  });
  const update = useUpdateHabit();
  const toast = useToast();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate(
      { id: habit.id, body: { schedule: toSchedule(value) } },
      {
        onSuccess: (h) => {
          toast({ message: h.pendingChange ? t('habits.easeWaiting') : t('habits.saved') });
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormError message={splitError(update.error, []).form} />
      <ScheduleFields value={value} onChange={setValue} name={habit.id} />
      <p className="hint">{t('habits.easeNote')}</p>
      <button type="submit" className="button secondary small" disabled={update.isPending}>
        {update.isPending ? t('common.saving') : t('habits.changeSchedule')}
      </button>
    </form>
  );
}
