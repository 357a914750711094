import { defineConfig } from 'wxt';

// The portal is the only host the extension may touch.
export const PORTAL_ORIGIN = 'https://e-plan.nacc.go.th';
// The report and plan forms. In Chrome, their loading is kept free of the content script's cost (portal-wake.js).
const FORM_PAGES = [`${PORTAL_ORIGIN}/projectreport.php*`, `${PORTAL_ORIGIN}/projectcreate.php*`];
/** portal.js (entrypoints/portal.ts) on every portal page but the login page and those `excluded`. */
const portalScript = (excluded: string[]) => ({
  matches: [`${PORTAL_ORIGIN}/*`],
  exclude_matches: [`${PORTAL_ORIGIN}/login.php*`, ...excluded],
  run_at: 'document_end' as const,
  js: ['portal.js'],
});

export default defineConfig({
  // EPLAN_OUT_DIR lets two builds live side by side (e.g. a benchmark variant next to the tested build).
  outDir: process.env.EPLAN_OUT_DIR ?? '.output',
  // Background and extension pages import webextension-polyfill themselves; the content script does not, to
  // stay small (Chrome's MV3 and Firefox already answer with promises there).
  modules: ['@wxt-dev/module-react'],
  // Explicit imports only: a reader sees every dependency.
  imports: false,
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'th',
    // unlimitedStorage: the drafts' IndexedDB is never evicted under disk pressure (no warning is shown for it).
    // alarms: the daily recount of deadlines just after midnight Bangkok time (no install warning);
    // notifications: the deadline reminders (Chrome shows "Display notifications" at install); sidePanel: the
    // workspace beside the portal (no install warning). Firefox's sidebar needs no permission.
    // scripting (no install warning): Chrome's form pages get their features once the person stirs there.
    permissions: [
      'unlimitedStorage',
      'alarms',
      'notifications',
      ...(manifestVersion === 3 ? ['sidePanel', 'scripting'] : []),
    ],
    host_permissions: [`${PORTAL_ORIGIN}/*`],
    // The content scripts, on every portal page but the login page, once the page is parsed, so typing is
    // kept from the first keystroke. In Firefox, portal.js (entrypoints/portal.ts) on all of them. In
    // Chrome, portal.js on the lists and the save handler's answer; on the report and plan forms,
    // portal-wake.js in the page's own world, where Chromium makes no isolated world for it, which is most
    // of a content script's cost to the page's loading. Once the person stirs, it asks the background
    // (which only those pages may message) to put the form's features (portal-form.js) on the page.
    ...(manifestVersion === 3
      ? {
          content_scripts: [
            portalScript(FORM_PAGES),
            { matches: FORM_PAGES, run_at: 'document_end', world: 'MAIN', js: ['portal-wake.js'] },
          ],
          externally_connectable: { matches: FORM_PAGES },
        }
      : { content_scripts: [portalScript([])] }),
    // The toolbar button (its popup is added from entrypoints/popup). Firefox's MV2 build calls it
    // browser_action, and WXT merges the popup into whichever key exists.
    ...(manifestVersion === 2
      ? { browser_action: { default_title: '__MSG_extName__' } }
      : { action: { default_title: '__MSG_extName__' } }),
    // The workspace can also sit beside the portal: Chrome's side panel, Firefox's sidebar.
    ...(manifestVersion === 2
      ? { sidebar_action: { default_panel: 'workspace.html', default_title: '__MSG_extName__' } }
      : { side_panel: { default_path: 'workspace.html' } }),
    // The assistant is our own page in an iframe on the portal's report and plan pages, and page-service.js
    // the form-filling code the content script imports when the assistant first asks; only the portal may
    // load them.
    web_accessible_resources: [
      { resources: ['assistant.html', 'page-service.js'], matches: [`${PORTAL_ORIGIN}/*`] },
    ],
    // Firefox keys an extension's storage to its id: a fixed id keeps the drafts across reinstalls.
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'eplan-assistant@eplan-assistant' } } }
      : {}),
  }),
});
