import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { wakeBackgroundOnStoreChange } from '../../utils/reminders/wake-background-on-store-change';
import { App } from './App';

// The workspace writes drafts directly; a stopped background must still hear of it to recount the badge.
wakeBackgroundOnStoreChange();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
