import { type FormEvent, useState } from 'react';
import { t } from '../../i18n.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { Badge } from '../../ui/kit/Badge.tsx';
import { Button } from '../../ui/kit/Button.tsx';
import { Field } from '../../ui/kit/Field.tsx';
import { Select } from '../../ui/kit/Select.tsx';
import { useToast } from '../../ui/toast.ts';
import { useAcceptMetric } from '../checkins/mutations.ts';
import { domainLabel } from '../couple/domain-label.ts';
import { useDefineMetric } from './mutations.ts';
import type { Round } from './queries.ts';

type Domain = { id: string; label: string };
const FIELDS = ['name', 'scaleMin', 'scaleMax', 'better', 'domain'];

/** Shared metrics defined from the reveal: one form, and the metric is proposed for the check-in. */
export function RoundMetrics({ round, domains }: { round: Round; domains: readonly Domain[] }) {
  const define = useDefineMetric();
  const accept = useAcceptMetric();
  const toast = useToast();
  const [name, setName] = useState('');
  const [scaleMin, setScaleMin] = useState('0');
  const [scaleMax, setScaleMax] = useState('10');
  const [better, setBetter] = useState<'higher' | 'lower'>('higher');
  const [domain, setDomain] = useState('');
  const errors = splitError(define.error, FIELDS);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    define.mutate(
      {
        id: round.id,
        body: {
          name: name.trim(),
          scaleMin: Number(scaleMin),
          scaleMax: Number(scaleMax),
          better,
          domain: domain || null,
        },
      },
      {
        onSuccess: (m) => {
          toast({ message: t('alignment.metricDefined', { name: m.name }) });
          setName('');
        },
      },
    );
  };

  return (
    <section aria-labelledby="alignment-metrics">
      <h2 id="alignment-metrics">{t('alignment.metricsTitle')}</h2>
      <p className="muted">{t('alignment.metricsIntro')}</p>
      {round.metrics.length === 0 ? (
        <p>{t('alignment.metricsEmpty')}</p>
      ) : (
        <ul className="plain-list cards">
          {round.metrics.map((m) => (
            <li key={m.id} className="card">
              <h3>{m.name}</h3>
              <Badge tone={m.state === 'accepted' ? 'kept' : 'open'}>
                {t(
                  m.state === 'accepted'
                    ? 'alignment.metricInCheckin'
                    : m.state === 'retired'
                      ? 'alignment.metricRetired'
                      : 'alignment.metricWaiting',
                )}
              </Badge>
              {m.canAccept ? (
                <p className="actions">
                  <Button small disabled={accept.isPending} onClick={() => accept.mutate(m.id)}>
                    {t('metrics.accept', { name: m.name })}
                  </Button>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <form className="form card" onSubmit={submit} noValidate>
        <FormError message={errors.form} />
        <Field
          label={t('alignment.metricName')}
          hint={t('alignment.metricNameHint')}
          value={name}
          maxLength={60}
          required
          onChange={(e) => setName(e.target.value)}
          error={errors.field.name}
        />
        <div className="two-cols">
          <Field
            label={t('metrics.scaleMin')}
            type="number"
            inputMode="numeric"
            value={scaleMin}
            onChange={(e) => setScaleMin(e.target.value)}
            error={errors.field.scaleMin}
          />
          <Field
            label={t('metrics.scaleMax')}
            type="number"
            inputMode="numeric"
            value={scaleMax}
            onChange={(e) => setScaleMax(e.target.value)}
            error={errors.field.scaleMax}
          />
        </div>
        <Select
          label={t('metrics.better')}
          value={better}
          onChange={(e) => setBetter(e.target.value as 'higher' | 'lower')}
          error={errors.field.better}
        >
          <option value="higher">{t('metrics.higher')}</option>
          <option value="lower">{t('metrics.lower')}</option>
        </Select>
        <Select
          label={t('metrics.domain')}
          value={domain}
          onChange={(e) => setDomain(e.target.value)}
          error={errors.field.domain}
        >
          <option value="">{t('metrics.noDomain')}</option>
          {domains.map((d) => (
            <option key={d.id} value={d.id}>
              {domainLabel(d)}
            </option>
          ))}
        </Select>
        <p className="actions">
          <Button type="submit" disabled={define.isPending}>
            {t('alignment.metricDefine')}
          </Button>
        </p>
      </form>
    </section>
  );
}
