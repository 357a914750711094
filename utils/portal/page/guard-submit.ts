import { ASSISTANT_REVIEW } from '../../messaging/assistant-review';
import { contentRuntime, extensionStillThere } from '../../messaging/post-to-background';
import type { AssistantDock } from './mount-assistant';

type Decision = 'submit' | 'back';

/**
 * How long a save waits for the assistant to load (it normally takes well under a second). An assistant
 * that never loads (the page removed its frame, the extension is updating) must not swallow the save.
 */
export const REVIEW_WAIT_MS = 5_000;

function loadedInTime(dock: AssistantDock): Promise<boolean> {
  return Promise.race([
    dock.ready.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), REVIEW_WAIT_MS)),
  ]);
}

/** Asks the assistant in this tab to review the form; if it can't answer, the save goes ahead as usual. */
async function askForReview(): Promise<Decision> {
  try {
    const answer = (await contentRuntime().sendMessage({ type: ASSISTANT_REVIEW })) as {
      decision?: unknown;
    };
    return answer?.decision === 'back' ? 'back' : 'submit';
  } catch {
    // No assistant (it failed to load, or the extension is reloading): never stand between a person and
    // the portal's own save.
    return 'submit';
  }
}

/**
 * Holds the report form's submit until the assistant has checked the entries. With errors the person goes
 * back; with warnings they choose; with nothing found the save goes on at once. Going on re-submits the
 * form the normal way, so the page's own handlers (checkReason, its alerts) run exactly as before. An
 * assistant that has not loaded within REVIEW_WAIT_MS lets the save go on unchecked, as without us.
 */
export function guardSubmit(signal: AbortSignal, dockNow: () => AssistantDock | undefined): void {
  let approved: HTMLFormElement | null = null;
  window.addEventListener(
    'submit',
    (event) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement) || form.getAttribute('name') !== 'frmProject') return;
      if (approved === form) {
        approved = null;
        return;
      }
      // The extension went away since this page woke (updated, reloaded, turned off): no assistant can
      // come, so the save goes on as it would without us.
      if (!extensionStillThere()) return;
      let dock: AssistantDock | undefined;
      try {
        dock = dockNow();
        dock?.show(false);
      } catch {
        return; // the assistant could not be put on the page: never stand between a person and the save
      }
      if (!dock) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const submitter = (event as SubmitEvent).submitter;
      void loadedInTime(dock)
        .then((loaded) => (loaded ? askForReview() : 'submit'))
        .then((decision) => {
          if (decision === 'back') return;
          approved = form;
          form.requestSubmit(submitter ?? undefined);
        });
    },
    { capture: true, signal },
  );
}

/** After a save, the portal prints this before sending the person back to the project list. */
export const SAVE_SUCCEEDED_TEXT = 'บันทึกการรายงานผลสำเร็จแล้ว';
