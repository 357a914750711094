import { unwrap, type IDBPDatabase } from 'idb';
import { z } from 'zod';
import { RoundSchema } from '../calendar/rounds';
import { LifecycleSchema } from '../catalogue/lifecycles';
import { BeYearSchema } from '../model/fields';
import { ProjectFieldsSchema } from '../model/project';
import { RecordIdSchema } from '../model/record-meta';
import type { DraftDb } from '../store/schema';
import type { StandingProject, StandingReport } from './round-standing';

// Index keys are read from stored records, so they are parsed too: a key that does not parse is a damaged
// record's, and is left out as the record would be.
const ReportStandingKeySchema = z.tuple([BeYearSchema, RoundSchema, RecordIdSchema, LifecycleSchema]);
const PortalIdSchema = ProjectFieldsSchema.shape.portalId.unwrap();

/**
 * What the reminders count for these rounds, from index keys alone (`byPlanYear`, `byPortalId`,
 * `byRoundStanding`), in one transaction: the projects planning each round's fiscal year, their portal
 * ids, and every report of each round with its project and lifecycle. No record's stored value is read,
 * which is what made a recount over every unit's plan take about a second.
 *
 * What the keys cannot tell: whether the rest of a record is readable. A project whose other fields are
 * damaged still counts as owing its reports (never fewer reminders than the plan asks for), and a report
 * whose other fields are damaged still counts by its lifecycle, which is what says how far it got (a
 * damaged report marked submitted is not nagged about, where the whole-record count took it for no
 * draft). The popup and the workspace, which read records whole, say how many cannot be read.
 */
export async function readRoundStandingKeys(
  db: IDBPDatabase<DraftDb>,
  rounds: readonly { fiscalYear: number; round: 1 | 2 }[],
): Promise<{ projects: StandingProject[]; reports: StandingReport[] }> {
  const tx = db.transaction(['projects', 'reports']);
  const years = [...new Set(rounds.map((r) => r.fiscalYear))];
  const byPlanYear = tx.objectStore('projects').index('byPlanYear');
  const byRoundStanding = tx.objectStore('reports').index('byRoundStanding');
  // One request at a time: Chromium fetches a cursor's next keys ahead in batches, but drops them whenever
  // another request is made, so cursors walked side by side go one key per round trip (with every unit's
  // plan here: 1.2–2.2 s side by side, ≈ 0.5 s one after another).
  const plannedIds: IDBValidKey[][] = [];
  for (const year of years) plannedIds.push(await byPlanYear.getAllKeys(year));
  const portalIds = await indexEntries(unwrap(tx.objectStore('projects').index('byPortalId')));
  const reportKeys: { key: unknown }[] = [];
  for (const { fiscalYear, round } of rounds) {
    const range = IDBKeyRange.bound([fiscalYear, round], [fiscalYear, round, []]);
    for (const entry of await indexEntries(unwrap(byRoundStanding), range)) reportKeys.push(entry);
  }
  await tx.done;

  const portalIdOf = new Map<string, string>();
  for (const { key, primaryKey } of portalIds) {
    const portalId = PortalIdSchema.safeParse(key);
    const id = RecordIdSchema.safeParse(primaryKey);
    if (portalId.success && id.success) portalIdOf.set(id.data, portalId.data);
  }
  // A project's plan years here are only those of the asked rounds it plans.
  const projects = new Map<string, { id: string; planYears: number[]; portalId?: string }>();
  years.forEach((year, k) => {
    for (const key of plannedIds[k]!) {
      const id = RecordIdSchema.safeParse(key);
      if (!id.success) continue;
      const project = projects.get(id.data);
      if (project) project.planYears.push(year);
      else {
        const portalId = portalIdOf.get(id.data);
        projects.set(id.data, { id: id.data, planYears: [year], ...(portalId && { portalId }) });
      }
    }
  });
  const reports: StandingReport[] = [];
  for (const { key } of reportKeys) {
    const parsed = ReportStandingKeySchema.safeParse(key);
    if (!parsed.success) continue;
    const [fiscalYear, round, projectId, lifecycle] = parsed.data;
    reports.push({ projectId, fiscalYear, round, lifecycle });
  }
  return { projects: [...projects.values()], reports };
}

/**
 * Every entry of an index in a key range: its key and the record's primary key, never the record. Walked
 * with the browser's own cursor: a promise per step (idb's wrapper) made it about a fifth slower here.
 */
function indexEntries(
  index: IDBIndex,
  range?: IDBKeyRange,
): Promise<{ key: unknown; primaryKey: unknown }[]> {
  return new Promise((resolve, reject) => {
    const entries: { key: unknown; primaryKey: unknown }[] = [];
    const request = index.openKeyCursor(range);
    request.onerror = () => reject(request.error ?? new Error('the index could not be read'));
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(entries);
      entries.push({ key: cursor.key, primaryKey: cursor.primaryKey });
      cursor.continue();
    };
  });
}
