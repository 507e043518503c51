import { useState } from 'react';
import { t } from '../../i18n.ts';
import { formatDay } from '../../ui/dates.ts';
import { useKeepFocus } from '../../ui/focus.ts';
import { sayPhrases } from '../../ui/phrases.ts';
import { useToast } from '../../ui/toast.ts';
import { AmountCheckOff } from './AmountCheckOff.tsx';
import { describeCelebration, describeChange, describeSchedule, describeTarget } from './describe.ts';
import { HabitCalendar } from './HabitCalendar.tsx';
import { HabitStatus } from './HabitStatus.tsx';
import { useAppreciate, useCheckOff, useConsent, useUndoCheckOff } from './mutations.ts';
import type { CheckoffResult, Habit } from './queries.ts';
import { SrbaiForm } from './SrbaiForm.tsx';
import { StrengthChart } from './StrengthChart.tsx';

interface Props {
  habit: Habit;
}

/**
 * One habit as both partners see it: cue and action, strength in words, runs, the 90-day
 * calendar and chart. The owner checks off (and sees the reward at once); the partner thanks.
 */
export function HabitCard({ habit: h }: Props) {
  const today = h.calendar.at(-1)?.date ?? '';
  const [result, setResult] = useState<CheckoffResult | null>(null);
  const [asking, setAsking] = useState(false);
  const checkOff = useCheckOff();
  const undo = useUndoCheckOff();
  const thank = useAppreciate();
  const consent = useConsent();
  const toast = useToast();
  // The tapped button gives way to its opposite (Check off → Undo); focus follows to it.
  const [actions, keepFocus] = useKeepFocus<HTMLParagraphElement>();
  const [thanks, keepThanksFocus] = useKeepFocus<HTMLUListElement>();
  const active = h.status === 'active';
  const headingId = `habit-${h.id}`;
  return (
    <article className="card habit-card" aria-labelledby={headingId}>
      <header>
        <h2 id={headingId}>{t('habits.cueAction', { cue: h.cue, action: h.action })}</h2>
        <p className="muted">
          {t('habits.owner', { name: h.ownerName })} · {describeSchedule(h.schedule)}
          {active ? '' : ` · ${t(`habits.status.${h.status as 'paused' | 'graduated' | 'retired'}`)}`}
        </p>
        {h.target ? (
          <p className="habit-target-summary">
            {t('habits.target', { summary: describeTarget(h.target, h.schedule) })}
          </p>
        ) : null}
      </header>
      <div className="habit-meta">
        <span className="habit-strength">{t('habits.strength', { pct: Math.round(h.strength * 100) })}</span>
        <span>{t('habits.streak', { count: h.currentStreak })}</span>
        <span>{t('habits.best', { count: h.bestStreak })}</span>
      </div>
      <p className="hint">{sayPhrases(h.strengthPhrases)}</p>
      <StrengthChart values={h.chart} dates={h.calendar.map((d) => d.date)} />
      <HabitCalendar days={h.calendar} />
      <div aria-live="polite">
        {result?.reward ? (
          <p className="habit-reward">{t('habits.reward', { reward: result.reward })}</p>
        ) : null}
        {result?.celebration ? (
          <p className="habit-reward">🎉 {describeCelebration(result.celebration)}</p>
        ) : null}
      </div>
      {h.mine && active && h.target && !h.doneToday ? (
        <AmountCheckOff habit={h} date={today} onDone={setResult} />
      ) : null}
      {h.mine && active ? (
        <p className="actions" ref={actions}>
          {h.doneToday ? (
            <button
              type="button"
              className="button secondary"
              disabled={undo.isPending}
              onClick={() => {
                keepFocus();
                undo.mutate({ id: h.id, date: today }, { onSuccess: () => setResult(null) });
              }}
            >
              {t('habits.undo')}
            </button>
          ) : h.target ? null : (
            <button
              type="button"
              className="button"
              disabled={checkOff.isPending}
              onClick={() => {
                keepFocus();
                checkOff.mutate({ id: h.id, date: today, kind: 'done' }, { onSuccess: setResult });
              }}
            >
              {t('habits.checkOff')}
            </button>
          )}
          {h.doneToday ? null : (
            <button
              type="button"
              className="button secondary"
              title={t('habits.skipHint')}
              disabled={checkOff.isPending}
              onClick={() => {
                keepFocus();
                checkOff.mutate({ id: h.id, date: today, kind: 'skip' }, { onSuccess: setResult });
              }}
            >
              {t('habits.skip')}
            </button>
          )}
        </p>
      ) : null}
      {h.recent.length > 0 ? (
        <ul className="plain-list" ref={thanks}>
          {/* The last few days are enough to say thanks; older ones would bury the card. */}
          {h.recent.slice(0, 3).map((r) => (
            <li key={r.date}>
              {h.target && r.value != null
                ? t('habits.partnerDidAmount', {
                    name: r.byName,
                    amount: r.value,
                    unit: h.target.unit,
                    date: formatDay(r.date, 'medium'),
                  })
                : t('habits.partnerDid', { name: r.byName, date: formatDay(r.date, 'medium') })}{' '}
              {r.canAppreciate ? (
                <button
                  type="button"
                  className="button secondary small"
                  disabled={thank.isPending}
                  onClick={() => {
                    keepThanksFocus();
                    thank.mutate(
                      { id: h.id, date: r.date },
                      { onSuccess: () => toast({ message: t('habits.thankedToast') }) },
                    );
                  }}
                >
                  {t('habits.thank')}
                </button>
              ) : r.appreciated ? (
                <span className="muted" tabIndex={-1}>
                  {t('habits.thanked')}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {h.celebrations.length > 0 ? (
        <section aria-label={t('habits.celebrations')}>
          <h3>{t('habits.celebrations')}</h3>
          <ul className="plain-list">
            {h.celebrations.slice(0, 3).map((c) => (
              <li key={`${c.kind}-${c.date}`}>
                {formatDay(c.date, 'medium')}: {describeCelebration(c)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {h.pendingChange ? (
        <p className="banner">
          {t('habits.pending', {
            summary: describeChange(h.pendingChange.change, h.schedule),
            date: formatDay(h.pendingChange.effectiveOn, 'medium'),
          })}{' '}
          {h.pendingChange.waitingFor.length > 0 ? t('habits.pendingWaiting') : null}{' '}
          {h.pendingChange.mineToConsent ? (
            <button type="button" className="button small" onClick={() => consent.mutate(h.id)}>
              {t('habits.consent')}
            </button>
          ) : null}
        </p>
      ) : null}
      <section aria-label={t('habits.automaticity')}>
        <h3>{t('habits.automaticity')}</h3>
        <p className="hint">{sayPhrases(h.automaticity.phrases)}</p>
        {h.srbaiDue && !asking ? (
          <button type="button" className="button secondary small" onClick={() => setAsking(true)}>
            {t('habits.srbaiDue')}
          </button>
        ) : null}
        {asking ? <SrbaiForm habit={h} onDone={() => setAsking(false)} /> : null}
      </section>
      {h.mine ? <HabitStatus habit={h} /> : null}
    </article>
  );
}
