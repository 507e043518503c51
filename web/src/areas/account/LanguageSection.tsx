import { useState } from 'react';
import { chooseLanguage, LANGUAGE_NAMES, LANGUAGES, type Language, locale, t } from '../../i18n.ts';
import { Select } from '../../ui/kit/Select.tsx';

/** The app's language on this device; the first visit follows the browser's language. */
export function LanguageSection() {
  const [busy, setBusy] = useState(false);
  return (
    <section className="card" aria-labelledby="language-heading">
      <h2 id="language-heading">{t('language.title')}</h2>
      <Select
        label={t('language.label')}
        hint={t('language.hint')}
        value={locale()}
        disabled={busy}
        onChange={(e) => {
          setBusy(true);
          void chooseLanguage(e.target.value as Language).finally(() => setBusy(false));
        }}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {LANGUAGE_NAMES[lang]}
          </option>
        ))}
      </Select>
    </section>
  );
}
