import { type FormEvent, useState } from 'react';
import { t } from '../../i18n.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { Button } from '../../ui/kit/Button.tsx';
import { Field } from '../../ui/kit/Field.tsx';
import { Select } from '../../ui/kit/Select.tsx';
import { useSaveFailure } from './mutations.ts';
import type { Change, FailureBody } from './queries.ts';

const FACTORS = ['cue', 'reward', 'timing', 'partnerResponse'] as const;
const ANSWERS = ['fine', 'weak', 'missing'] as const;
const SIZES = ['too big', 'right', 'too small'] as const;

interface Props {
  change: Change;
  onDone: () => void;
}

/** "What was missing from the training loop?" — five short answers about an abandoned change. */
export function FailureForm({ change, onDone }: Props) {
  const save = useSaveFailure();
  const [answers, setAnswers] = useState<Record<(typeof FACTORS)[number], FailureBody['cue']>>({
    cue: 'fine',
    reward: 'fine',
    timing: 'fine',
    partnerResponse: 'fine',
  });
  const [size, setSize] = useState<FailureBody['size']>('right');
  const [note, setNote] = useState('');
  const [shared, setShared] = useState(false);
  const errors = splitError(save.error, ['cue', 'reward', 'size', 'timing', 'partnerResponse', 'note']);
  const [kind, id] = change.id.split(':') as ['habit' | 'experiment', string];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      {
        subjectKind: kind,
        subjectId: id,
        ...answers,
        size,
        ...(note.trim() ? { note } : {}),
        visibility: shared ? 'shared' : 'private',
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form onSubmit={submit} noValidate className="factor-grid">
      <h4>{t('insights.analyse')}</h4>
      <p className="muted small">{t('insights.analyseIntro', { what: change.what })}</p>
      <FormError message={errors.form} />
      {FACTORS.map((f) => (
        <Select
          key={f}
          label={t(`insights.factor.${f}`)}
          value={answers[f]}
          error={errors.field[f]}
          onChange={(e) => setAnswers((a) => ({ ...a, [f]: e.target.value as FailureBody['cue'] }))}
        >
          {ANSWERS.map((a) => (
            <option key={a} value={a}>
              {t(`insights.answer.${a}`)}
            </option>
          ))}
        </Select>
      ))}
      <Select
        label={t('insights.factor.size')}
        value={size}
        error={errors.field.size}
        onChange={(e) => setSize(e.target.value as FailureBody['size'])}
      >
        {SIZES.map((s) => (
          <option key={s} value={s}>
            {t(`insights.answer.${s}`)}
          </option>
        ))}
      </Select>
      <Field
        label={t('insights.note')}
        value={note}
        error={errors.field.note}
        onChange={(e) => setNote(e.target.value)}
      />
      <label className="choice">
        <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />{' '}
        {t('insights.share')}
      </label>
      <p className="muted small">{t('insights.shareHint')}</p>
      <Button type="submit" disabled={save.isPending}>
        {t('insights.save')}
      </Button>
    </form>
  );
}
