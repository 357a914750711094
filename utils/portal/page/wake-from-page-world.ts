import type { PageWorldMessage } from '../../messaging/page-world-protocol';
import { recognisePortalPage } from '../page-kind';
import { isTextBox } from './form-controls';
import { FORM_SCRIPT_READY } from './form-script-ready';
import { readReportPageRoundAsLoaded } from './read-saved-rounds';
import { wakeOnActivity } from './wake-on-activity';

/**
 * How long a save made in the first moment of the visit waits for the form script. It normally comes in
 * tens of milliseconds (a few hundred when the background has to start); if it never comes (the extension
 * is updating or was removed), the save goes ahead as it would without us.
 */
export const HOLD_SAVE_MS = 5_000;

type Send = (message: PageWorldMessage) => Promise<unknown>;

/**
 * A report or plan page as it loads in Chrome, run in the page's own world: Chromium makes no isolated
 * world for the extension there, which is most of what any content script costs a page's loading
 * (scripts/bench-load-variants.ts). Five passive listeners wait for the person to stir; then the
 * background is asked to start the form's features (portal-form.js), which it does in an isolated world.
 *
 * Between the stir and the form script's start, nothing is lost: text typed is in the form and is kept
 * once the script comes (it is told text was typed), and a save is held until the script watches the
 * form (or HOLD_SAVE_MS passes), then sent again the normal way, so the check sees it.
 */
export function wakeFromPageWorld(sendOrThrow: Send): void {
  const send: Send = (message) => {
    try {
      return sendOrThrow(message);
    } catch (error) {
      return Promise.reject(error);
    }
  };
  wakeOnActivity({
    leftIdle() {
      const page = recognisePortalPage(location.href);
      const round = page && readReportPageRoundAsLoaded(document, page);
      if (round) send({ type: 'portal.leftUntouched', rounds: [round] }).catch(() => undefined);
    },
    wake() {
      // Plain flags and listeners rather than an AbortController: this world is the page's, whose scripts
      // may have replaced such built-ins with their own.
      let waiting = true;
      let typed = false;
      let held: { form: HTMLFormElement; submitter: HTMLElement | null } | null = null;
      const sendHeld = () => {
        const save = held;
        held = null;
        if (!save?.form.isConnected) return;
        const { form, submitter } = save;
        form.requestSubmit(submitter && (submitter as HTMLButtonElement).form === form ? submitter : null);
      };
      const onInput = (event: Event) => {
        if (isTextBox(event.target)) typed = true;
      };
      const onSubmit = (event: Event) => {
        if (!(event.target instanceof HTMLFormElement)) return;
        event.preventDefault();
        event.stopImmediatePropagation();
        held ??= { form: event.target, submitter: (event as SubmitEvent).submitter };
        setTimeout(standDown, HOLD_SAVE_MS);
      };
      const onReady = (event: Event) => {
        if (typed) event.preventDefault();
        standDown();
      };
      // From here on the form script watches the page (or will not come): a held save goes on.
      function standDown() {
        if (!waiting) return;
        waiting = false;
        document.removeEventListener('input', onInput, true);
        window.removeEventListener('submit', onSubmit, true);
        document.removeEventListener(FORM_SCRIPT_READY, onReady);
        setTimeout(sendHeld, 0);
      }
      document.addEventListener('input', onInput, true);
      window.addEventListener('submit', onSubmit, true);
      document.addEventListener(FORM_SCRIPT_READY, onReady);
      // The answer comes once the form script has run, or with why it could not.
      send({ type: 'portal.stirred' }).then(standDown, standDown);
    },
  });
}
