import type { IDBPTransaction, StoreNames } from 'idb';
import { isRecoveryMetaKey, META_KEYS } from './meta-keys';
import { newPlanStamp } from './plan-stamp-value';
import type { DraftDb } from './schema';
import { changeReachesBeyond, type StoreChange } from './store-changes';

/**
 * Meta keys the workspace's plan never shows: writing them leaves a drawn plan current. Any other key,
 * including one added later, counts as a change to the plan, so a new setting can never leave a stale plan
 * on screen.
 */
const NOT_ON_PLAN: ReadonlySet<string> = new Set([
  META_KEYS.lastPortalPage,
  META_KEYS.taughtBindings,
  META_KEYS.pendingSubmission,
  META_KEYS.notificationLog,
  META_KEYS.planStamp,
  META_KEYS.planSnapshot,
  META_KEYS.unnamedProject,
]);

/** Whether writing this meta key changes what the plan shows (the text kept for recovery does not). */
export function metaKeyChangesPlan(key: string): boolean {
  return !NOT_ON_PLAN.has(key) && !isRecoveryMetaKey(key);
}

/** Whether an announced change can change what the plan shows (a record, or a meta key on the plan). */
export function changeShowsOnPlan(change: StoreChange): boolean {
  return changeReachesBeyond(change, NOT_ON_PLAN);
}

type WriteTx = IDBPTransaction<DraftDb, StoreNames<DraftDb>[], 'readwrite'>;

/** Marks, inside a write's own transaction (one over `meta` too), that what the plan shows has changed. */
export function stampPlanChange(tx: WriteTx): Promise<unknown> {
  return tx.objectStore('meta').put({ key: META_KEYS.planStamp, value: newPlanStamp(Date.now()) });
}
