import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendRequest } from '../utils/messaging/send-request';
import { recognisePortalPage } from '../utils/portal/page-kind';

// Runs on the portal only (never the login page, where the password field is): recognises the page and
// tells the background, which owns the drafts. Page features (fill, recover, check) build on this.
export default defineContentScript({
  matches: ['https://e-plan.nacc.go.th/*'],
  excludeMatches: ['https://e-plan.nacc.go.th/login.php*'],
  runAt: 'document_idle',
  async main() {
    const page = recognisePortalPage(location.href);
    if (!page || page.kind === 'login') return;
    await sendRequest({ type: 'page.seen', page });
  },
});
