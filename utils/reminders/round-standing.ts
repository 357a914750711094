import { daysLeft, isLate, type DeadlineOverrides, type RoundSchedule } from '../calendar/rounds';
import type { Lifecycle } from '../catalogue/lifecycles';
import type { Project } from '../model/project';
import type { RoundReport } from '../model/round-report';
import { isSavedOnPortal, type PortalRounds } from '../portal/portal-rounds';
import { trackedRounds } from './tracked-rounds';

/** Where a project's report for one round stands: no draft yet, or our lifecycle (submitted includes the portal's word). */
export type ReportStanding = 'noDraft' | Lifecycle;

export interface RoundCounts {
  noDraft: number;
  draft: number;
  ready: number;
  submitted: number;
}

/** One tracked round across the user's projects. */
export interface RoundStanding {
  schedule: RoundSchedule;
  /** Bangkok calendar days to the due day: 0 on it, negative once overdue. */
  daysLeft: number;
  overdue: boolean;
  /** Projects planned for this round's fiscal year. */
  expected: number;
  counts: RoundCounts;
  /** Expected reports not submitted: no draft, draft or ready. */
  outstanding: number;
  outstandingProjectIds: string[];
}

/** What the standings look at of a project and of a report (whole records will do). */
export type StandingProject = Pick<Project, 'id' | 'planYears' | 'portalId'>;
export type StandingReport = Pick<RoundReport, 'projectId' | 'fiscalYear' | 'round' | 'lifecycle'>;

export interface StandingInputs {
  projects: readonly StandingProject[];
  reports: readonly StandingReport[];
  portalRounds: PortalRounds;
  nowMs: number;
  overrides?: DeadlineOverrides;
}

const PROGRESS: Record<ReportStanding, number> = { noDraft: 0, draft: 1, ready: 2, submitted: 3 };

/**
 * How each tracked round stands. A project is expected to report both rounds of every fiscal year ticked in
 * its plan years. Its report counts as submitted when our draft is marked submitted, or when the portal
 * showed the round saved or the project completed (a round the portal already has is never nagged about).
 * Every project on this computer counts, whichever unit it names: a stale unit setting must not hide one.
 */
export function roundStandings({
  projects,
  reports,
  portalRounds,
  nowMs,
  overrides,
}: StandingInputs): RoundStanding[] {
  const furthest = furthestDrafts(reports);
  return trackedRounds(nowMs, overrides).map((schedule) => {
    const counts: RoundCounts = { noDraft: 0, draft: 0, ready: 0, submitted: 0 };
    const outstandingProjectIds: string[] = [];
    for (const project of projects) {
      if (!project.planYears.includes(schedule.fiscalYear)) continue;
      const standing = reportStanding(project, furthest, portalRounds, schedule);
      counts[standing] += 1;
      if (standing !== 'submitted') outstandingProjectIds.push(project.id);
    }
    return {
      schedule,
      daysLeft: daysLeft(nowMs, schedule.due),
      overdue: isLate(nowMs, schedule),
      expected: counts.noDraft + counts.draft + counts.ready + counts.submitted,
      counts,
      outstanding: outstandingProjectIds.length,
      outstandingProjectIds,
    };
  });
}

const draftKey = (projectId: string, fiscalYear: number, round: number) =>
  `${projectId}:${fiscalYear}:${round}`;

/**
 * Each project's round, as far along as its drafts go. Two drafts of one round (say, one restored from a
 * backup) count as the furthest along. Gathered in one pass: looking through every report for every
 * project grew with their product (a store of every unit's plan took the background tens of seconds).
 */
function furthestDrafts(reports: readonly StandingReport[]): Map<string, ReportStanding> {
  const furthest = new Map<string, ReportStanding>();
  for (const report of reports) {
    const key = draftKey(report.projectId, report.fiscalYear, report.round);
    if (PROGRESS[report.lifecycle] > PROGRESS[furthest.get(key) ?? 'noDraft'])
      furthest.set(key, report.lifecycle);
  }
  return furthest;
}

function reportStanding(
  project: StandingProject,
  furthest: ReadonlyMap<string, ReportStanding>,
  portalRounds: PortalRounds,
  { fiscalYear, round }: RoundSchedule,
): ReportStanding {
  if (project.portalId !== undefined && isSavedOnPortal(portalRounds, project.portalId, fiscalYear, round)) {
    return 'submitted';
  }
  return furthest.get(draftKey(project.id, fiscalYear, round)) ?? 'noDraft';
}
