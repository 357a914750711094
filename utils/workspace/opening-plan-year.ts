import type { DeadlineOverrides } from '../calendar/rounds';
import type { Project } from '../model/project';
import type { RoundReport } from '../model/round-report';
import { trackedRounds } from '../reminders/tracked-rounds';

/** Every fiscal year the plan mentions: a project's planned years and the years of its reports. */
export function yearsInPlan(
  projects: readonly Pick<Project, 'planYears'>[],
  reports: readonly Pick<RoundReport, 'fiscalYear'>[],
): Set<number> {
  const years = new Set<number>(reports.map((r) => r.fiscalYear));
  for (const p of projects) for (const y of p.planYears) years.add(y);
  return years;
}

/**
 * The fiscal year the plan opens on: the year of the next round to fall due (so in October, the year just
 * ended, whose 12-month report is due that month). When no project is planned for that year yet (a new
 * year's plan not yet entered), the latest earlier year that has projects, so the plan never opens empty
 * while there are projects to show.
 */
export function openingPlanYear(
  nowMs: number,
  overrides: DeadlineOverrides | undefined,
  projects: readonly Pick<Project, 'planYears'>[],
  reports: readonly Pick<RoundReport, 'fiscalYear'>[],
): number {
  const next = trackedRounds(nowMs, overrides).at(-1)!.fiscalYear;
  const years = yearsInPlan(projects, reports);
  if (years.size === 0 || years.has(next)) return next;
  const earlier = [...years].filter((y) => y < next);
  return earlier.length > 0 ? Math.max(...earlier) : Math.min(...years);
}
