import { useEffect } from 'react';
import type { Language } from '../../utils/i18n/language';
import type { DraftStore } from '../../utils/store/draft-store';
import { META_KEYS } from '../../utils/store/meta-keys';
import { savePlanSnapshot } from '../../utils/store/plan-snapshot';
import { announceStoreChange } from '../../utils/store/store-changes';
import { isOutOfSight } from '../../utils/workspace/out-of-sight';
import { routeHash } from '../../utils/workspace/route';
import type { WorkspaceData } from './load-workspace';
import { drawnMarkup, planSnapshotContext } from './plan-snapshot-view';

/** What the plan is drawn from and how. */
interface Drawing {
  data: WorkspaceData;
  /** The count of damaged records the plan warns of. */
  unreadable: number;
  /** Whether the plan shows what an opening shows: this year, no search, no panel, the address's filter. */
  atOpening: boolean;
  outstanding: boolean;
  now: number;
  language: Language;
}

/**
 * Keeps the plan as drawn (utils/store/plan-snapshot.ts) whenever it shows what the next opening would:
 * after each drawing, once the page is idle, so taking the markup never delays the person (at once when
 * the background has the page draw it out of sight, utils/workspace/offscreen-plan-drawing.ts).
 */
export function useKeepPlanSnapshot(
  store: DraftStore,
  { data, unreadable, atOpening, outstanding, now, language }: Drawing,
): void {
  useEffect(() => {
    const root = document.getElementById('root');
    if (!atOpening || !root) return;
    const outOfSight = isOutOfSight(location.search);
    const keep = () => {
      const context = planSnapshotContext(now, language, routeHash({ view: 'plan', outstanding }));
      // Not kept (the store changed meanwhile, or the write failed): the next drawing is kept instead.
      // Kept out of sight, it is announced: the background waits for that to close the page.
      savePlanSnapshot(store.db, { ...context, html: drawnMarkup(root) }, data.planStamp).then(
        (kept) => kept && outOfSight && announceStoreChange({ kind: 'meta', id: META_KEYS.planSnapshot }),
        () => undefined,
      );
    };
    // Drawn out of sight, nobody waits, and a page with no frames has no idle time: kept at once.
    if (outOfSight) {
      const timer = setTimeout(keep, 0);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(keep, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }, [store, data, unreadable, atOpening, outstanding, now, language]);
}
