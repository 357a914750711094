import { recognisePortalPage, type PortalPage } from '../page-kind';
import { announcePage } from './announce-page';
import { captureRecovery } from './capture-recovery';
import { guardSubmit } from './guard-submit';
import { createAssistantDock, type AssistantDock } from './mount-assistant';
import { readReportPageRoundAsLoaded } from './read-saved-rounds';
import { relayAssistant } from './relay-assistant';
import { lifetimeOfThisCopy } from './script-lifetime';

/**
 * Tells the background which form page this is, with whether a report page's own round was saved before.
 * Answers whether typed text can be recovered.
 */
export function announceFormPage(page: PortalPage): Promise<boolean> {
  const round = readReportPageRoundAsLoaded(document, page);
  return announcePage(page, round ? [round] : []);
}

export interface FormPageStart {
  /** Text was typed into the form before this script started (it came after the person's first stir). */
  typedBefore?: boolean;
}

/**
 * A report or plan page's features, once the person is at work on it: keeps typed text for recovery,
 * holds the report form's save for the check, and (in a task of its own) tells the background the page
 * and puts the assistant's button on it, showing the assistant if typed text can be recovered.
 */
export function startFormPage({ typedBefore = false }: FormPageStart = {}): void {
  const page = recognisePortalPage(location.href);
  if (!page || (page.kind !== 'report' && page.kind !== 'plan')) return;
  const signal = lifetimeOfThisCopy();
  captureRecovery(page, signal, { typedBefore });
  let dock: AssistantDock | undefined;
  const dockNow = () => {
    if (dock || signal.aborted) return dock;
    const seen = announceFormPage(page);
    // Only the assistant's frame speaks to the relay, so it starts listening when the frame is made: most
    // visits never make one, and never pay for the listener.
    const made = createAssistantDock(page, signal, (shown) => relayAssistant(page, signal, shown));
    void seen.then((recoveryAvailable) => recoveryAvailable && made.show(false));
    return (dock = made);
  };
  // Watched from this moment, before the key or click that may submit the form is acted on.
  if (page.kind === 'report') guardSubmit(signal, dockNow);
  // The rest in a task of its own, after the page has answered the person.
  setTimeout(dockNow, 0);
}
