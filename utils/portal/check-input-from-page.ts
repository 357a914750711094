import type { CollectedControl } from '../messaging/page-protocol';
import type { RoundReport } from '../model/round-report';
import type { ReportCheckInput, ReportPeriod } from '../rules/report-check-input';
import { sixMonthDisbursedOf } from '../rules/report-check-input-from-draft';
import type { ReportField } from '../rules/report-field';
import type { MatchResult } from './match-controls';
import type { PortalPage } from './page-kind';

/** The page's control for a report field (a radio group: its ticked radio, else its first). */
export function controlOfField(match: MatchResult, field: ReportField): CollectedControl | undefined {
  const m = match.matched.find((x) => x.spec.field === field);
  if (!m) return undefined;
  if (m.control) return m.control;
  const options = [...(m.optionControls?.values() ?? [])];
  return options.find((c) => c.checked) ?? options[0];
}

function chosen(match: MatchResult, field: string): string | null {
  const m = match.matched.find((x) => x.spec.field === field);
  return [...(m?.optionControls ?? [])].find(([, c]) => c.checked)?.[0] ?? null;
}

/**
 * What the report page's form would send, as the rules read it: amounts as typed, the choices made, and
 * the context (the project's planned budget, the page's period, the draft that was filled in, the 6-month
 * figure for a 12-month report). Pure: built from collected controls.
 */
export function reportCheckInputFromPage(args: {
  match: MatchResult;
  page: PortalPage;
  plannedBudget: number | null;
  projectReports: readonly RoundReport[];
  filledFrom: ReportPeriod | null;
}): ReportCheckInput | null {
  const { match, page } = args;
  if (page.kind !== 'report' || !page.fiscalYear || !page.round) return null;
  const text = (field: ReportField) => controlOfField(match, field)?.value ?? '';
  const amountFieldsPresent =
    controlOfField(match, 'ordinanceBudget') !== undefined &&
    controlOfField(match, 'disbursed') !== undefined;
  const here = args.projectReports.find((r) => r.fiscalYear === page.fiscalYear && r.round === page.round);
  const sixMonth = args.projectReports.find((r) => r.fiscalYear === page.fiscalYear && r.round === 1) ?? null;
  return {
    fiscalYear: page.fiscalYear,
    round: page.round,
    ordinanceBudgetText: text('ordinanceBudget'),
    disbursedText: text('disbursed'),
    amountFieldsPresent,
    inPlan: controlOfField(match, 'inPlan')?.checked ?? false,
    status: chosen(match, 'status') as ReportCheckInput['status'],
    reason: chosen(match, 'reason') as ReportCheckInput['reason'],
    otherReason: text('otherReason'),
    remarks: text('remarks'),
    project: { plannedBudget: args.plannedBudget },
    page: { fiscalYear: page.fiscalYear, round: page.round },
    filledFrom: args.filledFrom,
    sixMonth:
      page.round === 2 && here
        ? sixMonthDisbursedOf(here, sixMonth)
        : page.round === 2 && sixMonth
          ? sixMonthDisbursedOf({ ...sixMonth, round: 2 }, sixMonth)
          : null,
  };
}
