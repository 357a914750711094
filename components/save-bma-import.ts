import type { BmaReport } from '../utils/bma-import/bma-report';
import { proposeProjectFields } from '../utils/bma-import/propose-project-fields';
import { proposeRoundDraft } from '../utils/bma-import/propose-round-draft';
import type { Round } from '../utils/calendar/rounds';
import type { Project, ProjectFields } from '../utils/model/project';
import type { RoundReport, RoundReportFields } from '../utils/model/round-report';
import { fieldsOf, type DraftStore } from '../utils/store/draft-store';

/**
 * A new project from what the report states; the plan form's choices the report does not make (work type,
 * dimension, target groups) get the commonest values, and the import screen says so.
 */
export function newProjectFields(report: BmaReport, unitCode: string, fiscalYear: number): ProjectFields {
  const proposed = proposeProjectFields(report, unitCode);
  return {
    name: '',
    planYears: [proposed.budgetYear ?? fiscalYear],
    workType: '1',
    dimension: '1',
    plannedBudget: null,
    targetGroups: [],
    objective: '',
    remark: '',
    ...proposed,
    unitCode,
  };
}

/** The project a report belongs to on this computer: the one with its BMA code. */
export function findProjectOf(report: BmaReport, projects: readonly Project[]): Project | undefined {
  return report.projectCode === null ? undefined : projects.find((p) => p.bmaCode === report.projectCode);
}

export function findRoundReport(
  reports: readonly RoundReport[],
  projectId: string,
  fiscalYear: number,
  round: Round,
): RoundReport | undefined {
  return reports.find((r) => r.projectId === projectId && r.fiscalYear === fiscalYear && r.round === round);
}

export interface SavedImport {
  project: Project;
  report: RoundReport;
  createdProject: boolean;
}

/**
 * Saves a read report as drafts: the project (found by BMA code, else created), then the round's report,
 * created or updated with the proposed remarks, disbursed amount, budget and status, as a draft again.
 */
export async function saveBmaImport(
  store: DraftStore,
  report: BmaReport,
  unitCode: string,
  fiscalYear: number,
  round: Round,
): Promise<SavedImport> {
  const { records: projects } = await store.list('project');
  const found = findProjectOf(report, projects);
  const project = found ?? (await store.saveProject(newProjectFields(report, unitCode, fiscalYear)));
  const proposal = proposeRoundDraft(report, fiscalYear, round, { projectId: project.id });
  const existing = findRoundReport(
    await store.listReportsOfProject(project.id),
    project.id,
    fiscalYear,
    round,
  );
  let fields: RoundReportFields = proposal.fields;
  if (existing) {
    // A round already sent stays submitted (the portal has it; reminders must not nag again); any other
    // goes back to draft, since its figures changed and need a fresh look before being marked ready.
    const submitted = existing.lifecycle === 'submitted';
    const { readyAt, ...kept } = fieldsOf(existing);
    fields = {
      ...kept,
      ...(submitted && readyAt !== undefined ? { readyAt } : {}),
      ordinanceBudget: proposal.fields.ordinanceBudget ?? kept.ordinanceBudget,
      disbursed: proposal.fields.disbursed,
      status: proposal.fields.status,
      remarks: proposal.fields.remarks,
      lifecycle: submitted ? 'submitted' : 'draft',
    };
  }
  const saved = await store.saveReport(fields, existing?.id);
  return { project, report: saved, createdProject: found === undefined };
}
