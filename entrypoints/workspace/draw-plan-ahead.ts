import { languageFromBrowser } from '../../utils/i18n/language';
import type { DraftStore, ReadableRecords } from '../../utils/store/draft-store';
import { bangkokDayNumber } from '../../utils/calendar/bangkok-day';
import { keptPlanState, savePlanSnapshot } from '../../utils/store/plan-snapshot';
import { readUnitPlan } from '../../utils/store/read-unit-plan';
import { loadWorkspace } from './load-workspace';
import { planMarkup } from './plan-markup';

/**
 * Draws the workspace's plan as its next opening will show it, with no page, and keeps it as the plan as
 * last drawn (utils/store/plan-snapshot.ts), unless the kept one is still current (nothing changed since
 * it was drawn, today, in this version). Run by the background after a change made anywhere, a new Bangkok
 * day or an update, so an opening shows the plan at once instead of drawing it afresh: the page keeps its
 * own drawing only once it has drawn one. `kept` is told of each drawing kept, as soon as it is.
 *
 * Drawn as a plain opening shows it (`#`), in the language the page will open in (the saved setting, else
 * the browser's, `browserLanguages`), with the column widths last measured in the person's window. Nothing
 * when no unit is chosen (the page asks for one), and nothing kept when the store changed while it was
 * drawn (the drawing that follows that change is kept instead) or an open workspace kept its own meanwhile.
 * `readable` checks the records read (the background keeps one that remembers, so a record unchanged since
 * the last drawing is not checked again).
 */
export async function drawPlanAhead(
  store: DraftStore,
  {
    now,
    version,
    browserLanguages,
    kept,
    readable,
  }: {
    now: number;
    version: string;
    browserLanguages: readonly string[];
    kept: () => void;
    readable?: ReadableRecords;
  },
): Promise<void> {
  const bangkokDay = bangkokDayNumber(now);
  const { current, columns } = await keptPlanState(store.db, { bangkokDay, extensionVersion: version });
  if (current) return;
  const read = await readUnitPlan(store.db);
  const unitCode = read.unitCode;
  if (typeof unitCode !== 'string') return;
  const data = await loadWorkspace(store, now, Promise.resolve(read), readable);
  const language = data.settings.language ?? languageFromBrowser(browserLanguages);
  const context = { bangkokDay, language, hash: '#', extensionVersion: version };
  const keep = async (withoutUnit: number, overCurrent: boolean) => {
    const unreadable = data.unreadable + withoutUnit;
    const html = planMarkup({ store, data, unitCode, unreadable, outstanding: false, now, language });
    const saved = await savePlanSnapshot(store.db, { ...context, html, columns }, data.planStamp, {
      onlyOverStale: !overCurrent,
    });
    if (saved) kept();
    return saved;
  };
  // Drawn as the page first draws it, before the projects the unit index cannot reach are counted: the
  // database counts every unit's projects for that, which takes as long as the rest of the drawing, and an
  // opening may be waiting for it. Drawn again with them if there are any (they are damaged, so seldom).
  if (!(await keep(0, false))) return;
  const withoutUnit = await store.countProjectsWithoutUnit();
  if (withoutUnit > 0) await keep(withoutUnit, true);
}
