import { useState } from 'react';
import { type MessageKey, t } from '../../i18n.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { ScaleInput } from '../../ui/kit/ScaleInput.tsx';
import { useSrbai } from './mutations.ts';
import type { Habit } from './queries.ts';

interface Props {
  habit: Habit;
  onDone: () => void;
}

const POINTS = ['1', '2', '3', '4', '5', '6', '7'];
const QUESTIONS: MessageKey[] = ['srbai.q1', 'srbai.q2', 'srbai.q3', 'srbai.q4'];

/** The weekly four-item SRBAI (Gardner et al. 2012), each answered 1–7. */
export function SrbaiForm({ habit, onDone }: Props) {
  const [items, setItems] = useState<(number | null)[]>([null, null, null, null]);
  const [missing, setMissing] = useState(false);
  const save = useSrbai();
  return (
    <form
      className="srbai"
      onSubmit={(e) => {
        e.preventDefault();
        if (items.some((x) => x === null)) return setMissing(true);
        setMissing(false);
        save.mutate({ id: habit.id, items: items as number[] }, { onSuccess: onDone });
      }}
    >
      <h3>{t('srbai.title', { action: habit.action })}</h3>
      <p className="hint">{t('srbai.intro')}</p>
      <FormError message={missing ? t('srbai.missing') : splitError(save.error, []).form} />
      {QUESTIONS.map((q, i) => (
        <ScaleInput
          key={q}
          layout="row"
          legend={t(q)}
          name={`${habit.id}-q${i}`}
          labels={POINTS}
          from={1}
          value={items[i] ?? null}
          onChange={(v) => setItems(items.map((x, j) => (j === i ? v : x)))}
        />
      ))}
      <button type="submit" className="button" disabled={save.isPending}>
        {save.isPending ? t('common.saving') : t('srbai.save')}
      </button>
    </form>
  );
}
