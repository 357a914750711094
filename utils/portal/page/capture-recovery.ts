import { recoveryKeyOf } from '../recovery-key';
import { postToBackground } from '../../messaging/post-to-background';
import type { PortalPage } from '../page-kind';
import { fillableControls, isTextBox, snapshotValues } from './form-controls';

const QUIET_MS = 700;

/**
 * Keeps what the person types on a report or plan page in a recovery slot (never a password), so it
 * survives a session expiry, the reset button, a closed tab or a crash. Saved shortly after typing stops,
 * and at once when the page is hidden or the form is submitted or reset.
 */
export function captureRecovery(
  page: PortalPage,
  signal: AbortSignal,
  { typedBefore = false }: { typedBefore?: boolean } = {},
): void {
  if (page.kind !== 'report' && page.kind !== 'plan') return;
  const pageKey = recoveryKeyOf(page);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;
  // Text typed since the page loaded or was reset. Choices alone never replace a slot: after the reset
  // button, one click on a radio would otherwise put the emptied form over the text typed before it.
  let textTyped = false;
  let last = '';

  const save = (sent = false) => {
    clearTimeout(timer);
    if (!sent && (!dirty || !textTyped)) return;
    dirty = false;
    // Every text box empty (or a bare 0): nothing worth recovering, so the slot keeps what it holds.
    const hasText = fillableControls(document).some(
      (el) => isTextBox(el) && !el.disabled && !/^(0?)$/.test(el.value.trim()),
    );
    if (!hasText) return;
    const fields = snapshotValues(document);
    const fingerprint = JSON.stringify([fields, sent]);
    if (fingerprint === last) return;
    last = fingerprint;
    const savedAt = Date.now();
    postToBackground({
      type: 'recovery.save',
      snapshot: { pageKey, url: location.href, fields, savedAt, ...(sent && { sentAt: savedAt }) },
    });
  };
  const changed = (text: boolean) => {
    if (text) textTyped = true;
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(save, QUIET_MS);
  };
  const typed = (event: Event) => {
    if ((event.target as HTMLInputElement | null)?.type === 'password') return;
    changed(isTextBox(event.target));
  };
  const options = { capture: true, signal };
  // Text typed before this script started (it is injected after the person's first stir) is kept as
  // typing here would be.
  if (typedBefore) changed(true);
  document.addEventListener('input', typed, options);
  document.addEventListener('change', typed, options);
  // The reset button wipes the form without input events: keep what was there before it.
  document.addEventListener(
    'reset',
    () => {
      save();
      textTyped = false;
    },
    options,
  );
  // A report's save is known to have worked (the page then holds the text); a plan form's is not, so its
  // text is kept marked as sent (RecoverySnapshotSchema.sentAt).
  document.addEventListener('submit', () => save(page.kind === 'plan'), options);
  document.addEventListener(
    'visibilitychange',
    () => document.visibilityState === 'hidden' && save(),
    options,
  );
  window.addEventListener('pagehide', () => save(), options);
}
