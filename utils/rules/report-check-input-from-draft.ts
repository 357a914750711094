import type { ProjectFields } from '../model/project';
import type { RoundReportFields } from '../model/round-report';
import type { ReportCheckInput, SixMonthDisbursed } from './report-check-input';

/** The portal's name for the disbursed amount, as kept in `submittedValues`. */
const SUBMITTED_DISBURSED_NAME = 'txtPaid';
const DIGITS_ONLY = /^\d{1,15}$/;

/**
 * The check input for a draft in the workspace: the amounts as the fill would type them, and no page (there
 * is none). For a 12-month draft, the same project's 6-month report of the same year gives the figure to
 * compare with; any other report passed there is ignored.
 */
export function reportCheckInputFromDraft(
  report: RoundReportFields,
  project: Pick<ProjectFields, 'plannedBudget'>,
  sixMonthReport: RoundReportFields | null = null,
): ReportCheckInput {
  return {
    fiscalYear: report.fiscalYear,
    round: report.round,
    ordinanceBudgetText: amountText(report.ordinanceBudget),
    disbursedText: amountText(report.disbursed),
    amountFieldsPresent: project.plannedBudget !== null,
    inPlan: report.inPlan,
    status: report.status,
    reason: report.reason,
    otherReason: report.otherReason,
    remarks: report.remarks,
    project: { plannedBudget: project.plannedBudget },
    page: null,
    filledFrom: null,
    sixMonth: report.round === 2 ? sixMonthDisbursedOf(report, sixMonthReport) : null,
  };
}

/** String(1234.5) is `1234.5`, which the checks read back and reject as fractional: nothing is rounded. */
function amountText(baht: number | null): string {
  return baht === null ? '' : String(baht);
}

export function sixMonthDisbursedOf(
  report: RoundReportFields,
  sixMonth: RoundReportFields | null,
): SixMonthDisbursed | null {
  if (
    sixMonth === null ||
    sixMonth.round !== 1 ||
    sixMonth.projectId !== report.projectId ||
    sixMonth.fiscalYear !== report.fiscalYear
  ) {
    return null;
  }
  // What the portal received outranks the draft, which may have been edited since.
  const sent = sixMonth.submittedValues?.[SUBMITTED_DISBURSED_NAME];
  if (sixMonth.lifecycle === 'submitted' && sent !== undefined && DIGITS_ONLY.test(sent)) {
    return { disbursed: Number(sent), source: 'submitted' };
  }
  return { disbursed: sixMonth.disbursed, source: 'draft' };
}
