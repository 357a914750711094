import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { postToBackground } from '../utils/messaging/post-to-background';
import { pageKindOfPath, recognisePortalPage, type PortalPage } from '../utils/portal/page-kind';
import { captureRecovery } from '../utils/portal/page/capture-recovery';
import { createAssistantDock, type AssistantDock } from '../utils/portal/page/mount-assistant';
import { announcePage } from '../utils/portal/page/announce-page';
import { guardSubmit, SAVE_SUCCEEDED_TEXT } from '../utils/portal/page/guard-submit';
import { relayAssistant } from '../utils/portal/page/relay-assistant';
import { readReportPageRound } from '../utils/portal/page/read-saved-rounds';
import { lifetimeOfThisCopy } from '../utils/portal/page/script-lifetime';
import { wakeOnActivity } from '../utils/portal/page/wake-on-activity';
import { watchSavedRounds } from '../utils/portal/page/watch-saved-rounds';

// The content script: declared in the manifest (wxt.config.ts), on the portal only, never the login page
// (where the password field is). Kept small: it recognises the page and runs the page features. The
// assistant's UI and logic live in an extension page in an iframe, and the code that reads and fills the
// form loads when the assistant first asks (page-service.ts).
//
// An unlisted script rather than WXT's content script entrypoint: WXT's ContentScriptContext reads
// `browser.runtime.id` as it starts, and that alone makes Chromium build the extension API bindings in the
// page's isolated world, ≈ 3 ms of the page's main thread on every portal page loaded. Here the extension's
// API is first touched when the page needs it (lifetimeOfThisCopy does the context's other job).
export default defineUnlistedScript(() => {
  // Read from the path alone at first: the whole address is parsed when the page is needed.
  const kind = pageKindOfPath(location.pathname);
  if (kind === 'login') return;
  if (kind !== 'report' && kind !== 'plan') {
    const page = recognisePortalPage(location.href);
    if (!page) return;
    void announcePage(page, []);
    // The save handler's answer page (projectreportadd.php) is an `other` page: only there is it looked for.
    if (kind === 'other' && document.body?.textContent?.includes(SAVE_SUCCEEDED_TEXT)) {
      postToBackground({ type: 'portal.saveSucceeded', url: location.href, referrer: document.referrer });
    }
    watchSavedRounds(page, lifetimeOfThisCopy());
    return;
  }
  // A form page. A report page shows whether its own round was saved before: that goes with the announcement.
  // It is read when the person stirs, or as the page is left, but shows the round as the portal had it
  // when the page loaded: that is when it was seen, so it never outweighs a sighting made since.
  const announce = (page: PortalPage) => {
    const round = readReportPageRound(document, page, Math.floor(performance.timeOrigin));
    return announcePage(page, round ? [round] : []);
  };
  // Everything waits for the person to show they are at work here, so loading the page costs next to
  // nothing. Typing, a click or a submit all come after such a sign.
  wakeOnActivity({
    leftIdle() {
      const page = recognisePortalPage(location.href);
      if (page) void announce(page);
    },
    wake() {
      const page = recognisePortalPage(location.href);
      if (!page) return;
      const signal = lifetimeOfThisCopy();
      captureRecovery(page, signal);
      let dock: AssistantDock | undefined;
      const dockNow = () => {
        if (dock || signal.aborted) return dock;
        const seen = announce(page);
        // Only the assistant's frame speaks to the relay, so it starts listening when the frame is made:
        // most visits never make one, and never pay for the listener.
        const made = createAssistantDock(page, signal, (shown) => relayAssistant(page, signal, shown));
        // Text typed here before can be recovered: show the assistant, which offers it.
        void seen.then((recoveryAvailable) => recoveryAvailable && made.show(false));
        return (dock = made);
      };
      // Watched from this moment, before the key or click that may submit the form is acted on.
      if (kind === 'report') guardSubmit(signal, dockNow);
      // The rest in a task of its own, after the page has answered the person.
      setTimeout(dockNow, 0);
    },
  });
});
