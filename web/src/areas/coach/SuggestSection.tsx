import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, errorMessage } from '../../api/client.ts';
import { t } from '../../i18n.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { FormError } from '../../ui/FormError.tsx';
import { Badge } from '../../ui/kit/Badge.tsx';
import { Field } from '../../ui/kit/Field.tsx';
import { Select } from '../../ui/kit/Select.tsx';
import { weekdayName } from '../rituals/RitualForm.tsx';
import { useSuggest } from './mutations.ts';
import { type CoachSuggestion, type CoachSuggestions, coachQueries, type SuggestBody } from './queries.ts';
import { BUILT_IN_METRICS, metricName, suggestionLine } from './suggestion-words.ts';

type Kind = SuggestBody['kind'];
type Cadence = 'daily' | 'weekly' | 'monthly' | 'quarterly';
const CADENCES: Cadence[] = ['daily', 'weekly', 'monthly', 'quarterly'];

const BLANK = {
  cue: '',
  action: '',
  domain: '',
  title: '',
  prompt: '',
  cadence: 'weekly' as Cadence,
  time: '19:00',
  weekday: 7,
  dayOfMonth: 1,
  behaviour: '',
  metric: 'connection',
  text: '',
  note: '',
};
type Draft = typeof BLANK;

/** The request for a draft: only the fields of its kind. */
function bodyOf(kind: Kind, d: Draft, domain: string): SuggestBody {
  const note = d.note.trim() ? { note: d.note.trim() } : {};
  switch (kind) {
    case 'habit':
      return { kind, ...note, fields: { cue: d.cue, action: d.action, domain, schedule: { kind: 'daily' } } };
    case 'ritual':
      return {
        kind,
        ...note,
        fields: {
          title: d.title,
          prompt: d.prompt,
          cadence: d.cadence,
          time: d.time,
          weekday: d.cadence === 'weekly' ? d.weekday : null,
          dayOfMonth: d.cadence === 'monthly' || d.cadence === 'quarterly' ? d.dayOfMonth : null,
        },
      };
    case 'experiment':
      return { kind, ...note, fields: { title: d.behaviour, metric: d.metric } };
    case 'idea':
      return { kind, ...note, fields: { domain, text: d.text } };
  }
}

/** A refused field of the suggestion ("fields.cue") goes next to its input; anything else on top. */
function placeError(error: unknown): { form: string | null; field: Record<string, string> } {
  if (!error) return { form: null, field: {} };
  if (error instanceof ApiError && error.field) {
    const name = error.field.replace(/^fields\./, '').split('.')[0]!;
    const shown = ['cue', 'action', 'domain', 'title', 'prompt', 'time', 'text', 'note', 'metric'];
    if (shown.includes(name)) return { form: null, field: { [name]: errorMessage(error) } };
  }
  return { form: errorMessage(error), field: {} };
}

