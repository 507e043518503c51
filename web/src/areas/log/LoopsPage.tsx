import { useQuery } from '@tanstack/react-query';
import { t } from '../../i18n.ts';
import { formatDay } from '../../ui/dates.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { Screen } from '../../ui/Screen.tsx';
import { creditQueries, type Loop } from '../credit/queries.ts';
import '../credit/credit.css';

const RECENT = 8;

function loopWords(l: Loop): { title: string; body: string; advice: string | null } {
  const n = l.episodes.length;
  switch (l.type) {
    case 'recurring-conflict':
      return {
        title: t('loops.recurring.title', { word: l.word ?? l.topic }),
        body: t('loops.recurring.body', { count: n, of: l.ofConflicts ?? n, gap: l.typicalGapDays ?? 0 }),
        advice: t('loops.recurring.advice'),
      };
    case 'broken-promises':
      return {
        title: t('loops.broken.title', { word: l.word ?? l.topic }),
        body: t(l.who === 'me' ? 'loops.broken.me' : 'loops.broken.partner', {
          count: l.broken ?? n,
          total: (l.broken ?? 0) + (l.kept ?? 0),
          name: l.name ?? '',
        }),
        advice: t('loops.broken.advice'),
      };
    case 'reward-hacking-cycle':
      return {
        title: t('loops.cycle.title'),
        body: t('loops.cycle.body', {
          count: n,
          after: Math.round((l.afterRepair ?? 0) * 100),
          ordinary: Math.round((l.ordinary ?? 0) * 100),
        }),
        advice: t('loops.cycle.advice'),
      };
  }
}

/** Loops: the patterns that keep coming back in the log, with their episodes as evidence. */
export default function LoopsPage() {
  const loops = useQuery(creditQueries.loops());
  return (
    <Screen
      title={t('loops.title')}
      intro={<p className="muted">{t('loops.intro')}</p>}
      loadingLabel={t('loops.loading')}
      query={loops}
      isEmpty={(d) => d.loops.length === 0}
      empty={
        <EmptyState title={t('loops.emptyTitle')}>
          <p>{t('loops.emptyBody')}</p>
        </EmptyState>
      }
    >
      {(data) => (
        <ul className="plain-list cards">
          {data.loops.map((l) => {
            const w = loopWords(l);
            const recent = l.episodes.slice(-RECENT).reverse();
            return (
              <li key={`${l.type}:${l.topic}:${l.who ?? ''}`} className="card">
                <h2>{w.title}</h2>
                <p>{w.body}</p>
                {w.advice ? <p className="muted">{w.advice}</p> : null}
                <h3 className="small">
                  {t('loops.recent', { count: recent.length, total: l.episodes.length })}
                </h3>
                <ul className="loop-episodes">
                  {recent.map((e) => (
                    <li key={`${e.from}-${e.entryIds[0]}`} className="badge">
                      {formatDay(e.from, 'medium')}
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
    </Screen>
  );
}
