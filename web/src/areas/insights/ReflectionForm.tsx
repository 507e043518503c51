import { type FormEvent, useState } from 'react';
import { t } from '../../i18n.ts';
import { formatInstant } from '../../ui/dates.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { Badge } from '../../ui/kit/Badge.tsx';
import { Button } from '../../ui/kit/Button.tsx';
import { Field } from '../../ui/kit/Field.tsx';
import { Select } from '../../ui/kit/Select.tsx';
import { useReflect } from './mutations.ts';
import type { Insights } from './queries.ts';
import { questionHint, questionText } from './words.ts';

interface Props {
  questions: Insights['questions'];
  reflections: Insights['reflections'];
}

/** The method's five reflection questions: answer one, keep it private or share it. */
export function ReflectionForm({ questions, reflections }: Props) {
  const reflect = useReflect();
  const [question, setQuestion] = useState(questions[questions.length - 1]?.n ?? 1);
  const [answer, setAnswer] = useState('');
  const [shared, setShared] = useState(false);
  const errors = splitError(reflect.error, ['question', 'answer']);
  const q = questions.find((x) => x.n === question);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    reflect.mutate(
      { question, answer, visibility: shared ? 'shared' : 'private' },
      { onSuccess: () => setAnswer('') },
    );
  };

  return (
    <section aria-labelledby="insights-reflect">
      <h2 id="insights-reflect">{t('insights.reflect')}</h2>
      <p className="muted small">{t('insights.reflectIntro')}</p>
      <form className="card" onSubmit={submit} noValidate>
        <FormError message={errors.form} />
        <Select
          label={t('insights.question')}
          value={String(question)}
          error={errors.field.question}
          onChange={(e) => setQuestion(Number(e.target.value))}
        >
          {questions.map((x) => (
            <option key={x.n} value={x.n}>
              {x.n}. {questionText(x.n, x.text)}
            </option>
          ))}
        </Select>
        <Field
          label={t('insights.yourAnswer')}
          hint={q ? questionHint(q.n, q.hint) : undefined}
          value={answer}
          error={errors.field.answer}
          onChange={(e) => setAnswer(e.target.value)}
        />
        <label className="choice">
          <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />{' '}
          {t('insights.share')}
        </label>
        <Button type="submit" disabled={reflect.isPending}>
          {t('insights.save')}
        </Button>
      </form>
      {reflections.length > 0 ? (
        <>
          <h3>{t('insights.reflections')}</h3>
          <ul className="plain-list cards">
            {reflections.map((r) => (
              <li key={r.id} className="card">
                <p className="muted small">
                  {questionText(r.question, questions.find((x) => x.n === r.question)?.text ?? '')}{' '}
                  {r.visibility === 'private' ? <Badge tone="private">{t('insights.private')}</Badge> : null}
                </p>
                <p>{r.answer}</p>
                <p className="muted small">
                  {t('insights.reflectionBy', { name: r.authorName, date: formatInstant(r.createdAt) })}
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
