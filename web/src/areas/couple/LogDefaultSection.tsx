import { useQuery } from '@tanstack/react-query';
import { t } from '../../i18n.ts';
import { useUpdateCoupleSettings } from './mutations.ts';
import { coupleQueries } from './queries.ts';

/** How a new log entry starts, for both partners: shared (the default) or private. */
export function LogDefaultSection() {
  const couple = useQuery(coupleQueries.space());
  const update = useUpdateCoupleSettings();
  const value = update.isPending ? update.variables.logDefaultVisibility : couple.data?.logDefaultVisibility;
  if (!couple.data) return null;
  return (
    <section className="card" aria-labelledby="log-default-heading">
      <h2 id="log-default-heading">{t('logDefault.title')}</h2>
      <fieldset aria-describedby="log-default-hint">
        <legend className="visually-hidden">{t('logDefault.title')}</legend>
        <p className="hint" id="log-default-hint">
          {t('logDefault.hint')}
        </p>
        {(['shared', 'private'] as const).map((v) => (
          <label className="choice" key={v}>
            <input
              type="radio"
              name="log-default"
              value={v}
              checked={value === v}
              onChange={() => update.mutate({ logDefaultVisibility: v })}
            />
            <span>{v === 'shared' ? t('logDefault.shared') : t('logDefault.private')}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
