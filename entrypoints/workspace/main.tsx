import { startFirstRead } from './first-read';
import { showCurrentPlanSnapshot } from './plan-snapshot-view';

// Kept small, so the store is asked before the page's larger code (mount-workspace.tsx) has loaded: first
// for the plan as last drawn, shown at once if still current, then for the plan itself.
showCurrentPlanSnapshot();
const firstRead = startFirstRead();
void import('./mount-workspace').then(({ mountWorkspace }) => mountWorkspace(firstRead));
