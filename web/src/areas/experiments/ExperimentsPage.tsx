import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { t } from '../../i18n.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { randomKey } from '../../ui/ids.ts';
import { Button } from '../../ui/kit/Button.tsx';
import { Field } from '../../ui/kit/Field.tsx';
import { Select } from '../../ui/kit/Select.tsx';
import { Screen } from '../../ui/Screen.tsx';
import { ExperimentCard } from './ExperimentCard.tsx';
import { usePropose } from './mutations.ts';
import { experimentQueries, type Proposal } from './queries.ts';

const METRICS = ['connection', 'satisfaction', 'energy', 'positives', 'conflicts'] as const;
const PERFORMERS = ['me', 'partner', 'both'] as const;

/** The couple's experiments and a short form to propose one (the rest keeps its defaults). */
export default function ExperimentsPage() {
  const list = useQuery(experimentQueries.list());
  return (
    <Screen
      title={t('experiments.title')}
      intro={<p className="muted">{t('experiments.intro')}</p>}
      loadingLabel={t('experiments.loading')}
      query={list}
    >
      {(data) => (
        <>
          {data.experiments.length === 0 ? (
            <EmptyState title={t('experiments.emptyTitle')}>
              <p>{t('experiments.emptyBody')}</p>
            </EmptyState>
          ) : (
            <ul className="plain-list cards">
              {data.experiments.map((e) => (
                <li key={e.id} className="card">
                  <ExperimentCard experiment={e} />
                </li>
              ))}
            </ul>
          )}
          <ProposeForm />
        </>
      )}
    </Screen>
  );
}

function ProposeForm() {
  const propose = usePropose();
  const [title, setTitle] = useState('');
  const [performer, setPerformer] = useState<Proposal['performer']>('both');
  const [metric, setMetric] = useState<string>('connection');
  const [blind, setBlind] = useState(false);
  const [key, setKey] = useState(randomKey);
  const errors = splitError(propose.error, ['title', 'performer', 'metric', 'blind']);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    propose.mutate(
      { body: { title, performer, metric, ...(blind ? { blind } : {}) }, idempotencyKey: key },
      {
        onSuccess: () => {
          setTitle('');
          setKey(randomKey());
        },
      },
    );
  };

  return (
    <form className="card" onSubmit={submit} noValidate>
      <h2>{t('experiments.propose')}</h2>
      <FormError message={errors.form} />
      <Field
        label={t('experiments.field.title')}
        hint={t('experiments.field.titleHint')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.field.title}
        required
      />
      <Select
        label={t('experiments.field.performer')}
        value={performer}
        onChange={(e) => setPerformer(e.target.value as Proposal['performer'])}
        error={errors.field.performer}
      >
        {PERFORMERS.map((p) => (
          <option key={p} value={p}>
            {t(`experiments.performer.${p}`)}
          </option>
        ))}
      </Select>
      <Select
        label={t('experiments.field.metric')}
        value={metric}
        onChange={(e) => setMetric(e.target.value)}
        error={errors.field.metric}
      >
        {METRICS.map((m) => (
          <option key={m} value={m}>
            {t(`checkin.${m}`)}
          </option>
        ))}
      </Select>
      <label className="choice">
        <input type="checkbox" checked={blind} onChange={(e) => setBlind(e.target.checked)} />{' '}
        {t('experiments.field.blind')}
      </label>
      {errors.field.blind ? <p className="field-error">{errors.field.blind}</p> : null}
      <p className="actions">
        <Button type="submit" disabled={propose.isPending}>
          {t('experiments.submit')}
        </Button>
      </p>
    </form>
  );
}
