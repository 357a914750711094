// No zod here: this runs first in the content script, whose start-up code must stay small.

export const PORTAL_HOST = 'e-plan.nacc.go.th';

export type PageKind = 'report' | 'plan' | 'project-list' | 'dashboard' | 'login' | 'other';

export interface PortalPage {
  kind: PageKind;
  url: string;
  /** Report pages: the portal's project id, round and BE fiscal year from the query string. */
  projectId?: string;
  round?: 1 | 2;
  fiscalYear?: number;
}

const KIND_OF_PATH: Record<string, PageKind> = {
  'projectreport.php': 'report',
  'projectcreate.php': 'plan',
  'projectdisplay.php': 'project-list',
  'projectreportdisplay.php': 'project-list',
  'index.php': 'dashboard',
  '': 'dashboard',
  'login.php': 'login',
};

/** Which kind of portal page a path is (`/projectreport.php` → report), from its file name alone. */
export function pageKindOfPath(pathname: string): PageKind {
  return KIND_OF_PATH[(pathname.split('/').pop() ?? '').toLowerCase()] ?? 'other';
}

/** Which portal page a URL is, and for report pages which project, round and year. Pure: no DOM. */
export function recognisePortalPage(href: string): PortalPage | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.hostname !== PORTAL_HOST) return null;
  const kind = pageKindOfPath(url.pathname);
  const page: PortalPage = { kind, url: url.href };
  if (kind === 'report') {
    const id = url.searchParams.get('id') ?? '';
    const round = url.searchParams.get('r');
    const year = Number(url.searchParams.get('y'));
    if (/^\d{1,12}$/.test(id)) page.projectId = id;
    if (round === '1' || round === '2') page.round = Number(round) as 1 | 2;
    if (Number.isInteger(year) && year >= 2500 && year <= 2700) page.fiscalYear = year;
  }
  return page;
}
