import { Link } from 'wouter';
import { t } from '../../i18n.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { HabitCard } from './HabitCard.tsx';
import { useHabits } from './queries.ts';
import './habits.css';

/** The habits screen: every habit of the couple, active first, with its progress both partners see. */
export default function HabitsPage() {
  const habits = useHabits();
  const order = { active: 0, paused: 1, graduated: 2, retired: 3 } as Record<string, number>;
  const list = [...(habits.data?.habits ?? [])].sort(
    (a, b) => (order[a.status] ?? 4) - (order[b.status] ?? 4),
  );
  return (
    <section>
      <div className="page-header">
        <PageTitle>{t('habits.title')}</PageTitle>
        <Link href="/habits/new" className="button">
          {t('habits.add')}
        </Link>
      </div>
      <nav aria-label={t('habits.related')} className="actions">
        <Link href="/rewards">{t('nav.rewards')}</Link>
        <Link href="/pace">{t('nav.pace')}</Link>
      </nav>
      {habits.isPending ? (
        <Loading label={t('habits.loading')} />
      ) : habits.isError ? (
        <LoadError error={habits.error} onRetry={() => habits.refetch()} />
      ) : list.length === 0 ? (
        <EmptyState title={t('habits.emptyTitle')}>
          <p>{t('habits.emptyBody')}</p>
          <Link href="/habits/new" className="button">
            {t('habits.addFirst')}
          </Link>
        </EmptyState>
      ) : (
        <div className="cards">
          {list.map((h) => (
            <HabitCard key={h.id} habit={h} />
          ))}
        </div>
      )}
    </section>
  );
}
