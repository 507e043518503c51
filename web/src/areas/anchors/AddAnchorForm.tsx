import { type FormEvent, useState } from 'react';
import { t } from '../../i18n.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { randomKey } from '../../ui/ids.ts';
import { Button } from '../../ui/kit/Button.tsx';
import { Field } from '../../ui/kit/Field.tsx';
import { Select } from '../../ui/kit/Select.tsx';
import { CadenceFields } from './CadenceFields.tsx';
import { useCreateAnchor } from './mutations.ts';
import type { CreateAnchor } from './queries.ts';

const LOG_KINDS = ['appreciation', 'gesture', 'repair', 'note'] as const;
type Keeping = 'checkoff' | (typeof LOG_KINDS)[number];

/** Name a non-negotiable pattern, how often it happens at least, and how you will keep track. */
export function AddAnchorForm() {
  const create = useCreateAnchor();
  const [name, setName] = useState('');
  const [cadence, setCadence] = useState({ times: 1, days: 7 });
  const [keeping, setKeeping] = useState<Keeping>('checkoff');
  const [key, setKey] = useState(randomKey);
  const errors = splitError(create.error, ['name', 'cadence', 'source']);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const source: CreateAnchor['source'] =
      keeping === 'checkoff' ? { kind: 'checkoff' } : { kind: 'log', logKind: keeping };
    create.mutate(
      { body: { name, cadence, source }, idempotencyKey: key },
      {
        onSuccess: () => {
          setName('');
          setKey(randomKey());
        },
      },
    );
  };

  return (
    <form className="card form" onSubmit={submit} noValidate>
      <h2>{t('anchors.add')}</h2>
      <FormError message={errors.form} />
      <Field
        label={t('anchors.field.name')}
        hint={t('anchors.field.nameHint')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.field.name}
        required
      />
      <CadenceFields value={cadence} onChange={setCadence} error={errors.field.cadence} />
      <Select
        label={t('anchors.field.keeping')}
        value={keeping}
        onChange={(e) => setKeeping(e.target.value as Keeping)}
        error={errors.field.source}
      >
        <option value="checkoff">{t('anchors.keeping.checkoff')}</option>
        {LOG_KINDS.map((k) => (
          <option key={k} value={k}>
            {t('anchors.keeping.log', { kind: t(`kind.${k}`) })}
          </option>
        ))}
      </Select>
      <p className="actions">
        <Button type="submit" disabled={create.isPending}>
          {t('anchors.submit')}
        </Button>
      </p>
    </form>
  );
}
