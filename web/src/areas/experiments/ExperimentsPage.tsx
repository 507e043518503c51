import { type FormEvent, useState } from 'react';
import { ApiError, errorMessage } from '../../api/client.ts';
import { t } from '../../i18n.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { Field } from '../../ui/Field.tsx';
import { FormError } from '../../ui/FormError.tsx';
import { randomKey } from '../../ui/ids.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { ExperimentCard } from './ExperimentCard.tsx';
import { type Proposal, useExperiments, usePropose } from './queries.ts';

const METRICS = ['connection', 'satisfaction', 'energy', 'positives', 'conflicts'] as const;
const PERFORMERS = ['me', 'partner', 'both'] as const;

/** The couple's experiments and a short form to propose one (the rest keeps its defaults). */
export default function ExperimentsPage() {
  const list = useExperiments();
  const propose = usePropose();
  const [title, setTitle] = useState('');
  const [performer, setPerformer] = useState<Proposal['performer']>('both');
  const [metric, setMetric] = useState<string>('connection');
  const [blind, setBlind] = useState(false);
  const [key, setKey] = useState(randomKey);
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    propose.mutate(
      { body: { title, performer, metric, ...(blind ? { blind } : {}) }, idempotencyKey: key },
      {
        onSuccess: () => {
          setTitle('');
          setError(null);
          setKey(randomKey());
        },
        onError: (err) =>
          setError({ message: errorMessage(err), field: err instanceof ApiError ? err.field : undefined }),
      },
    );
  };

  if (list.isPending) return <Loading label={t('experiments.loading')} />;
  if (list.isError) return <LoadError error={list.error} onRetry={() => list.refetch()} />;
  return (
    <section>
      <PageTitle>{t('experiments.title')}</PageTitle>
      <p className="muted">{t('experiments.intro')}</p>
      {list.data.experiments.length === 0 ? (
        <EmptyState title={t('experiments.emptyTitle')}>
          <p>{t('experiments.emptyBody')}</p>
        </EmptyState>
      ) : (
        <ul className="plain-list cards">
          {list.data.experiments.map((e) => (
            <li key={e.id} className="card">
              <ExperimentCard experiment={e} />
            </li>
          ))}
        </ul>
      )}
      <form className="card" onSubmit={submit} noValidate>
        <h2>{t('experiments.propose')}</h2>
        <FormError message={error && !error.field ? error.message : null} />
        <Field
          label={t('experiments.field.title')}
          hint={t('experiments.field.titleHint')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={error?.field === 'title' ? error.message : undefined}
          required
        />
        <div className="field">
          <label htmlFor="experiment-performer">{t('experiments.field.performer')}</label>
          <select
            id="experiment-performer"
            value={performer}
            onChange={(e) => setPerformer(e.target.value as Proposal['performer'])}
          >
            {PERFORMERS.map((p) => (
              <option key={p} value={p}>
                {t(`experiments.performer.${p}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="experiment-metric">{t('experiments.field.metric')}</label>
          <select id="experiment-metric" value={metric} onChange={(e) => setMetric(e.target.value)}>
            {METRICS.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
          {error?.field === 'metric' ? <p className="field-error">{error.message}</p> : null}
        </div>
        <div className="field">
          <label>
            <input type="checkbox" checked={blind} onChange={(e) => setBlind(e.target.checked)} />{' '}
            {t('experiments.field.blind')}
          </label>
          {error?.field === 'blind' ? <p className="field-error">{error.message}</p> : null}
        </div>
        <button type="submit" className="primary" disabled={propose.isPending}>
          {t('experiments.submit')}
        </button>
      </form>
    </section>
  );
}
