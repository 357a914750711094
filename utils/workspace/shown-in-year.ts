import type { Project } from '../model/project';

/**
 * Whether the plan of one fiscal year lists a project: it is planned for that year, or has a report of it
 * (a draft is never hidden), or has no plan years (a record from elsewhere is never lost). A project that
 * owes a round of another year is listed under "needs attention", whatever the year shown.
 */
export function shownInYear(
  project: Pick<Project, 'planYears'>,
  fiscalYear: number,
  hasReportThatYear: boolean,
): boolean {
  return project.planYears.length === 0 || project.planYears.includes(fiscalYear) || hasReportThatYear;
}
