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
import { type NewAuditItem, useAddAuditItem, useAudit, useRemoveAuditItem } from './queries.ts';

const LABELS = ['immediate', 'relief', 'both'] as const;

/** The reward audit: what current behaviours pay and when, and reward hacking the log suggests. */
export default function RewardAuditPage() {
  const audit = useAudit();
  const add = useAddAuditItem();
  const remove = useRemoveAuditItem();
  const [behaviour, setBehaviour] = useState('');
  const [label, setLabel] = useState<NewAuditItem['label']>('immediate');
  const [shared, setShared] = useState(false);
  const [key, setKey] = useState(randomKey);
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(
      { body: { behaviour, label, visibility: shared ? 'shared' : 'private' }, idempotencyKey: key },
      {
        onSuccess: () => {
          setBehaviour('');
          setError(null);
          setKey(randomKey());
        },
        onError: (err) =>
          setError({ message: errorMessage(err), field: err instanceof ApiError ? err.field : undefined }),
      },
    );
  };

  if (audit.isPending) return <Loading label={t('rewards.loading')} />;
  if (audit.isError) return <LoadError error={audit.error} onRetry={() => audit.refetch()} />;
  return (
    <section>
      <PageTitle>{t('rewards.title')}</PageTitle>
      <p className="muted">{audit.data.explanation}</p>
      <div aria-live="polite">
        {audit.data.hints.map((h) => (
          <div key={h.kind} className="banner" role="note">
            <h2>{t('rewards.hintTitle')}</h2>
            <p>{h.message}</p>
          </div>
        ))}
      </div>
      {audit.data.items.length === 0 ? (
        <EmptyState title={t('rewards.emptyTitle')}>
          <p>{t('rewards.emptyBody')}</p>
        </EmptyState>
      ) : (
        <ul className="plain-list cards">
          {audit.data.items.map((item) => (
            <li key={item.id} className="card">
              <p>{item.behaviour}</p>
              <p className="muted">
                {t(`rewards.label.${item.label as (typeof LABELS)[number]}`)} ·{' '}
                {item.visibility === 'private' ? t('rewards.private') : t('rewards.shared')}
              </p>
              {item.mine ? (
                <button
                  type="button"
                  className="button secondary small"
                  disabled={remove.isPending}
                  onClick={() => remove.mutate(item.id)}
                >
                  {t('rewards.remove')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <form className="form" onSubmit={submit} noValidate>
        <h2>{t('rewards.addTitle')}</h2>
        <FormError message={error && error.field !== 'behaviour' ? error.message : null} />
        <Field
          label={t('rewards.behaviour')}
          hint={t('rewards.behaviourHint')}
          value={behaviour}
          onChange={(e) => setBehaviour(e.target.value)}
          error={error?.field === 'behaviour' ? error.message : undefined}
        />
        <fieldset className="field">
          <legend className="field-label">{t('rewards.pays')}</legend>
          {LABELS.map((l) => (
            <label key={l} className="choice">
              <input type="radio" name="label" checked={label === l} onChange={() => setLabel(l)} />{' '}
              {t(`rewards.label.${l}`)}
            </label>
          ))}
        </fieldset>
        <label className="choice">
          <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />{' '}
          {t('rewards.share')}
        </label>
        <p className="actions">
          <button type="submit" className="button" disabled={add.isPending}>
            {add.isPending ? t('common.saving') : t('rewards.add')}
          </button>
        </p>
      </form>
    </section>
  );
}
