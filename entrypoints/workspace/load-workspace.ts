import { useEffect, useState } from 'react';
import type { RoundSchedule } from '../../utils/calendar/rounds';
import type { Project } from '../../utils/model/project';
import type { RoundReport } from '../../utils/model/round-report';
import { portalRoundKey, readablePortalRounds } from '../../utils/portal/portal-rounds';
import { roundStandings, type RoundStanding } from '../../utils/reminders/round-standing';
import { trackedRounds } from '../../utils/reminders/tracked-rounds';
import { settingsFromStored, type Settings } from '../../utils/settings/settings';
import { readableRecords, type DraftStore, type ReadableRecords } from '../../utils/store/draft-store';
import { readLastBackupAt } from '../../utils/workspace/backup-due';
import { readUnitPlan, type StoredUnitPlan } from '../../utils/store/read-unit-plan';

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
  /**
   * The unit's records that could not be read: the user is told, since a lost project would hide its
   * deadlines. Projects with no usable unit code are not in it (see `useProjectsWithoutUnit`).
   */
  unreadable: number;
  /** The plan stamp the read saw (utils/store/plan-stamp.ts). */
  planStamp: unknown;
}

/**
 * The workspace's data from the store: the chosen unit's projects and reports (`readUnitPlan`), checked.
 * `stored` is a read already under way (the page starts one before its code has loaded); without it, the
 * store is read now. `unreadable` counts the damaged records among the unit's; a damaged record of another
 * unit is that unit's to see, and the reminders still count it. Projects the unit index cannot reach are
 * counted apart (`useProjectsWithoutUnit`), once the plan is shown. `readable` checks the records (the
 * background, which draws the plan after every change, passes one that remembers what it checked).
 */
export async function loadWorkspace(
  store: DraftStore,
  now: number,
  stored: Promise<StoredUnitPlan> = readUnitPlan(store.db),
  readable: ReadableRecords = readableRecords,
): Promise<WorkspaceData> {
  const read = await stored;
  const unit = typeof read.unitCode === 'string' ? read.unitCode : undefined;
  const settings = settingsFromStored(read.settings);
  const projects = readable('project', read.projects);
  const reports = readable('report', read.reports);
  const overrides = settings.deadlineOverrides;
  const standings = roundStandings({
    projects: projects.records,
    reports: reports.records,
    portalRounds: readablePortalRounds(
      read.portalRounds,
      trackedPortalRoundKeys(projects.records, trackedRounds(now, overrides)),
    ),
    nowMs: now,
    overrides,
  });
  return {
    unitCode: unit,
    projects: projects.records,
    reports: reports.records,
    owedRounds: owedRoundsOf(standings),
    settings,
    lastBackupAt: readLastBackupAt(read.lastBackupAt),
    unreadable: projects.unreadable.length + reports.unreadable.length,
    planStamp: read.planStamp,
  };
}

/**
 * The keys of both rounds of these projects' tracked fiscal years: the only entries of what the portal
 * showed the standings look up (a round is also settled by the other round's lock: isSavedOnPortal).
 */
function trackedPortalRoundKeys(
  projects: readonly Project[],
  rounds: readonly { fiscalYear: number }[],
): string[] {
  const years = [...new Set(rounds.map((r) => r.fiscalYear))];
  return projects.flatMap(({ portalId }) =>
    portalId === undefined
      ? []
      : years.flatMap((fiscalYear) => [
          portalRoundKey(portalId, fiscalYear, 1),
          portalRoundKey(portalId, fiscalYear, 2),
        ]),
  );
}

function owedRoundsOf(standings: readonly RoundStanding[]): Map<string, RoundSchedule[]> {
  const owed = new Map<string, RoundSchedule[]>();
  for (const standing of standings) {
    for (const id of standing.outstandingProjectIds) {
      const list = owed.get(id);
      if (list) list.push(standing.schedule);
      else owed.set(id, [standing.schedule]);
    }
  }
  return owed;
}

/**
 * How many projects the unit index cannot reach (their unit code is itself damaged, so they could be this
 * unit's), counted after the plan is shown: counting means a pass over the whole projects store, and the
 * database serves it before the plan's own reads, which it held up by about as long as they take.
 */
export function useProjectsWithoutUnit(store: DraftStore | null, data: WorkspaceData | null): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (!store || !data) return;
    let current = true;
    store.countProjectsWithoutUnit().then(
      (n) => current && setCount(n),
      () => undefined, // the plan's own reads say if the store cannot be read
    );
    return () => {
      current = false;
    };
  }, [store, data]);
  return count;
}
