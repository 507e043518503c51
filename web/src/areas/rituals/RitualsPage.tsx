import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { useKeepFocus } from '../../ui/focus.ts';
import { Screen } from '../../ui/Screen.tsx';
import { useToast } from '../../ui/toast.ts';
import { useToday } from '../../ui/today.ts';
import { checkinQueries } from '../checkins/queries.ts';
import { FeedSection } from './FeedSection.tsx';
import { useCompleteRitual, useCreateRitual, useUpdateRitual } from './mutations.ts';
import { type Ritual, ritualQueries } from './queries.ts';
import { RitualForm, weekdayName } from './RitualForm.tsx';

/** The couple's rituals: when each happens, its prompt, "done today", and the calendar feed. */
export default function RitualsPage() {
  const rituals = useQuery(ritualQueries.list());
  return (
    <Screen
      title={t('rituals.title')}
      intro={
        <nav className="sub-links" aria-label={t('review.links')}>
          <Link href={paths.weekReview} className="button secondary small">
            {t('review.weekTitle')}
          </Link>
          <Link href={paths.monthReview} className="button secondary small">
            {t('review.monthTitle')}
          </Link>
        </nav>
      }
      loadingLabel={t('rituals.loading')}
      query={rituals}
    >
      {(data) => (
        <>
          <ul className="cards">
            {data.rituals.map((r) => (
              <RitualCard key={r.id} r={r} />
            ))}
          </ul>
          <AddRitual />
          <FeedSection />
        </>
      )}
    </Screen>
  );
}

/** Add a ritual of the couple's own. */
function AddRitual() {
  const [open, setOpen] = useState(false);
  const create = useCreateRitual();
  const toast = useToast();
  if (!open)
    return (
      <p>
        <button type="button" className="button secondary" onClick={() => setOpen(true)}>
          {t('ritualForm.add')}
        </button>
      </p>
    );
  return (
    <section className="card" aria-labelledby="add-ritual">
      <h2 id="add-ritual">{t('ritualForm.add')}</h2>
      <RitualForm
        initial={{ title: '', prompt: '', cadence: 'weekly', time: '19:00', weekday: 7, dayOfMonth: null }}
        submitLabel={t('ritualForm.create')}
        busy={create.isPending}
        error={create.error}
        onCancel={() => setOpen(false)}
        onSubmit={(body) =>
          create.mutate(body, {
            onSuccess: (r) => {
              setOpen(false);
              toast({ message: t('ritualForm.created', { title: r.title }) });
            },
          })
        }
      />
    </section>
  );
}

function RitualCard({ r }: { r: Ritual }) {
  const complete = useCompleteRitual();
  const update = useUpdateRitual();
  const toast = useToast();
  const today = useToday();
  const [editing, setEditing] = useState(false);
  const [appreciation, setAppreciation] = useState('');
  // "Mark done" gives way to "Done": focus follows to it instead of falling to the page.
  const [card, keepFocus] = useKeepFocus<HTMLLIElement>();
  // The evening ritual is the check-in itself: done when today's check-in is saved.
  const evening = r.key === 'evening_checkin';
  const checkin = useQuery({ ...checkinQueries.day(today), enabled: evening });
  const done = evening ? Boolean(checkin.data?.checkin) : r.doneByMe;
  return (
    <li className="card" ref={card}>
      <h2>{r.title}</h2>
      <p className="muted">
        {t(`rituals.when.${r.cadence}`, {
          time: r.time,
          day: r.cadence === 'weekly' ? weekdayName(r.weekday ?? 1) : (r.dayOfMonth ?? 1),
        })}
        {r.active ? '' : ` · ${t('rituals.off')}`}
      </p>
      {editing ? (
        <RitualForm
          initial={{
            title: r.title,
            prompt: r.prompt,
            cadence: r.cadence,
            time: r.time,
            weekday: r.weekday,
            dayOfMonth: r.dayOfMonth,
            active: r.active,
          }}
          builtIn={!r.custom}
          submitLabel={t('ritualForm.save')}
          busy={update.isPending}
          error={update.error}
          onCancel={() => setEditing(false)}
          onSubmit={(b) => {
            keepFocus();
            update.mutate(
              {
                id: r.id,
                patch: r.custom
                  ? b
                  : {
                      time: b.time,
                      weekday: b.weekday ?? null,
                      dayOfMonth: b.dayOfMonth ?? null,
                      active: b.active,
                    },
              },
              {
                onSuccess: (saved) => {
                  setEditing(false);
                  toast({
                    message: saved.active
                      ? t('ritualForm.saved', { title: saved.title })
                      : t('ritualForm.switchedOff', { title: saved.title }),
                  });
                },
              },
            );
          }}
        />
      ) : (
        <>
          <p>{r.prompt}</p>
          {evening || r.doneLast30 === 0 ? null : (
            <p className="hint">{t('rituals.count', { count: r.doneLast30 })}</p>
          )}
          {r.key === 'daily_appreciation' && !r.doneByMe && r.active ? (
            <div className="field">
              <label htmlFor="appreciation">{t('rituals.appreciation')}</label>
              <p className="hint" id="appreciation-hint">
                {t('rituals.appreciationHint')}
              </p>
              <textarea
                id="appreciation"
                aria-describedby="appreciation-hint"
                value={appreciation}
                onChange={(e) => setAppreciation(e.target.value)}
              />
            </div>
          ) : null}
          <div className="actions">
            {done ? (
              <p role="status" tabIndex={-1} className="ritual-done">
                ✓ {evening ? t('rituals.checkedIn') : t('rituals.done')}
              </p>
            ) : evening && r.active ? (
              <Link href={paths.checkin} className="button">
                {t('rituals.openCheckin')}
              </Link>
            ) : r.active ? (
              <button
                type="button"
                className="button secondary"
                disabled={complete.isPending}
                onClick={() => {
                  keepFocus();
                  complete.mutate(
                    {
                      id: r.id,
                      date: today,
                      appreciation:
                        r.key === 'daily_appreciation' ? appreciation.trim() || undefined : undefined,
                    },
                    { onSuccess: () => toast({ message: t('rituals.doneToast', { title: r.title }) }) },
                  );
                }}
              >
                {complete.isPending ? t('common.saving') : t('rituals.markDone')}
              </button>
            ) : null}
            <button type="button" className="button secondary small" onClick={() => setEditing(true)}>
              {t('ritualForm.change')}
            </button>
          </div>
        </>
      )}
    </li>
  );
}
