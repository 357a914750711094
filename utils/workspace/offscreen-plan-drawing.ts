import { bangkokDayNumber } from '../calendar/bangkok-day';
import { META_KEYS } from '../store/meta-keys';
import { openSharedDb } from '../store/open-shared-db';
import { planSnapshotIsCurrent } from '../store/plan-snapshot';
import { onStoreChange } from '../store/store-changes';
import type { PlanDrawingPlatform } from './keep-plan-drawn';
import { outOfSightAddress } from './out-of-sight';

// Chrome's side of keeping the plan drawn (keep-plan-drawn.ts): the workspace page itself, loaded as an
// offscreen document, draws the plan as an opening would and keeps it, as an open workspace does; then it
// is closed. Offscreen documents are Chrome's (109+); elsewhere there is none, and the plan as last drawn
// is kept by the workspace alone, as before.

/** Longest a drawing may take before its page is closed regardless. */
const DRAWING_MAX_MS = 20_000;
/**
 * After the page has kept its drawing, how long it is left for a later one: what it counts after the plan
 * is shown (damaged records) or reads after it (the saved language) redraws it, and it keeps that too.
 */
const SETTLE_MS = 1000;

/**
 * Closes the out-of-sight page, if there is one: a worker that starts has no drawing under way, so one
 * still open was left by a worker stopped while it waited (it would otherwise stay for the whole session).
 */
export function closeLeftOutOfSightPage(): Promise<void> {
  if (typeof chrome === 'undefined' || !chrome.offscreen?.closeDocument) return Promise.resolve();
  return chrome.offscreen.closeDocument().catch(() => undefined); // refused when there is none
}

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
      // None is left open: the worker closes any when it starts (closeLeftOutOfSightPage), and this one below.
      const kept = planKept(SETTLE_MS, DRAWING_MAX_MS);
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

/**
 * Resolves `settleMs` after the plan was last kept (announced as a change of that key), or after `maxMs`
 * in all.
 */
function planKept(settleMs: number, maxMs: number): { done: Promise<void>; cancel(): void } {
  let finish = () => undefined as void;
  const done = new Promise<void>((resolve) => {
    let settled: ReturnType<typeof setTimeout> | undefined;
    const stop = onStoreChange((change) => {
      if (change.kind !== 'meta' || change.id !== META_KEYS.planSnapshot) return;
      clearTimeout(settled);
      settled = setTimeout(() => finish(), settleMs);
    });
    const timer = setTimeout(() => finish(), maxMs);
    finish = () => {
      stop();
      clearTimeout(timer);
      clearTimeout(settled);
      resolve();
    };
  });
  return { done, cancel: () => finish() };
}
