import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { t } from '../../i18n.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { Button } from '../../ui/kit/Button.tsx';
import { usePartnerZone } from '../../ui/today.ts';
import { reviewDue } from './evening.ts';
import { useSaveReview } from './mutations.ts';
import { creditQueries, type Review } from './queries.ts';

interface Props {
  /** Only from the evening ritual's time on (the check-in screen); always on the credit screen. */
  onlyInEvening?: boolean;
}

const SUGGESTIONS = ['credit.review.s1', 'credit.review.s2', 'credit.review.s3'] as const;

/** The evening credit review: one prompt a day to connect a partner's action to what it changed. */
export function EveningReview({ onlyInEvening = false }: Props) {
  const review = useQuery(creditQueries.review());
  const zone = usePartnerZone();
  const data = review.data;
  if (!data) return null;
  if (onlyInEvening && !reviewDue(data, zone)) return null;
  return (
    <section className="card evening-review" aria-labelledby="evening-review-title">
      <h2 id="evening-review-title">{t('credit.review.title')}</h2>
      {data.done ? (
        <p>{t('credit.review.done', { name: data.partnerName ?? '' })}</p>
      ) : (
        <ReviewForm review={data} />
      )}
    </section>
  );
}

const keyOf = (a: Review['actions'][number]) =>
  a.type === 'log' ? `log:${a.id}` : `checkoff:${a.habitId}:${a.date}`;

function ReviewForm({ review }: { review: Review }) {
  const save = useSaveReview();
  const [chosen, setChosen] = useState<string>(review.actions[0] ? keyOf(review.actions[0]) : '');
  const [text, setText] = useState('');
  const textId = useId();
  const errors = splitError(save.error, ['text']);
  const name = review.partnerName ?? t('credit.review.partner');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const a = review.actions.find((x) => keyOf(x) === chosen);
    save.mutate({
      text,
      ...(a
        ? {
            action:
              a.type === 'log'
                ? { type: 'log', id: a.id }
                : { type: 'checkoff', habitId: a.habitId, date: a.date },
          }
        : {}),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <p className="muted">{t('credit.review.intro', { name })}</p>
      <FormError message={errors.form} />
      {review.actions.length > 0 ? (
        <fieldset>
          <legend>{t('credit.review.which', { name })}</legend>
          <div className="chips">
            {[
              ...review.actions.map((a) => ({
                key: keyOf(a),
                label: `${a.text} · ${t(a.date === review.date ? 'credit.review.today' : 'credit.review.yesterday')}`,
              })),
              { key: '', label: t('credit.review.other') },
            ].map((o) => (
              <label className="chip" key={o.key || 'other'}>
                <input
                  type="radio"
                  name="credit-action"
                  checked={chosen === o.key}
                  onChange={() => setChosen(o.key)}
                />
                <span>{o.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <p>{t('credit.review.nothingLogged', { name })}</p>
      )}
      <div className="field">
        <label htmlFor={textId}>{t('credit.review.what')}</label>
        <div className="actions">
          {SUGGESTIONS.map((s) => (
            <Button key={s} small variant="secondary" onClick={() => setText(t(s))}>
              {t(s)}
            </Button>
          ))}
        </div>
        <textarea
          id={textId}
          rows={2}
          maxLength={500}
          value={text}
          placeholder={t('credit.review.placeholder')}
          aria-invalid={errors.field.text ? true : undefined}
          onChange={(e) => setText(e.target.value)}
        />
        {errors.field.text ? <p className="field-error">{errors.field.text}</p> : null}
      </div>
      <Button type="submit" disabled={save.isPending}>
        {t('credit.review.save', { name })}
      </Button>
    </form>
  );
}
