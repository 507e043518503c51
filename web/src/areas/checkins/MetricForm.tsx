import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { t } from '../../i18n.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { Field } from '../../ui/kit/Field.tsx';
import { Select } from '../../ui/kit/Select.tsx';
import { useToast } from '../../ui/toast.ts';
import { domainLabel } from '../couple/domain-label.ts';
import { coupleQueries } from '../couple/queries.ts';
import { useProposeMetric } from './mutations.ts';

const FIELDS = ['name', 'scaleMin', 'scaleMax', 'better', 'domain'] as const;

/** Propose one of the couple's own metrics: name, scale, which way is better, and a domain. */
export function MetricForm() {
  const id = useId();
  const propose = useProposeMetric();
  const couple = useQuery(coupleQueries.space());
  const toast = useToast();
  const [name, setName] = useState('');
  const [scaleMin, setScaleMin] = useState('0');
  const [scaleMax, setScaleMax] = useState('5');
  const [better, setBetter] = useState<'higher' | 'lower'>('higher');
  const [domain, setDomain] = useState('');
  const errors = splitError(propose.error, FIELDS);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    propose.mutate(
      {
        name: name.trim(),
        scaleMin: Number(scaleMin),
        scaleMax: Number(scaleMax),
        better,
        domain: domain || null,
      },
      {
        onSuccess: (m) => {
          toast({ message: t('metrics.proposed', { name: m.name }) });
          setName('');
        },
      },
    );
  };

  return (
    <form className="form card" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('metrics.proposeTitle')}</h2>
      <p className="hint">{t('metrics.proposeHint')}</p>
      <Field
        label={t('metrics.name')}
        hint={t('metrics.nameHint')}
        value={name}
        required
        maxLength={60}
        onChange={(e) => setName(e.target.value)}
        error={errors.field.name}
      />
      <div className="two-cols">
        <Field
          label={t('metrics.scaleMin')}
          type="number"
          inputMode="numeric"
          min={-100}
          max={100}
          step={1}
          required
          value={scaleMin}
          onChange={(e) => setScaleMin(e.target.value)}
          error={errors.field.scaleMin}
        />
        <Field
          label={t('metrics.scaleMax')}
          type="number"
          inputMode="numeric"
          min={-100}
          max={100}
          step={1}
          required
          value={scaleMax}
          onChange={(e) => setScaleMax(e.target.value)}
          error={errors.field.scaleMax}
        />
      </div>
      <fieldset>
        <legend>{t('metrics.better')}</legend>
        <div className="chips">
          {(['higher', 'lower'] as const).map((b) => (
            <label className="chip" key={b}>
              <input
                type="radio"
                name={`${id}-better`}
                value={b}
                checked={better === b}
                onChange={() => setBetter(b)}
              />
              <span>{t(b === 'higher' ? 'metrics.higher' : 'metrics.lower')}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <Select
        label={t('metrics.domain')}
        value={domain}
        error={errors.field.domain}
        onChange={(e) => setDomain(e.target.value)}
      >
        <option value="">{t('metrics.noDomain')}</option>
        {(couple.data?.domains ?? []).map((d) => (
          <option key={d.id} value={d.id}>
            {domainLabel(d)}
          </option>
        ))}
      </Select>
      <FormError message={errors.form} />
      <p className="actions">
        <button type="submit" className="button" disabled={propose.isPending}>
          {propose.isPending ? t('common.saving') : t('metrics.propose')}
        </button>
      </p>
    </form>
  );
}
