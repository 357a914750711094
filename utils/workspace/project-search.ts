import type { Project } from '../model/project';
import type { RoundReport } from '../model/round-report';
import { comparisonKey } from '../thai/comparison-key';

/** Where a project matched what was searched for. */
export type SearchPlace = 'name' | 'code' | 'objective' | 'remark' | 'reportRemarks';

export interface SearchableProject {
  project: Project;
  /** Each searchable text, already folded (see `comparisonKey`). */
  texts: readonly { place: SearchPlace; folded: string; report?: RoundReport }[];
}

/** Prepares projects for searching once, so each keystroke only compares strings. */
export function searchableProjects(
  projects: readonly Project[],
  reports: readonly RoundReport[],
): SearchableProject[] {
  const reportsOf = new Map<string, RoundReport[]>();
  for (const r of reports) {
    const list = reportsOf.get(r.projectId);
    if (list) list.push(r);
    else reportsOf.set(r.projectId, [r]);
  }
  return projects.map((project) => ({
    project,
    texts: [
      { place: 'name' as const, folded: comparisonKey(project.name) },
      // Each text apart: spaces are folded away, so a query must not match across two texts' seam.
      ...[project.bmaCode, project.portalId].map((code) => ({
        place: 'code' as const,
        folded: comparisonKey(code ?? ''),
      })),
      { place: 'objective' as const, folded: comparisonKey(project.objective) },
      { place: 'remark' as const, folded: comparisonKey(project.remark) },
      ...(reportsOf.get(project.id) ?? []).flatMap((report) =>
        [report.remarks, report.otherReason].map((text) => ({
          place: 'reportRemarks' as const,
          folded: comparisonKey(text),
          report,
        })),
      ),
    ].filter((t) => t.folded !== ''),
  }));
}

export interface SearchHit {
  project: Project;
  /** The first place it matched; undefined when nothing was searched for. */
  place?: SearchPlace;
  /** For a match in a round report's remarks, that report. */
  report?: RoundReport;
}

/** The projects whose name, codes, objective, remark or any round's remarks contain the query. */
export function searchProjects(projects: readonly SearchableProject[], query: string): SearchHit[] {
  const q = comparisonKey(query);
  if (q === '') return projects.map(({ project }) => ({ project }));
  const hits: SearchHit[] = [];
  for (const { project, texts } of projects) {
    const found = texts.find((t) => t.folded.includes(q));
    if (found) hits.push({ project, place: found.place, report: found.report });
  }
  return hits;
}
