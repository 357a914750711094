import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { wakeBackgroundOnStoreChange } from '../../utils/reminders/wake-background-on-store-change';
import { App } from './App';
import type { FirstRead } from './first-read';

/** Shows the workspace, starting from the read main.tsx began while this code loaded. */
export function mountWorkspace(firstRead: FirstRead): void {
  // The workspace writes drafts directly; a stopped background must still hear of it to recount the badge.
  wakeBackgroundOnStoreChange();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App firstRead={firstRead} />
    </StrictMode>,
  );
}
