import { sendRequest } from '../messaging/send-request';
import { onStoreChange } from '../store/store-changes';

/**
 * For extension pages that write to the store. The background recounts on every store change it hears,
 * but a BroadcastChannel message does not wake a stopped service worker (Chrome stops it after 30 s idle,
 * open pages or not). A runtime message does, and the background recounts whenever it starts; a `ping` is
 * the lightest message there is. Returns the function that stops listening.
 */
export function wakeBackgroundOnStoreChange(): () => void {
  return onStoreChange(() => {
    sendRequest({ type: 'ping' }).catch(() => undefined); // nothing to do if the background can't answer
  });
}
