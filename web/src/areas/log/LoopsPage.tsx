import { useQuery } from '@tanstack/react-query';
import { t } from '../../i18n.ts';
import { formatDay } from '../../ui/dates.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { sayPhrase, sayPhrases } from '../../ui/phrases.ts';
import { Screen } from '../../ui/Screen.tsx';
import { creditQueries } from '../credit/queries.ts';
import '../credit/credit.css';

const RECENT = 8;

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
            // The server sends the title, what the loop shows and the advice as phrase codes.
            const [body, ...advice] = l.phrases.story;
            const recent = l.episodes.slice(-RECENT).reverse();
            return (
              <li key={`${l.type}:${l.topic}:${l.who ?? ''}`} className="card">
                <h2>{sayPhrase(l.phrases.title)}</h2>
                {body ? <p>{sayPhrase(body)}</p> : null}
                {advice.length > 0 ? <p className="muted">{sayPhrases(advice)}</p> : null}
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
