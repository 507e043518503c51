import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { coachQueries } from './queries.ts';

/** On the log, where the couple looks every day: their coach suggested something to decide. */
export function SuggestionsBanner() {
  const open = useQuery(coachQueries.openSuggestions());
  const count = open.data?.length ?? 0;
  if (count === 0) return null;
  return (
    <div className="banner">
      <p>{t('coach.suggestions.banner', { count })}</p>
      <Link href={paths.coachLinks} className="button small">
        {t('coach.suggestions.bannerLink')}
      </Link>
    </div>
  );
}
