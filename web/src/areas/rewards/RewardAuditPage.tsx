import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { formatPercent, t } from '../../i18n.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { randomKey } from '../../ui/ids.ts';
import { Field } from '../../ui/kit/Field.tsx';
import { Screen } from '../../ui/Screen.tsx';
import { useAddAuditItem, useRemoveAuditItem } from './mutations.ts';
import { type NewAuditItem, rewardQueries } from './queries.ts';

const LABELS = ['immediate', 'relief', 'both'] as const;

/** The reward audit: what current behaviours pay and when, and reward hacking the log suggests. */
export default function RewardAuditPage() {
  const audit = useQuery(rewardQueries.audit());
  const add = useAddAuditItem();
  const remove = useRemoveAuditItem();
  const [behaviour, setBehaviour] = useState('');
  const [label, setLabel] = useState<NewAuditItem['label']>('immediate');
  const [shared, setShared] = useState(false);
  const [key, setKey] = useState(randomKey);
  const [removing, setRemoving] = useState<{ id: string; behaviour: string } | null>(null);
  const errors = splitError(add.error, ['behaviour']);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(
      { body: { behaviour, label, visibility: shared ? 'shared' : 'private' }, idempotencyKey: key },
      {
        onSuccess: () => {
          setBehaviour('');
          setKey(randomKey());
        },
      },
    );
  };

  return (
    <Screen title={t('rewards.title')} loadingLabel={t('rewards.loading')} query={audit}>
      {(data) => (
        <>
          <p className="muted">{t('rewards.intro')}</p>
          <div aria-live="polite">
            {data.hints.map((h) => (
              <div key={h.kind} className="banner" role="note">
                <h2>{t('rewards.hintTitle')}</h2>
                <p>
                  {t('rewards.hint.reward_hacking', {
                    followed: h.followed,
                    count: h.conflicts,
                    baseRate: formatPercent(h.baseRate),
                  })}
                  {h.tentative ? ` ${t('rewards.hint.tentative')}` : ''}
                </p>
              </div>
            ))}
          </div>
          {data.items.length === 0 ? (
            <EmptyState title={t('rewards.emptyTitle')}>
              <p>{t('rewards.emptyBody')}</p>
            </EmptyState>
          ) : (
            <ul className="plain-list cards">
              {data.items.map((item) => (
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
                      onClick={() => {
                        remove.reset();
                        setRemoving(item);
                      }}
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
            <FormError message={errors.form} />
            <Field
              label={t('rewards.behaviour')}
              hint={t('rewards.behaviourHint')}
              value={behaviour}
              onChange={(e) => setBehaviour(e.target.value)}
              error={errors.field.behaviour}
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
          <ConfirmDialog
            open={removing !== null}
            danger
            title={t('rewards.removeTitle')}
            confirmLabel={t('rewards.removeConfirm')}
            busy={remove.isPending}
            error={splitError(remove.error, []).form}
            onClose={() => setRemoving(null)}
            onConfirm={() => removing && remove.mutate(removing.id, { onSuccess: () => setRemoving(null) })}
          >
            <p>{removing?.behaviour}</p>
          </ConfirmDialog>
        </>
      )}
    </Screen>
  );
}
