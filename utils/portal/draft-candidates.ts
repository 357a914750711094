import type { Project } from '../model/project';
import type { RoundReport } from '../model/round-report';
import { comparisonKey } from '../thai/comparison-key';
import type { PortalPage } from './page-kind';

export interface DraftCandidate {
  project: Project;
  /** The project's draft for the page's year and round, if one exists yet. */
  report: RoundReport | undefined;
  matchedBy: 'portal-id' | 'name';
}

/** Names compared as a person would (`comparisonKey`): digits, spacing, ำ typed either way aside. */
export function sameProjectName(a: string, b: string): boolean {
  const key = comparisonKey(a);
  return key !== '' && key === comparisonKey(b);
}

/**
 * The drafts that belong to a report page: by the portal's project id, else by the project's name (in the
 * page's h2) among the projects planned for that year. Several candidates: the user picks.
 */
export function findDraftCandidates(
  page: PortalPage,
  heading: string,
  projects: readonly Project[],
  reports: readonly RoundReport[],
): DraftCandidate[] {
  const reportOf = (p: Project) =>
    reports.find((r) => r.projectId === p.id && r.fiscalYear === page.fiscalYear && r.round === page.round);
  const byId = page.projectId ? projects.filter((p) => p.portalId === page.projectId) : [];
  if (byId.length > 0)
    return byId.map((project) => ({ project, report: reportOf(project), matchedBy: 'portal-id' }));
  return projects
    .filter(
      (p) =>
        sameProjectName(p.name, heading) &&
        (page.fiscalYear === undefined || p.planYears.includes(page.fiscalYear) || reportOf(p) !== undefined),
    )
    .map((project) => ({ project, report: reportOf(project), matchedBy: 'name' }));
}
