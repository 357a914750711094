import { defineContentScript } from 'wxt/utils/define-content-script';
import { postToBackground } from '../utils/messaging/post-to-background';
import { recognisePortalPage } from '../utils/portal/page-kind';
import { captureRecovery } from '../utils/portal/page/capture-recovery';
import { createAssistantDock } from '../utils/portal/page/mount-assistant';
import { announcePage } from '../utils/portal/page/announce-page';
import { guardSubmit, SAVE_SUCCEEDED_TEXT } from '../utils/portal/page/guard-submit';
import { relayAssistant } from '../utils/portal/page/relay-assistant';
import { readReportPageRound } from '../utils/portal/page/read-saved-rounds';
import { watchSavedRounds } from '../utils/portal/page/watch-saved-rounds';

// Runs on the portal only (never the login page, where the password field is). Kept small: it recognises
// the page and runs the page features. The assistant's UI and logic live in an extension page in an iframe,
// and the code that reads and fills the form loads when the assistant first asks (page-service.ts).
export default defineContentScript({
  matches: ['https://e-plan.nacc.go.th/*'],
  excludeMatches: ['https://e-plan.nacc.go.th/login.php*'],
  // Once the page is parsed, before its first full layout: the launcher then joins that layout and paint,
  // where at document_idle it came after them and cost the page another (≈ 3 ms of the ≈ 13 ms this script
  // adds to a load; scripts/bench-load-variants.ts). The portal's tables that arrive later are watched.
  runAt: 'document_end',
  // WXT's "script started" notice goes out as a DOM event only, not also through window.postMessage (kept
  // by WXT for old versions): posting makes Chromium capture the caller's source position, which re-parses
  // this whole script, and wakes every message listener the portal has.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const page = recognisePortalPage(location.href);
    if (!page || page.kind === 'login') return;
    // A report page shows whether its own round was saved before: that goes with the announcement.
    const round = readReportPageRound(document, page, Date.now());
    const seen = announcePage(page, round ? [round] : []);
    // The save handler's answer page (projectreportadd.php) is an `other` page: only there is it looked for.
    if (page.kind === 'other' && document.body?.textContent?.includes(SAVE_SUCCEEDED_TEXT)) {
      postToBackground({ type: 'portal.saveSucceeded', url: location.href, referrer: document.referrer });
    }
    watchSavedRounds(page, ctx.signal);
    captureRecovery(page, ctx.signal);
    if (page.kind === 'report' || page.kind === 'plan') {
      // Only the assistant's frame speaks to the relay, so it starts listening when the frame is made: most
      // loads never make one, and never pay for the listener.
      const dock = createAssistantDock(page, ctx.signal, (shown) => relayAssistant(page, ctx.signal, shown));
      if (page.kind === 'report') guardSubmit(ctx.signal, dock);
      // Text typed here before can be recovered: show the assistant, which offers it.
      void seen.then((recoveryAvailable) => recoveryAvailable && dock.show(false));
    }
  },
});
