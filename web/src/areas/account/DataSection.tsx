import { Link } from 'wouter';
import { t } from '../../i18n.ts';
import { paths } from '../../paths.ts';

/** Take a copy of your data, or bring some in. Plain links: the session cookie goes along. */
export function DataSection() {
  return (
    <section className="card" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('data.title')}</h2>
      <p className="muted">{t('data.body')}</p>
      <ul className="plain-list">
        <li>
          <a href="/api/export" download>
            {t('data.json')}
          </a>
        </li>
        <li>
          <a href="/api/export/log.csv" download>
            {t('data.csv')}
          </a>
        </li>
        <li>
          <Link href={paths.import}>{t('data.import')}</Link>
        </li>
      </ul>
    </section>
  );
}
