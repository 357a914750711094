import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { showCurrentPlanSnapshot } from './workspace/plan-snapshot-view';

// The workspace's first script: shows the plan as last drawn, if it is still current, while the page's own
// code loads (entrypoints/workspace/plan-snapshot-view.ts). A classic script of its own, self-contained and
// loaded `async` at the top of workspace.html, so it runs as soon as it has arrived: before the page's module
// code, which waits for the page's style and loads in several parts, and before the page's first frame
// wherever the store answers in time.
export default defineUnlistedScript({
  // No global of ours (WXT names the script's result as a global by default).
  globalName: false,
  main() {
    void showCurrentPlanSnapshot();
  },
});
