import { useEffect } from 'react';
import type { Language } from '../../utils/i18n/language';
import type { DraftStore } from '../../utils/store/draft-store';
import { savePlanSnapshot } from '../../utils/store/plan-snapshot';
import { routeHash } from '../../utils/workspace/route';
import type { WorkspaceData } from './load-workspace';
import { drawnMarkup, measuredColumns, planSnapshotContext } from './plan-snapshot-view';

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
 * after each drawing, once the page is idle, so taking the markup never delays the person. With it go the
 * widths its columns took in this window, which the background's drawings, made with no window
 * (draw-plan-ahead.ts), carry over.
 */
export function useKeepPlanSnapshot(
  store: DraftStore,
  { data, unreadable, atOpening, outstanding, now, language }: Drawing,
): void {
  useEffect(() => {
    const root = document.getElementById('root');
    if (!atOpening || !root) return;
    const keep = () => {
      const context = planSnapshotContext(now, language, routeHash({ view: 'plan', outstanding }));
      const drawing = { html: drawnMarkup(root), columns: measuredColumns(root) };
      // Not kept (the store changed meanwhile, or the write failed): the next drawing is kept instead.
      savePlanSnapshot(store.db, { ...context, ...drawing }, data.planStamp).catch(() => undefined);
    };
    const handle = requestIdleCallback(keep, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }, [store, data, unreadable, atOpening, outstanding, now, language]);
}
