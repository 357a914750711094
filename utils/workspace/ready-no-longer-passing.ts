import type { ProjectFields } from '../model/project';
import type { RoundReportFields } from '../model/round-report';
import { checkReport } from '../rules/check-report';
import { reportCheckInputFromDraft } from '../rules/report-check-input-from-draft';

export interface ReportDraft {
  id: string;
  fields: RoundReportFields;
}

/**
 * The ready round drafts of a project that its checks now fail, made drafts again: "ready" vouches for a
 * draft that passed every check, and a change to its project (a planned budget given or taken away) can undo
 * that. `reports` are the project's reports as they now stand (a 12-month draft is checked with its 6-month
 * one, as in the editor).
 */
export function readyNoLongerPassing(
  project: Pick<ProjectFields, 'plannedBudget'>,
  reports: readonly ReportDraft[],
): ReportDraft[] {
  const demoted: ReportDraft[] = [];
  for (const { id, fields } of reports) {
    if (fields.lifecycle !== 'ready') continue;
    const sixMonth =
      fields.round === 2
        ? reports.find(
            (r) =>
              r.fields.projectId === fields.projectId &&
              r.fields.fiscalYear === fields.fiscalYear &&
              r.fields.round === 1,
          )
        : undefined;
    const input = reportCheckInputFromDraft(fields, project, sixMonth?.fields ?? null);
    if (checkReport(input).errors.length === 0) continue;
    const { readyAt: _readyAt, ...rest } = fields;
    demoted.push({ id, fields: { ...rest, lifecycle: 'draft' } });
  }
  return demoted;
}
