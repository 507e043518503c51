import { type FormEvent, useId, useState } from 'react';
import { t } from '../../i18n.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { Button } from '../../ui/kit/Button.tsx';
import { useToast } from '../../ui/toast.ts';
import { domainLabel } from '../couple/domain-label.ts';
import { useSaveAnswer } from './mutations.ts';
import type { Answer, Round } from './queries.ts';
import { DIMENSIONS, type DimensionKey, dimensionName, position } from './words.ts';

type Domain = { id: string; label: string };
const TEXTS = ['optimizingFor', 'successMeans', 'rewardsSought'] as const;
const FIELDS = [...TEXTS, 'rewards', ...DIMENSIONS.map((d) => d.key), 'domains'];

/** Moves item i one place up (-1) or down (+1). */
function move<T>(list: readonly T[], i: number, by: -1 | 1): T[] {
  const j = i + by;
  if (j < 0 || j >= list.length) return [...list];
  const next = [...list];
  [next[i], next[j]] = [next[j]!, next[i]!];
  return next;
}

/** The private questionnaire: three questions, ranked rewards, four dimensions, ranked domains. */
export function Questionnaire({ round, domains }: { round: Round; domains: readonly Domain[] }) {
  const id = useId();
  const toast = useToast();
  const save = useSaveAnswer();
  const start = round.mine;
  const [answer, setAnswer] = useState<Answer>(() => ({
    optimizingFor: start?.optimizingFor ?? '',
    successMeans: start?.successMeans ?? '',
    rewardsSought: start?.rewardsSought ?? '',
    rewards: start?.rewards ?? [],
    harmonyAuthenticity: start?.harmonyAuthenticity ?? null,
    independenceConnection: start?.independenceConnection ?? null,
    growthStability: start?.growthStability ?? null,
    familyCareer: start?.familyCareer ?? null,
    // Every domain takes part; a saved ranking keeps its order, new domains come last.
    domains: [
      ...(start?.domains ?? []).filter((d) => domains.some((x) => x.id === d)),
      ...domains.map((d) => d.id).filter((d) => !(start?.domains ?? []).includes(d)),
    ],
  }));
  const [reward, setReward] = useState('');
  const set = (patch: Partial<Answer>) => setAnswer((a) => ({ ...a, ...patch }));
  const errors = splitError(save.error, FIELDS);
  const label = (d: string) => {
    const found = domains.find((x) => x.id === d);
    return found ? domainLabel(found) : d;
  };

  const send = (submit: boolean) =>
    save.mutate(
      { id: round.id, answer, submit },
      { onSuccess: () => toast({ message: t(submit ? 'alignment.submitted' : 'alignment.saved') }) },
    );
  const addReward = () => {
    const r = reward.trim();
    const twice = answer.rewards.some((x) => x.toLocaleLowerCase() === r.toLocaleLowerCase());
    if (r === '' || twice || answer.rewards.length >= 10) return;
    set({ rewards: [...answer.rewards, r] });
    setReward('');
  };

  return (
    <form
      className="form alignment-form"
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        send(false);
      }}
    >
      <p className="card">{t('alignment.sealed')}</p>
      <FormError message={errors.form} />
      {TEXTS.map((field) => (
        <div className="field" key={field}>
          <label htmlFor={`${id}-${field}`}>{t(`alignment.q.${field}`)}</label>
          <textarea
            id={`${id}-${field}`}
            maxLength={4000}
            rows={3}
            value={answer[field]}
            onChange={(e) => set({ [field]: e.target.value })}
            aria-invalid={errors.field[field] ? true : undefined}
            aria-describedby={errors.field[field] ? `${id}-${field}-error` : undefined}
          />
          {errors.field[field] ? (
            <p className="field-error" id={`${id}-${field}-error`}>
              {errors.field[field]}
            </p>
          ) : null}
        </div>
      ))}

      <fieldset aria-describedby={`${id}-rewards-hint`}>
        <legend>{t('alignment.rewards')}</legend>
        <p className="hint" id={`${id}-rewards-hint`}>
          {t('alignment.rewardsHint')}
        </p>
        {answer.rewards.length === 0 ? <p className="muted">{t('alignment.rewardsEmpty')}</p> : null}
        <Ranked items={answer.rewards} name={(r) => r} onChange={(rewards) => set({ rewards })} removable />
        <div className="alignment-add">
          <label htmlFor={`${id}-reward`} className="visually-hidden">
            {t('alignment.rewardNew')}
          </label>
          <input
            id={`${id}-reward`}
            value={reward}
            maxLength={120}
            placeholder={t('alignment.rewardNew')}
            onChange={(e) => setReward(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addReward();
              }
            }}
          />
          <Button variant="secondary" small onClick={addReward} disabled={answer.rewards.length >= 10}>
            {t('alignment.rewardAdd')}
          </Button>
        </div>
        {errors.field.rewards ? <p className="field-error">{errors.field.rewards}</p> : null}
      </fieldset>

      <fieldset aria-describedby={`${id}-dims-hint`}>
        <legend>{t('alignment.dimensionsTitle')}</legend>
        <p className="hint" id={`${id}-dims-hint`}>
          {t('alignment.dimensionsHint')}
        </p>
        {DIMENSIONS.map((d) => (
          <Dimension
            key={d.key}
            dimension={d.key}
            value={answer[d.key]}
            error={errors.field[d.key]}
            onChange={(v) => set({ [d.key]: v })}
          />
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('alignment.domainsTitle')}</legend>
        <Ranked items={answer.domains} name={label} onChange={(d) => set({ domains: d })} />
        {errors.field.domains ? <p className="field-error">{errors.field.domains}</p> : null}
      </fieldset>

      <p className="hint">{t('alignment.submitHint')}</p>
      <p className="actions">
        <Button type="submit" variant="secondary" disabled={save.isPending}>
          {t('alignment.saveDraft')}
        </Button>
        <Button disabled={save.isPending} onClick={() => send(true)}>
          {t('alignment.submit')}
        </Button>
      </p>
    </form>
  );
}

