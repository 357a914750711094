import { recoveryKeyOf } from '../recovery-key';
import { postToBackground } from '../../messaging/post-to-background';
import type { PortalPage } from '../page-kind';
import { snapshotValues } from './form-controls';

const QUIET_MS = 700;

/**
 * Keeps what the person types on a report or plan page in a recovery slot (never a password), so it
 * survives a session expiry, the reset button, a closed tab or a crash. Saved shortly after typing stops,
 * and at once when the page is hidden or the form is submitted or reset.
 */
export function captureRecovery(page: PortalPage, signal: AbortSignal): void {
  if (page.kind !== 'report' && page.kind !== 'plan') return;
  const pageKey = recoveryKeyOf(page);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;
  let last = '';

  const save = () => {
    clearTimeout(timer);
    if (!dirty) return;
    dirty = false;
    const fields = snapshotValues(document);
    // Nothing typed in any text box: nothing worth recovering.
    if (!fields.some(([, value]) => value.trim() !== '' && !/^0$/.test(value.trim()))) return;
    const fingerprint = JSON.stringify(fields);
    if (fingerprint === last) return;
    last = fingerprint;
    postToBackground({
      type: 'recovery.save',
      snapshot: { pageKey, url: location.href, fields, savedAt: Date.now() },
    });
  };
  const typed = (event: Event) => {
    if ((event.target as HTMLInputElement | null)?.type === 'password') return;
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(save, QUIET_MS);
  };
  const options = { capture: true, signal };
  document.addEventListener('input', typed, options);
  document.addEventListener('change', typed, options);
  // The reset button wipes the form without input events: keep what was there before it.
  document.addEventListener('reset', save, options);
  document.addEventListener('submit', save, options);
  document.addEventListener(
    'visibilitychange',
    () => document.visibilityState === 'hidden' && save(),
    options,
  );
  window.addEventListener('pagehide', save, options);
}
