import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, startTransition, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { makeQueryClient } from './api/query-client.ts';
import { startEarly } from './boot.ts';
import { applyLanguage, locale, onLanguageChange, preferredLanguage } from './i18n.ts';
import { registerServiceWorker } from './sw-register.ts';
import { ErrorBoundary } from './ui/ErrorBoundary.tsx';
import { ToastRegion } from './ui/ToastRegion.tsx';
import './styles/base.css';
import './styles/forms.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/kit.css';
import './styles/log.css';

const queryClient = makeQueryClient();
startEarly(queryClient, window.location);

/** Draws everything again in the new language when it changes; the cached data stays. */
function Root() {
  const [lang, setLang] = useState(locale);
  useEffect(() => onLanguageChange(setLang), []);
  return (
    <ErrorBoundary key={lang}>
      <ToastRegion>
        <App />
      </ToastRegion>
    </ErrorBoundary>
  );
}

// The first paint waits for the language (Spanish loads its file first); if that file cannot
// load (offline, an old build), English it is.
applyLanguage(preferredLanguage())
  .catch(() => undefined)
  .finally(() => {
    const root = createRoot(document.getElementById('root')!);
    // A transition: React draws the first screen in small pieces, not in one long task.
    startTransition(() =>
      root.render(
        <StrictMode>
          <QueryClientProvider client={queryClient}>
            <Root />
          </QueryClientProvider>
        </StrictMode>,
      ),
    );
  });

registerServiceWorker();
