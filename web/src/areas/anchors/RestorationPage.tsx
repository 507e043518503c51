import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { isMessageKey, t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { formatDay } from '../../ui/dates.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { Button } from '../../ui/kit/Button.tsx';
import { sayPhrases } from '../../ui/phrases.ts';
import { Screen } from '../../ui/Screen.tsx';
import { describeSchedule } from '../habits/describe.ts';
import { cadenceWords } from './cadence.ts';
import { useRestore } from './mutations.ts';
import { anchorQueries, type Pattern } from './queries.ts';

/** A restoration session: what you did in a good period, beside now, each pattern one tap away. */
export default function RestorationPage({ params }: { params: { id: string } }) {
  const session = useQuery(anchorQueries.session(params.id));
  const restore = useRestore();
  return (
    <Screen
      title={t('restore.title')}
      intro={
        <p>
          <Link href={paths.archive}>{t('restore.back')}</Link>
        </p>
      }
      loadingLabel={t('archive.loading')}
      query={session}
    >
      {(d) => {
        const missing = d.patterns.filter((p) => p.restorable);
        const kinds = ['anchor', 'habit', 'ritual'] as const;
        return (
          <div className="stack">
            <section className="card">
              <h2>{t('restore.then', { date: formatDay(d.snapshot.date) })}</h2>
              {d.snapshot.note ? <p>“{d.snapshot.note}”</p> : null}
              <p>{sayPhrases(d.snapshot.phrases)}</p>
              <p className="muted">
                {missing.length > 0 ? t('restore.walk', { count: missing.length }) : t('restore.allThere')}
              </p>
            </section>
            <FormError message={splitError(restore.error, []).form} />
            {kinds.map((kind) => {
              const list = d.patterns.filter((p) => p.kind === kind);
              if (list.length === 0) return null;
              return (
                <section key={kind} aria-labelledby={`kind-${kind}`}>
                  <h2 id={`kind-${kind}`}>{t(`restore.kind.${kind}`)}</h2>
                  <ul className="plain-list cards">
                    {list.map((p) => (
                      <PatternRow
                        key={p.id}
                        pattern={p}
                        busy={restore.isPending}
                        onRestore={() => restore.mutate({ snapshot: d.snapshot.id, kind: p.kind, id: p.id })}
                      />
                    ))}
                  </ul>
                </section>
              );
            })}
          </div>
        );
      }}
    </Screen>
  );
}

function PatternRow({
  pattern: p,
  busy,
  onRestore,
}: {
  pattern: Pattern;
  busy: boolean;
  onRestore: () => void;
}) {
  return (
    <li className="card">
      <h3>{p.title}</h3>
      <p>
        <strong>{t('restore.was')}</strong> {wasWords(p)}
      </p>
      <p>
        <strong>{t('restore.now')}</strong> {nowWords(p.now)}
      </p>
      {p.restorable ? (
        <Button variant="secondary" disabled={busy} onClick={onRestore}>
          {t('restore.bringBack', { title: p.title })}
        </Button>
      ) : (
        <p className="muted">{t('restore.stillHere')}</p>
      )}
    </li>
  );
}

/** How often a pattern was done then, from its parts; an old snapshot has only English words. */
function wasWords(p: Pattern): string {
  const plan = p.wasPlan;
  if (plan?.kind === 'schedule') return describeSchedule(plan.schedule);
  if (plan?.kind === 'cadence') return cadenceWords(plan);
  if (plan?.kind === 'ritual') return t(`ritualForm.cadence.${plan.cadence}`);
  return p.was;
}

/** The server says what a pattern is now with a code: active, paused, retired, graduated, off, gone. */
function nowWords(code: string): string {
  const key = `restore.status.${code}`;
  return isMessageKey(key) ? t(key) : code;
}
