import type { PortalPage } from '../page-kind';
import type { PortalRoundState } from '../portal-rounds';
import { isLockedPageText, savedStateOfListCell, savedStateOfStatusLine } from '../saved-state-text';

/** What a report page says about its own round: saved before, and locked as completed. */
export function readReportPageRound(doc: Document, page: PortalPage, now: number): PortalRoundState | null {
  if (page.kind !== 'report' || !page.projectId || !page.fiscalYear || !page.round) return null;
  // textContent, not innerText: reading it forces no layout.
  const text = doc.body?.textContent ?? '';
  const saved = savedStateOfStatusLine(text);
  const locked = isLockedPageText(text);
  if (saved === null && !locked) return null;
  return {
    portalId: page.projectId,
    fiscalYear: page.fiscalYear,
    round: page.round,
    saved: saved === 'saved',
    locked,
    seenAt: now,
  };
}

/**
 * What a report page showed of its own round as it loaded, stamped with its load time: the page shows the
 * round as the portal had it then, so a sighting made since outweighs it however late this is read.
 */
export function readReportPageRoundAsLoaded(doc: Document, page: PortalPage): PortalRoundState | null {
  return readReportPageRound(doc, page, Math.floor(performance.timeOrigin));
}

/** Every round cell of the project list that links to a report page and says whether it was reported. */
export function readProjectListRounds(doc: Document, now: number): PortalRoundState[] {
  const states: PortalRoundState[] = [];
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[href*="projectreport.php"]')) {
    const url = new URL(link.href, doc.baseURI);
    const id = url.searchParams.get('id') ?? '';
    const round = url.searchParams.get('r');
    const year = Number(url.searchParams.get('y'));
    const cell = savedStateOfListCell(link.closest('td')?.textContent ?? link.textContent ?? '');
    if (
      !/^\d{1,12}$/.test(id) ||
      (round !== '1' && round !== '2') ||
      !(year >= 2500 && year <= 2700) ||
      !cell
    ) {
      continue;
    }
    states.push({ portalId: id, fiscalYear: year, round: round === '1' ? 1 : 2, ...cell, seenAt: now });
  }
  return states;
}
