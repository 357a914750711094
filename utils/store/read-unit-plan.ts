import type { IDBPDatabase } from 'idb';
import { META_KEYS } from './meta-keys';
import type { DraftDb } from './schema';

/** One unit's plan as stored, not yet checked: every value is parsed by whoever shows it. */
export interface StoredUnitPlan {
  unitCode: unknown;
  settings: unknown;
  lastBackupAt: unknown;
  portalRounds: unknown;
  /** The plan stamp this read saw (utils/store/plan-stamp.ts): what a plan drawn from it is current for. */
  planStamp: unknown;
  /** The chosen unit's projects (by the unit index). */
  projects: Record<string, unknown>[];
  /** Every report (all years) of those projects (by the project index). */
  reports: Record<string, unknown>[];
}

/**
 * Reads what the workspace shows, in one transaction: the chosen unit, the settings, the last backup, what
 * the portal showed, then the unit's projects and their reports. Only the chosen unit's records: a store may
 * hold all 77 units' plans, and reading every one was most of the time the page took to open. Free of the
 * record schemas, so the page can start it before its larger code has loaded.
 */
export async function readUnitPlan(db: IDBPDatabase<DraftDb>): Promise<StoredUnitPlan> {
  const tx = db.transaction(['meta', 'projects', 'reports']);
  const meta = tx.objectStore('meta');
  const value = async (key: string) => (await meta.get(key))?.value;
  const [unitCode, settings, lastBackupAt, portalRounds, planStamp] = await Promise.all([
    value(META_KEYS.unitCode),
    value(META_KEYS.settings),
    value(META_KEYS.lastBackupAt),
    value(META_KEYS.portalRounds),
    value(META_KEYS.planStamp),
  ]);
  const projects =
    typeof unitCode === 'string' ? await tx.objectStore('projects').index('byUnit').getAll(unitCode) : [];
  const byProject = tx.objectStore('reports').index('byProject');
  const ids = projects.map((p) => p.id).filter((id): id is string => typeof id === 'string');
  const reports = (await Promise.all(ids.map((id) => byProject.getAll(id)))).flat();
  await tx.done;
  return { unitCode, settings, lastBackupAt, portalRounds, planStamp, projects, reports };
}
