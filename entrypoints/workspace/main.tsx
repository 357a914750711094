import { startFirstRead } from './first-read';
import { planSnapshotSettled } from './plan-snapshot-view';

/**
 * How long the page's larger code waits for the plan as last drawn: the store can be busy (a recount).
 * Longer while the background is drawing a change just made (plan-snapshot-view.ts).
 */
const SNAPSHOT_WAIT_MS = 100;

// The plan as last drawn is shown by the page's first script (entrypoints/workspace-plan-snapshot.ts), which
// asks the store as the page starts. The page's own read of the plan, and its larger code
// (mount-workspace.tsx), follow once that is on screen, or known not to be shown, or after a short wait: the
// read's answer and the code's loading hold the main thread, which would otherwise delay that paint. The
// read then overlaps the code's loading.
void planSnapshotSettled(SNAPSHOT_WAIT_MS).then(() => {
  const firstRead = startFirstRead();
  return import('./mount-workspace').then(({ mountWorkspace }) => mountWorkspace(firstRead));
});
