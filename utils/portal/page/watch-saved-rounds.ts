import { postToBackground } from '../../messaging/post-to-background';
import type { PortalPage } from '../page-kind';
import { readProjectListRounds } from './read-saved-rounds';

/**
 * Tells the background what the project list shows about saved rounds, so a round the portal already has
 * is not nagged about. The list's table arrives after the page (AJAX), so the list is watched. (A report
 * page's own round goes with the page's announcement: announcePage.)
 */
export function watchSavedRounds(page: PortalPage, signal: AbortSignal): void {
  if (page.kind !== 'project-list') return;
  let sent = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const report = () => {
    const states = readProjectListRounds(document, Date.now());
    const fingerprint = JSON.stringify(states.map(({ seenAt: _seenAt, ...s }) => s));
    if (states.length === 0 || fingerprint === sent) return;
    sent = fingerprint;
    postToBackground({ type: 'portal.roundsSeen', rounds: states });
  };
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(report, 150);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  report();
}
