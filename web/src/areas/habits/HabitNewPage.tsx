import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import { t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { randomKey } from '../../ui/ids.ts';
import { Field } from '../../ui/kit/Field.tsx';
import { Select } from '../../ui/kit/Select.tsx';
import { Screen } from '../../ui/Screen.tsx';
import { useToast } from '../../ui/toast.ts';
import { coupleQueries } from '../couple/queries.ts';
import { useCreateHabit } from './mutations.ts';
import { DEFAULT_SCHEDULE, ScheduleFields, type ScheduleValue, toSchedule } from './ScheduleFields.tsx';
import { DEFAULT_TARGET, TargetFields, type TargetValue, toTarget } from './TargetFields.tsx';
import './habits.css';
import { domainLabel } from '../couple/domain-label.ts';

const FIELDS = ['cue', 'action', 'reward', 'owner', 'domain', 'schedule', 'target'] as const;

/** Starting a habit: a cue, one tiny action, whose it is, the domain, how often, a reward. */
export default function HabitNewPage() {
  const couple = useQuery(coupleQueries.space());
  const create = useCreateHabit();
  const toast = useToast();
  const [, navigate] = useLocation();
  const idempotencyKey = useMemo(randomKey, []);
  const [cue, setCue] = useState('');
  const [action, setAction] = useState('');
  const [reward, setReward] = useState('');
  const [owner, setOwner] = useState('me');
  const [domain, setDomain] = useState('communication');
  const [schedule, setSchedule] = useState<ScheduleValue>(DEFAULT_SCHEDULE);
  const [target, setTarget] = useState<TargetValue>(DEFAULT_TARGET);
  const errors = splitError(create.error, FIELDS);
  const fieldError = (f: (typeof FIELDS)[number]) => errors.field[f];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const counted = toTarget(target);
    create.mutate(
      {
        body: {
          cue,
          action,
          reward,
          owner,
          domain,
          schedule: toSchedule(schedule),
          ...(counted ? { target: counted } : {}),
        },
        idempotencyKey,
      },
      {
        onSuccess: () => {
          toast({ message: t('habitForm.created') });
          navigate(paths.habits);
        },
      },
    );
  };

  return (
    <Screen
      title={t('habitForm.title')}
      intro={<p className="muted">{t('habitForm.intro')}</p>}
      query={couple}
    >
      {(space) => {
        const partner = space.partners.find((p) => !p.me);
        return (
          <form className="form" onSubmit={submit} noValidate>
            <FormError message={errors.form} />
            <Field
              label={t('habitForm.cue')}
              hint={t('habitForm.cueHint')}
              value={cue}
              required
              onChange={(e) => setCue(e.target.value)}
              error={fieldError('cue')}
            />
            <Field
              label={t('habitForm.action')}
              hint={t('habitForm.actionHint')}
              value={action}
              required
              onChange={(e) => setAction(e.target.value)}
              error={fieldError('action')}
            />
            <Field
              label={t('habitForm.reward')}
              hint={t('habitForm.rewardHint')}
              value={reward}
              onChange={(e) => setReward(e.target.value)}
              error={fieldError('reward')}
            />
            <Select
              label={t('habitForm.owner')}
              value={owner}
              error={fieldError('owner')}
              onChange={(e) => setOwner(e.target.value)}
            >
              <option value="me">{t('habitForm.ownerMe')}</option>
              {partner ? (
                <option value={partner.id}>
                  {t('habitForm.ownerPartner', { name: partner.displayName })}
                </option>
              ) : null}
              <option value="both">{t('habitForm.ownerBoth')}</option>
            </Select>
            <Select
              label={t('habitForm.domain')}
              value={domain}
              error={fieldError('domain')}
              onChange={(e) => setDomain(e.target.value)}
            >
              {space.domains.map((d) => (
                <option key={d.id} value={d.id}>
                  {domainLabel(d)}
                </option>
              ))}
            </Select>
            <ScheduleFields
              value={schedule}
              onChange={setSchedule}
              name="new"
              error={fieldError('schedule')}
            />
            <TargetFields value={target} onChange={setTarget} error={fieldError('target')} />
            <p className="actions">
              <button type="submit" className="button" disabled={create.isPending}>
                {create.isPending ? t('common.saving') : t('habitForm.save')}
              </button>
            </p>
          </form>
        );
      }}
    </Screen>
  );
}
