import './styles.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createQueryClient } from './api/query-client.ts';
import { endSession } from './auth/session.ts';
import { createAppRouter } from './routes/router.tsx';

// A 401 from any call means the session is over: the route guard then shows the login page.
const queryClient = createQueryClient(endSession);
const router = createAppRouter();

const root = document.getElementById('root');
if (!root) throw new Error('#root がありません。');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
