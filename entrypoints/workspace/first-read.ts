import { openSharedDb } from '../../utils/store/open-shared-db';
import { changeShowsOnPlan } from '../../utils/store/plan-stamp';
import { onStoreChange } from '../../utils/store/store-changes';
import { readUnitPlan, type StoredUnitPlan } from '../../utils/store/read-unit-plan';

/** The read of the unit's plan the page starts before its code has loaded. */
export interface FirstRead {
  /**
   * The read, for the page's first load; nothing if the store has changed since it started (then the page
   * reads afresh, so a change made meanwhile, say by the portal's tab, is never missed), and nothing when
   * asked again (a later load reads afresh).
   */
  take(): Promise<StoredUnitPlan> | undefined;
}

/**
 * Starts reading the unit's plan at once: the database works in another process, so the read overlaps
 * the loading of the page's larger code (React, the checks, the wording) instead of waiting for it.
 */
export function startFirstRead(): FirstRead {
  let changed = false;
  const stopWatching = onStoreChange((change) => {
    if (changeShowsOnPlan(change)) changed = true;
  });
  const read = openSharedDb().then(readUnitPlan);
  read.catch(() => undefined); // the page says what went wrong when it takes the read
  let taken = false;
  return {
    take() {
      // By now the page listens for changes itself.
      stopWatching();
      const fresh = !changed && !taken;
      taken = true;
      return fresh ? read : undefined;
    },
  };
}
