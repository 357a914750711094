import browser, { type Runtime } from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { handleRequest } from '../utils/messaging/handle-request';
import { openSharedStore } from '../utils/store/open-shared-store';

// Wiring only: every listener is registered synchronously at start, and each delegates to utils/.
export default defineBackground(() => {
  const version = browser.runtime.getManifest().version;

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    // Only our own content scripts and pages; the portal's page scripts cannot reach this listener.
    if (sender.id !== browser.runtime.id) return undefined;
    return openSharedStore().then((store) => handleRequest(message, store, version));
  });

  // Until the popup exists, the toolbar button opens the draft workspace. (Firefox's MV2 build calls the
  // toolbar button browserAction.)
  const toolbarButton = browser.action ?? browser.browserAction;
  toolbarButton.onClicked.addListener(() => {
    void browser.tabs.create({ url: browser.runtime.getURL('/workspace.html') });
  });
});