/** The coach's side, on a couple's page: suggest, and see what the couple decided. */
export function SuggestSection({ coupleId }: { coupleId: string }) {
  const list = useQuery(coachQueries.suggestions(coupleId));
  return (
    <section className="card no-print" aria-labelledby="suggest-title">
      <h2 id="suggest-title">{t('coach.suggest.title')}</h2>
      {list.isPending ? (
        <p role="status">{t('coach.suggest.loading')}</p>
      ) : list.isError ? (
        <FormError message={errorMessage(list.error)} />
      ) : (
        <>
          {list.data.kinds.length === 0 ? (
            <p className="muted">{t('coach.suggest.none')}</p>
          ) : (
            <SuggestForm coupleId={coupleId} data={list.data} />
          )}
          <h3>{t('coach.suggest.listTitle')}</h3>
          {list.data.suggestions.length === 0 ? (
            <EmptyState title={t('coach.suggest.empty')} />
          ) : (
            <ul className="plain-list">
              {list.data.suggestions.map((s) => (
                <SuggestionItem key={s.id} s={s} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

const TONES = { open: 'open', accepted: 'kept', declined: 'broken', withdrawn: 'neutral' } as const;

function SuggestionItem({ s }: { s: CoachSuggestion }) {
  return (
    <li className="suggestion">
      <p>
        {suggestionLine(s)} <Badge tone={TONES[s.state]}>{t(`coach.suggest.state.${s.state}`)}</Badge>
      </p>
      {s.declineReason ? (
        <p className="muted">{t('coach.suggest.reason', { reason: s.declineReason })}</p>
      ) : null}
    </li>
  );
}

function SuggestForm({ coupleId, data }: { coupleId: string; data: CoachSuggestions }) {
  const suggest = useSuggest(coupleId);
  const [kind, setKind] = useState<Kind>(data.kinds[0]!);
  const [d, setD] = useState<Draft>(BLANK);
  const set = (patch: Partial<Draft>) => setD((x) => ({ ...x, ...patch }));
  const domain = d.domain || data.domains[0]?.id || '';
  const errors = placeError(suggest.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    suggest.mutate(bodyOf(kind, d, domain), { onSuccess: () => setD(BLANK) });
  };
  const domainSelect = (
    <Select
      label={t('coach.suggest.domain')}
      value={domain}
      onChange={(e) => set({ domain: e.target.value })}
      error={errors.field.domain}
    >
      {data.domains.map((x) => (
        <option key={x.id} value={x.id}>
          {x.label}
        </option>
      ))}
    </Select>
  );
  return (
    <form className="form" onSubmit={submit} noValidate>
      <p className="muted">{t('coach.suggest.intro')}</p>
      <FormError message={errors.form} />
      <Select label={t('coach.suggest.kind')} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
        {data.kinds.map((k) => (
          <option key={k} value={k}>
            {t(`coach.suggest.kind.${k}`)}
          </option>
        ))}
      </Select>
      {kind === 'habit' ? (
        <>
          <Field
            label={t('coach.suggest.cue')}
            hint={t('coach.suggest.cueHint')}
            maxLength={300}
            value={d.cue}
            onChange={(e) => set({ cue: e.target.value })}
            error={errors.field.cue}
          />
          <Field
            label={t('coach.suggest.action')}
            hint={t('coach.suggest.actionHint')}
            maxLength={300}
            value={d.action}
            onChange={(e) => set({ action: e.target.value })}
            error={errors.field.action}
          />
          {domainSelect}
        </>
      ) : kind === 'ritual' ? (
        <>
          <Field
            label={t('ritualForm.title')}
            maxLength={80}
            value={d.title}
            onChange={(e) => set({ title: e.target.value })}
            error={errors.field.title}
          />
          <Field
            label={t('ritualForm.prompt')}
            maxLength={500}
            value={d.prompt}
            onChange={(e) => set({ prompt: e.target.value })}
            error={errors.field.prompt}
          />
          <Select
            label={t('ritualForm.cadence')}
            value={d.cadence}
            onChange={(e) => set({ cadence: e.target.value as Cadence })}
          >
            {CADENCES.map((c) => (
              <option key={c} value={c}>
                {t(`ritualForm.cadence.${c}`)}
              </option>
            ))}
          </Select>
          {d.cadence === 'weekly' ? (
            <Select
              label={t('ritualForm.weekday')}
              value={d.weekday}
              onChange={(e) => set({ weekday: Number(e.target.value) })}
            >
              {[1, 2, 3, 4, 5, 6, 7].map((n) => (
                <option key={n} value={n}>
                  {weekdayName(n)}
                </option>
              ))}
            </Select>
          ) : d.cadence === 'daily' ? null : (
            <Select
              label={t('ritualForm.dayOfMonth')}
              value={d.dayOfMonth}
              onChange={(e) => set({ dayOfMonth: Number(e.target.value) })}
            >
              {Array.from({ length: 28 }, (_, i) => i + 1).map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </Select>
          )}
          <Field
            label={t('ritualForm.time')}
            type="time"
            value={d.time}
            onChange={(e) => set({ time: e.target.value })}
            error={errors.field.time}
          />
        </>
      ) : kind === 'experiment' ? (
        <>
          <Field
            label={t('coach.suggest.behaviour')}
            hint={t('coach.suggest.behaviourHint')}
            maxLength={120}
            value={d.behaviour}
            onChange={(e) => set({ behaviour: e.target.value })}
            error={errors.field.title}
          />
          <Select
            label={t('coach.suggest.metric')}
            value={d.metric}
            onChange={(e) => set({ metric: e.target.value })}
            error={errors.field.metric}
          >
            {BUILT_IN_METRICS.map((m) => (
              <option key={m} value={m}>
                {metricName(m)}
              </option>
            ))}
          </Select>
        </>
      ) : (
        <>
          <Field
            label={t('coach.suggest.ideaText')}
            maxLength={500}
            value={d.text}
            onChange={(e) => set({ text: e.target.value })}
            error={errors.field.text}
          />
          {domainSelect}
        </>
      )}
      <Field
        label={t('coach.suggest.note')}
        maxLength={500}
        value={d.note}
        onChange={(e) => set({ note: e.target.value })}
        error={errors.field.note}
      />
      <p className="actions">
        <button type="submit" className="button" disabled={suggest.isPending}>
          {suggest.isPending ? t('common.saving') : t('coach.suggest.send')}
        </button>
      </p>
      <p aria-live="polite" className="muted">
        {suggest.isSuccess ? t('coach.suggest.sent') : ''}
      </p>
    </form>
  );
}
