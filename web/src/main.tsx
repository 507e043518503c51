import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { makeQueryClient } from './api/query-client.ts';
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
