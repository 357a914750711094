import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createPageService } from '../utils/portal/page/page-service';

// Loaded by the content script (dynamic import, in its own isolated world) when the assistant first asks
// something of the page, so parsing and filling code stays out of the content script's start-up.
export default defineUnlistedScript(() => {
  (globalThis as { eplanCreatePageService?: typeof createPageService }).eplanCreatePageService =
    createPageService;
});
