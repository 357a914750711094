import { bangkokDayNumber } from '../calendar/bangkok-day';
import { META_KEYS } from '../store/meta-keys';
import { openSharedDb } from '../store/open-shared-db';
import { planSnapshotIsCurrent } from '../store/plan-snapshot';
import { onStoreChange } from '../store/store-changes';
import type { PlanDrawingPlatform } from './keep-plan-drawn';
import { outOfSightAddress } from './out-of-sight';

// Chrome's side of keeping the plan drawn (keep-plan-drawn.ts): the workspace page itself, loaded as an
// offscreen document, draws the plan exactly as an opening would and keeps it, as an open workspace does;
// then it is closed. Offscreen documents are Chrome's (109+); elsewhere there is none, and the plan as last
// drawn is kept by the workspace alone, as before.

/** Longest a drawing may take before its page is closed regardless. */
const DRAWING_MAX_MS = 20_000;

/** Chrome's way of drawing the plan out of sight; nothing where there is no offscreen document. */
export function offscreenPlanDrawing(
  idle: () => Promise<void>,
  version: string,
  now: () => number = Date.now,
): PlanDrawingPlatform | undefined {
  if (typeof chrome === 'undefined' || !chrome.offscreen?.createDocument) return undefined;
  return {
    idle,
    async workspaceOpen() {
      // Chrome 116+; before that, the plan is drawn out of sight even beside an open workspace (harmless).
      if (!chrome.runtime.getContexts) return false;
      const open = await chrome.runtime.getContexts({
        contextTypes: [chrome.runtime.ContextType.TAB, chrome.runtime.ContextType.SIDE_PANEL],
      });
      const workspace = chrome.runtime.getURL('workspace.html');
      return open.some((c) => c.documentUrl?.split(/[?#]/)[0] === workspace);
    },
    async drawingNeeded() {
      const db = await openSharedDb();
      const unit = await db.get('meta', META_KEYS.unitCode);
      if (typeof unit?.value !== 'string') return false; // the workspace would ask for a unit: no plan
      return !(await planSnapshotIsCurrent(db, {
        bangkokDay: bangkokDayNumber(now()),
        extensionVersion: version,
      }));
    },
    async drawOutOfSight() {
      // One left open by a worker stopped while waiting for it (the extension has only one at a time).
      if (await chrome.offscreen.hasDocument?.()) await chrome.offscreen.closeDocument();
      const kept = planKept(DRAWING_MAX_MS);
      try {
        await chrome.offscreen.createDocument({
          url: outOfSightAddress(version),
          reasons: [chrome.offscreen.Reason.DOM_PARSER],
          justification:
            "Draws the workspace's plan after a change made elsewhere, so that it shows at once when next opened.",
        });
      } catch (error) {
        kept.cancel();
        throw error;
      }
      try {
        await kept.done;
      } finally {
        await chrome.offscreen.closeDocument().catch(() => undefined);
      }
    },
  };
}

/** Resolves once any page has kept the plan it drew (announced as a change of that key), or after `maxMs`. */
function planKept(maxMs: number): { done: Promise<void>; cancel(): void } {
  let finish = () => undefined as void;
  const done = new Promise<void>((resolve) => {
    const stop = onStoreChange((change) => {
      if (change.kind === 'meta' && change.id === META_KEYS.planSnapshot) finish();
    });
    const timer = setTimeout(() => finish(), maxMs);
    finish = () => {
      stop();
      clearTimeout(timer);
      resolve();
    };
  });
  return { done, cancel: () => finish() };
}
