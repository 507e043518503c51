import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { ApiError } from './api/client.ts';
import { meKey } from './areas/account/queries.ts';
import { registerServiceWorker } from './sw-register.ts';
import { ErrorBoundary } from './ui/ErrorBoundary.tsx';
import { ToastRegion } from './ui/ToastRegion.tsx';
import './styles/base.css';
import './styles/forms.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/log.css';

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    // A session that ended elsewhere (logged out on another device): back to the welcome screen.
    onError: (error, query) => {
      if (error instanceof ApiError && error.status === 401 && query.queryKey[0] !== meKey[0])
        queryClient.setQueryData(meKey, null);
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // The server's 4xx answers are final; only network trouble and 5xx are worth a retry.
      retry: (count, error) =>
        count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <ToastRegion>
          <App />
        </ToastRegion>
      </QueryClientProvider>
    </ErrorBoundary>
  </StrictMode>,
);

registerServiceWorker();
