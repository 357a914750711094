import { recognisePortalPage, type PortalPage } from '../portal/page-kind';
import type { PortalRoundState } from '../portal/portal-rounds';
import { PageWorldMessageSchema } from './page-world-protocol';

/** The page that sent a message, as the browser names it (runtime.MessageSender): never what it claims. */
export interface PageWorldSender {
  origin?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
  documentId?: string;
}

/** Where the form script goes: the very document that asked, when the browser names it. */
export interface FormScriptTarget {
  tabId: number;
  frameId: number;
  documentId?: string;
}

export interface PageWorldActions {
  /** Starts the form page's features (portal-form.js) in the page's isolated world. */
  startFormScript(target: FormScriptTarget): Promise<void>;
  /** Records the page as seen, with what it showed of its own round (as the `page.seen` request does). */
  recordSeen(page: PortalPage, rounds: PortalRoundState[]): Promise<void>;
}

export type PageWorldAnswer = { ok: true } | { ok: false; error: string };

/**
 * Answers portal-wake.js on a portal form page. Anything on that page can send these, so: only a report or
 * plan page of the portal, only the two requests of the page-world protocol, acting only on the page that
 * sent them, and a round only that page's own, seen no later than now.
 */
export async function handlePageWorldMessage(
  message: unknown,
  sender: PageWorldSender,
  actions: PageWorldActions,
  now: number,
): Promise<PageWorldAnswer> {
  const page = sender.url ? recognisePortalPage(sender.url) : null;
  const tabId = sender.tab?.id;
  if (
    !page ||
    (page.kind !== 'report' && page.kind !== 'plan') ||
    sender.origin !== new URL(page.url).origin ||
    tabId === undefined
  ) {
    return { ok: false, error: 'Only a portal report or plan page in a tab may ask this.' };
  }
  const parsed = PageWorldMessageSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: 'Not a request a portal page may send.' };
  if (parsed.data.type === 'portal.stirred') {
    await actions.startFormScript({
      tabId,
      frameId: sender.frameId ?? 0,
      ...(sender.documentId && { documentId: sender.documentId }),
    });
    return { ok: true };
  }
  const rounds = parsed.data.rounds.map((round) => ({ ...round, seenAt: Math.min(round.seenAt, now) }));
  if (
    rounds.some(
      (r) => r.portalId !== page.projectId || r.fiscalYear !== page.fiscalYear || r.round !== page.round,
    )
  ) {
    return { ok: false, error: 'A page may only tell of its own round.' };
  }
  await actions.recordSeen(page, rounds);
  return { ok: true };
}