function Dimension(props: {
  dimension: DimensionKey;
  value: number | null;
  error: string | undefined;
  onChange: (v: number) => void;
}) {
  const id = useId();
  const { dimension, value, error, onChange } = props;
  const said = value === null ? t('alignment.notPlaced') : position(dimension, value);
  return (
    <div className="field score">
      <label htmlFor={id}>
        {dimensionName(dimension)}: <strong>{said}</strong>
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={100}
        step={5}
        value={value ?? 50}
        aria-valuetext={said}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(Number(e.target.value))}
        // A tap or key on the untouched slider places it where it shows (50 fires no change).
        onPointerUp={(e) => value === null && onChange(Number(e.currentTarget.value))}
        onKeyUp={(e) => value === null && onChange(Number(e.currentTarget.value))}
      />
      {error ? <p className="field-error">{error}</p> : null}
    </div>
  );
}

/** A list ranked with "up"/"down" buttons (keyboard and screen-reader friendly, no dragging). */
function Ranked(props: {
  items: readonly string[];
  name: (item: string) => string;
  onChange: (items: string[]) => void;
  removable?: boolean;
}) {
  const { items, name, onChange, removable } = props;
  return (
    <ol className="alignment-ranked">
      {items.map((item, i) => (
        <li key={item}>
          <span>{name(item)}</span>
          <span className="alignment-ranked-buttons">
            <Button
              variant="quiet"
              small
              aria-label={t('alignment.up', { item: name(item) })}
              disabled={i === 0}
              onClick={() => onChange(move(items, i, -1))}
            >
              ↑
            </Button>
            <Button
              variant="quiet"
              small
              aria-label={t('alignment.down', { item: name(item) })}
              disabled={i === items.length - 1}
              onClick={() => onChange(move(items, i, 1))}
            >
              ↓
            </Button>
            {removable ? (
              <Button
                variant="quiet"
                small
                aria-label={t('alignment.remove', { item: name(item) })}
                onClick={() => onChange(items.filter((_, j) => j !== i))}
              >
                ×
              </Button>
            ) : null}
          </span>
        </li>
      ))}
    </ol>
  );
}
