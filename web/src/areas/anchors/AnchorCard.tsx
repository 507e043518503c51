import { useState } from 'react';
import { t } from '../../i18n.ts';
import { formatDay, formatShortDay } from '../../ui/dates.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { Badge } from '../../ui/kit/Badge.tsx';
import { Button } from '../../ui/kit/Button.tsx';
import { Field } from '../../ui/kit/Field.tsx';
import { Select } from '../../ui/kit/Select.tsx';
import { sayPhrases } from '../../ui/phrases.ts';
import { useToday } from '../../ui/today.ts';
import { CadenceFields } from './CadenceFields.tsx';
import { cadenceWords, expectedInWindow, keptInWindow, rateWindow, shiftDay } from './cadence.ts';
import { useKeep, useUpdateAnchor } from './mutations.ts';
import type { Anchor } from './queries.ts';

interface Props {
  anchor: Anchor;
  /** The open stress period's name: its floor may then only go down. */
  stressName: string | null;
}

/** One anchor: its floor, how often it happened lately, keeping it, and a lapse said plainly. */
export function AnchorCard({ anchor: a, stressName }: Props) {
  const today = useToday();
  const keep = useKeep();
  const window = rateWindow(a.cadence.days);
  const keptToday = a.kept.includes(today);
  const lastLapse = a.lapses.at(-1);
  const past = a.lapses.filter((l) => l.until !== null);
  return (
    <article className="card anchor-card" aria-labelledby={`anchor-${a.id}`}>
      <div className="anchor-head">
        <h2 id={`anchor-${a.id}`}>{a.name}</h2>
        <Badge tone={a.status === 'holding' ? 'kept' : a.status === 'lapsed' ? 'open' : 'neutral'}>
          {t(`anchors.status.${a.status}`)}
        </Badge>
      </div>
      <p>
        {t('anchors.floor', { floor: cadenceWords(a.cadence) })}
        {a.normalCadence ? (
          <>
            {' '}
            <span className="muted">{t('anchors.lowered', { usual: cadenceWords(a.normalCadence) })}</span>
          </>
        ) : null}
      </p>
      <p>
        {t('anchors.rate', {
          count: keptInWindow(a.kept, today, window),
          days: window,
          expected: expectedInWindow(a.cadence, window),
        })}
      </p>
      {a.status === 'lapsed' && lastLapse ? (
        <div className="lapse" role="note" aria-label={t('anchors.lapseLabel')}>
          <h3>{t('anchors.lapseTitle', { name: a.name })}</h3>
          <p>{t('anchors.lapseSince', { date: formatDay(lastLapse.from, 'medium') })}</p>
          <p>{sayPhrases(a.evidencePhrases)}</p>
          <p className="muted">{t('anchors.lapseInfo')}</p>
        </div>
      ) : (
        <details>
          <summary>{t('anchors.howSure')}</summary>
          <p>{sayPhrases(a.evidencePhrases)}</p>
        </details>
      )}
      {past.length > 0 ? (
        <details>
          <summary>{t('anchors.pastLapses', { count: past.length })}</summary>
          <ul>
            {past.map((l) => (
              <li key={l.from}>
                {t('anchors.pastLapse', {
                  from: formatDay(l.from, 'medium'),
                  until: formatDay(l.until ?? l.from, 'medium'),
                })}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <FormError message={splitError(keep.error, []).form} />
      {a.source.kind === 'checkoff' ? (
        today < a.startDate ? (
          <p className="muted">{t('anchors.startsOn', { date: formatDay(a.startDate, 'medium') })}</p>
        ) : keptToday ? (
          <p className="actions">
            <span className="anchor-kept">{t('anchors.keptToday')}</span>
            <Button
              variant="quiet"
              small
              disabled={keep.isPending}
              onClick={() => keep.mutate({ id: a.id, date: today, undo: true })}
            >
              {t('anchors.undo')}
            </Button>
          </p>
        ) : (
          <p className="actions">
            <Button disabled={keep.isPending} onClick={() => keep.mutate({ id: a.id, date: today })}>
              {t('anchors.keep')}
            </Button>
          </p>
        )
      ) : (
        <p className="muted">{t('anchors.byLog', { kind: t(`kind.${a.source.logKind}`) })}</p>
      )}
      {a.source.kind === 'checkoff' ? <EarlierDay anchor={a} today={today} /> : null}
      <EditAnchor anchor={a} stressName={stressName} />
    </article>
  );
}

/** A date night is often ticked off the next morning: the last week's days, kept or not. */
function EarlierDay({ anchor: a, today }: { anchor: Anchor; today: string }) {
  const keep = useKeep();
  const days = Array.from({ length: 7 }, (_, i) => shiftDay(today, -(i + 1))).filter((d) => d >= a.startDate);
  const [day, setDay] = useState(days[0] ?? '');
  if (days.length === 0) return null;
  const kept = a.kept.includes(day);
  return (
    <details>
      <summary>{t('anchors.earlier')}</summary>
      <Select label={t('anchors.earlierDay')} value={day} onChange={(e) => setDay(e.target.value)}>
        {days.map((d) => (
          <option key={d} value={d}>
            {formatShortDay(d)}
            {a.kept.includes(d) ? ` · ${t('anchors.keptMark')}` : ''}
          </option>
        ))}
      </Select>
      <FormError message={splitError(keep.error, []).form} />
      <Button
        variant="secondary"
        disabled={keep.isPending}
        onClick={() => keep.mutate({ id: a.id, date: day, undo: kept })}
      >
        {kept ? t('anchors.undoThatDay') : t('anchors.keepThatDay')}
      </Button>
    </details>
  );
}

function EditAnchor({ anchor: a, stressName }: Props) {
  const update = useUpdateAnchor();
  const [name, setName] = useState(a.name);
  const [cadence, setCadence] = useState({ times: a.cadence.times, days: a.cadence.days });
  const errors = splitError(update.error, ['name', 'cadence']);
  return (
    <details>
      <summary>{t('anchors.edit')}</summary>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const changed = cadence.times !== a.cadence.times || cadence.days !== a.cadence.days;
          update.mutate({ id: a.id, name, ...(changed ? { cadence } : {}) });
        }}
      >
        <FormError message={errors.form} />
        {stressName ? <p className="hint">{t('anchors.lowerOnly', { name: stressName })}</p> : null}
        <Field
          label={t('anchors.field.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.field.name}
        />
        <CadenceFields value={cadence} onChange={setCadence} error={errors.field.cadence} />
        <Button type="submit" variant="secondary" disabled={update.isPending}>
          {stressName ? t('anchors.saveLowered') : t('anchors.save')}
        </Button>
        {update.isSuccess && !update.isPending ? (
          <p role="status" className="muted">
            {t('anchors.saved')}
          </p>
        ) : null}
      </form>
    </details>
  );
}
