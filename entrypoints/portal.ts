import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { postToBackground } from '../utils/messaging/post-to-background';
import { pageKindOfPath, recognisePortalPage } from '../utils/portal/page-kind';
import { announcePage } from '../utils/portal/page/announce-page';
import { SAVE_SUCCEEDED_TEXT } from '../utils/portal/page/guard-submit';
import { lifetimeOfThisCopy } from '../utils/portal/page/script-lifetime';
import { announceFormPage, startFormPage } from '../utils/portal/page/start-form-page';
import { wakeOnActivity } from '../utils/portal/page/wake-on-activity';
import { watchSavedRounds } from '../utils/portal/page/watch-saved-rounds';

// The content script of the portal's other pages: declared in the manifest (wxt.config.ts), on the portal
// only, never the login page (where the password field is). Lists and the save handler's answer page are
// read as they load. In Chrome the report and plan pages are left to portal-wake.js, which costs their
// loading nothing (see there); in Firefox, they come here too and wait for the person to stir.
//
// An unlisted script rather than WXT's content script entrypoint: WXT's ContentScriptContext reads
// `browser.runtime.id` as it starts, and that alone makes Chromium build the extension API bindings in the
// page's isolated world, ≈ 3 ms of the page's main thread on every portal page loaded. Here the extension's
// API is first touched when the page needs it (lifetimeOfThisCopy does the context's other job).
export default defineUnlistedScript(() => {
  // Read from the path alone at first: the whole address is parsed when the page is needed.
  const kind = pageKindOfPath(location.pathname);
  if (kind === 'login') return;
  if (kind === 'report' || kind === 'plan') {
    // Typing, a click or a submit all come after a stir, so nothing is missed by waiting for one.
    wakeOnActivity({
      wake: () => startFormPage(),
      leftIdle() {
        const page = recognisePortalPage(location.href);
        if (page) void announceFormPage(page);
      },
    });
    return;
  }
  const page = recognisePortalPage(location.href);
  if (!page) return;
  void announcePage(page, []);
  // The save handler's answer page (projectreportadd.php) is an `other` page: only there is it looked for.
  if (kind === 'other' && document.body?.textContent?.includes(SAVE_SUCCEEDED_TEXT)) {
    postToBackground({ type: 'portal.saveSucceeded', url: location.href, referrer: document.referrer });
  }
  watchSavedRounds(page, lifetimeOfThisCopy());
});
