import type { RoundSchedule } from '../../utils/calendar/rounds';
import type { Project } from '../../utils/model/project';
import type { RoundReport } from '../../utils/model/round-report';
import { PortalRoundStateSchema, portalRoundKey, type PortalRounds } from '../../utils/portal/portal-rounds';
import { roundStandings, type RoundStanding } from '../../utils/reminders/round-standing';
import { trackedRounds } from '../../utils/reminders/tracked-rounds';
import type { Settings } from '../../utils/settings/settings';
import { readSettings } from '../../utils/settings/settings-store';
import type { DraftStore } from '../../utils/store/draft-store';
import { META_KEYS } from '../../utils/store/meta-keys';

/** What the workspace shows, read fresh from the store. */
export interface WorkspaceData {
  unitCode: string | undefined;
  /** The chosen unit's live projects (a store may hold other units' too, e.g. an overseer's). */
  projects: Project[];
  /** Every round report of those projects, all years. */
  reports: RoundReport[];
  /**
   * By project: the rounds the reminders track (due soon or overdue) in which its report is not yet
   * submitted. A project owing nothing is absent.
   */
  owedRounds: Map<string, RoundSchedule[]>;
  settings: Settings;
  /** When a backup was last exported, if ever. */
  lastBackupAt: number | undefined;
  /** Records that could not be read: the user is told, since a lost project would hide its deadlines. */
  unreadable: number;
}

/**
 * Reads only the chosen unit's projects (by the unit index) and their reports (by the project index): a
 * store may hold all 77 units' plans, tens of thousands of reports, and reading and parsing every one of
 * them was most of the time the page took to open. `unreadable` counts the damaged records among those,
 * and every project the unit index cannot reach (its unit code is itself damaged, so it could be this
 * unit's); a damaged record of another unit is that unit's to see, and the reminders still count it.
 */
export async function loadWorkspace(store: DraftStore, now: number): Promise<WorkspaceData> {
  const [unitCode, settings, lastBackupAt, storedPortalRounds] = await Promise.all([
    store.getMeta<unknown>(META_KEYS.unitCode),
    readSettings(store),
    store.getMeta<unknown>(META_KEYS.lastBackupAt),
    store.getMeta<unknown>(META_KEYS.portalRounds),
  ]);
  const unit = typeof unitCode === 'string' ? unitCode : undefined;
  const projects = unit ? await store.listProjectsOfUnit(unit) : { records: [], unreadable: [] };
  // The reads are asked for before the count, so the database serves them first.
  const reportsRead = store.listReportsOfProjects(projects.records.map((p) => p.id));
  const [reports, withoutUnit] = await Promise.all([reportsRead, store.countProjectsWithoutUnit()]);
  const overrides = settings.deadlineOverrides;
  const standings = roundStandings({
    projects: projects.records,
    reports: reports.records,
    portalRounds: portalRoundsOf(projects.records, storedPortalRounds, trackedRounds(now, overrides)),
    nowMs: now,
    overrides,
  });
  return {
    unitCode: unit,
    projects: projects.records,
    reports: reports.records,
    owedRounds: owedRoundsOf(standings),
    settings,
    lastBackupAt: typeof lastBackupAt === 'number' ? lastBackupAt : undefined,
    unreadable: projects.unreadable.length + reports.unreadable.length + withoutUnit,
  };
}

/**
 * What the portal showed of these projects' tracked rounds, the only entries the standings look up. Each
 * is checked on its own: a damaged one is left out, and the drafts alone decide that round.
 */
function portalRoundsOf(
  projects: readonly Project[],
  stored: unknown,
  rounds: readonly { fiscalYear: number; round: 1 | 2 }[],
): PortalRounds {
  const found: PortalRounds = {};
  if (typeof stored !== 'object' || stored === null) return found;
  const entries = stored as Record<string, unknown>;
  for (const { portalId } of projects) {
    if (portalId === undefined) continue;
    for (const { fiscalYear, round } of rounds) {
      const key = portalRoundKey(portalId, fiscalYear, round);
      const state = PortalRoundStateSchema.safeParse(entries[key]);
      if (state.success) found[key] = state.data;
    }
  }
  return found;
}

function owedRoundsOf(standings: readonly RoundStanding[]): Map<string, RoundSchedule[]> {
  const owed = new Map<string, RoundSchedule[]>();
  for (const standing of standings) {
    for (const id of standing.outstandingProjectIds) {
      owed.set(id, [...(owed.get(id) ?? []), standing.schedule]);
    }
  }
  return owed;
}
