import { contentRuntime } from '../../messaging/post-to-background';
import type { PortalPage } from '../page-kind';
import type { PortalRoundState } from '../portal-rounds';

/**
 * Tells the background which portal page this is, with what the page shows of saved rounds (one message,
 * not two: each costs the page's load a little); answers whether text typed on it before can be
 * recovered. The answer is read as one exact flag (`=== true`, anything else is "no") rather than by a
 * schema: a parser would triple the content script's start-up code, and a wrong answer only hides a hint
 * the assistant shows anyway when opened.
 */
export async function announcePage(page: PortalPage, rounds: PortalRoundState[]): Promise<boolean> {
  try {
    const answer = (await contentRuntime().sendMessage({ type: 'page.seen', page, rounds })) as {
      ok?: unknown;
      data?: { recoveryAvailable?: unknown };
    } | null;
    return answer?.ok === true && answer.data?.recoveryAvailable === true;
  } catch {
    return false;
  }
}
