import { defineConfig } from 'wxt';

// The portal is the only host the extension may touch.
export const PORTAL_ORIGIN = 'https://e-plan.nacc.go.th';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports only: a reader sees every dependency.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'th',
    // unlimitedStorage: the drafts' IndexedDB is never evicted under disk pressure (no warning is shown for it).
    // alarms and notifications arrive with the reminders, sidePanel only if the workspace uses one.
    permissions: ['unlimitedStorage'],
    host_permissions: [`${PORTAL_ORIGIN}/*`],
    action: { default_title: '__MSG_extName__' },
    // Firefox keys an extension's storage to its id: a fixed id keeps the drafts across reinstalls.
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'eplan-assistant@eplan-assistant' } } }
      : {}),
  }),
});
