import type { ContentRequest } from './content-protocol';

type Runtime = { sendMessage(message: unknown): Promise<unknown> };

/** The extension API of the content script's world, without webextension-polyfill (see send below). */
export function contentRuntime(): Runtime & { id: string; getURL(path: string): string } {
  const api =
    (globalThis as { browser?: { runtime: unknown } }).browser ??
    (globalThis as unknown as { chrome: { runtime: unknown } }).chrome;
  return api.runtime as Runtime & { id: string; getURL(path: string): string };
}

/**
 * Tells the background something the page showed or the person typed. Fire and forget: the content script
 * needs no answer, so it carries no parser; the background parses every message it receives. In Chrome's
 * MV3 and in Firefox, sendMessage already returns a promise, so no polyfill is needed here.
 */
export function postToBackground(request: ContentRequest): void {
  // The background restarts on demand; a message lost while the extension reloads is sent again on the
  // next change, and recovery text on the next keystroke. One sent after the extension went away (it was
  // updated, reloaded or turned off while the page stayed open) throws at once: nothing can be done there.
  try {
    contentRuntime()
      .sendMessage(request)
      .catch(() => undefined);
  } catch {
    // (see above)
  }
}

/**
 * Whether the extension this copy of the content script belongs to is still there: after it is updated,
 * reloaded or turned off, a page that stays open keeps the copy, but its extension API is gone (Chrome then
 * gives no `runtime.id`, and every call throws).
 */
export function extensionStillThere(): boolean {
  try {
    return Boolean(contentRuntime()?.id);
  } catch {
    return false;
  }
}
