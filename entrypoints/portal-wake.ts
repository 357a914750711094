import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { PageWorldMessage } from '../utils/messaging/page-world-protocol';
import { extensionIdOfThisScript } from '../utils/portal/page/extension-id-in-stack';
import { wakeFromPageWorld } from '../utils/portal/page/wake-from-page-world';

type PageWorldRuntime = { sendMessage(extensionId: string, message: PageWorldMessage): Promise<unknown> };

// Chrome only: the report and plan pages' content script, declared in the manifest (wxt.config.ts) to run
// in the page's own world, where it costs the page's loading next to nothing. It holds no extension API:
// Chrome gives portal form pages `chrome.runtime.sendMessage` to this extension (externally_connectable),
// and the background answers it with the page-world protocol only (utils/messaging/page-world-protocol.ts).
// `chrome.runtime` is first read when there is something to send: reading it makes Chromium build it.
export default defineUnlistedScript({
  // No global of ours in the page's world (WXT names the script's result as a global by default).
  globalName: false,
  exclude: ['firefox'],
  main() {
    wakeFromPageWorld((message) => {
      const runtime = (globalThis as { chrome?: { runtime?: Partial<PageWorldRuntime> } }).chrome?.runtime;
      const extensionId = extensionIdOfThisScript();
      if (!extensionId || typeof runtime?.sendMessage !== 'function') {
        return Promise.reject(new Error('e-Plan Assistant cannot reach the extension from this page'));
      }
      return runtime.sendMessage(extensionId, message);
    });
  },
});
