import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { Screen } from '../../ui/Screen.tsx';
import { HabitCard } from './HabitCard.tsx';
import { habitQueries } from './queries.ts';
import './habits.css';

const ORDER: Record<string, number> = { active: 0, paused: 1, graduated: 2, retired: 3 };

/** The habits screen: every habit of the couple, active first, with its progress both partners see. */
export default function HabitsPage() {
  const habits = useQuery(habitQueries.list());
  return (
    <Screen
      title={t('habits.title')}
      actions={
        <Link href={paths.newHabit} className="button">
          {t('habits.add')}
        </Link>
      }
      intro={
        <nav aria-label={t('habits.related')} className="actions">
          <Link href={paths.rewards}>{t('nav.rewards')}</Link>
          <Link href={paths.pace}>{t('nav.pace')}</Link>
        </nav>
      }
      loadingLabel={t('habits.loading')}
      query={habits}
      isEmpty={(d) => d.habits.length === 0}
      empty={
        <EmptyState title={t('habits.emptyTitle')}>
          <p>{t('habits.emptyBody')}</p>
          <Link href={paths.newHabit} className="button">
            {t('habits.addFirst')}
          </Link>
        </EmptyState>
      }
    >
      {(d) => (
        <div className="cards">
          {[...d.habits]
            .sort((a, b) => (ORDER[a.status] ?? 4) - (ORDER[b.status] ?? 4))
            .map((h) => (
              <HabitCard key={h.id} habit={h} />
            ))}
        </div>
      )}
    </Screen>
  );
}
