import { startFirstRead } from './first-read';
import { showCurrentPlanSnapshot } from './plan-snapshot-view';

/** How long the page's larger code waits for the plan as last drawn: the store can be busy (a recount). */
const SNAPSHOT_WAIT_MS = 100;

// Kept small, so the store is asked before the page's larger code (mount-workspace.tsx) has loaded: first
// for the plan as last drawn, then for the plan itself. That code is loaded once the plan as last drawn is
// on screen, or known not to be shown, or after a short wait: loading it holds the main thread, which would
// otherwise delay that paint.
const shown = showCurrentPlanSnapshot();
const firstRead = startFirstRead();
void Promise.race([shown, new Promise((done) => setTimeout(done, SNAPSHOT_WAIT_MS))])
  .then(() => import('./mount-workspace'))
  .then(({ mountWorkspace }) => mountWorkspace(firstRead));
