import { checkReport } from '../../../utils/rules/check-report';
import { ReportCheckInputSchema, type ReportCheckInput } from '../../../utils/rules/report-check-input';
import type { Finding } from '../../../utils/rules/rule';

/**
 * A budget project's 6-month report, filled from its own draft on its own page, with nothing to say about
 * it: each test changes the one thing its rule looks at.
 */
export function cleanInput(overrides: Partial<ReportCheckInput> = {}): ReportCheckInput {
  return ReportCheckInputSchema.parse({
    fiscalYear: 2570,
    round: 1,
    ordinanceBudgetText: '50000',
    disbursedText: '12500',
    amountFieldsPresent: true,
    inPlan: true,
    status: '2',
    reason: null,
    otherReason: '',
    remarks: 'อยู่ระหว่างรวบรวมรายชื่อหัวหน้าหน่วยงานและเจ้าหน้าที่ผู้ได้รับมอบหมาย',
    project: { plannedBudget: 50_000 },
    page: { fiscalYear: 2570, round: 1 },
    filledFrom: { fiscalYear: 2570, round: 1 },
    sixMonth: null,
    ...overrides,
  });
}

/** A 12-month report of the same project, the 6-month one having disbursed 12,500 baht. */
export function twelveMonthInput(overrides: Partial<ReportCheckInput> = {}): ReportCheckInput {
  return cleanInput({
    round: 2,
    page: { fiscalYear: 2570, round: 2 },
    filledFrom: { fiscalYear: 2570, round: 2 },
    disbursedText: '30000',
    sixMonth: { disbursed: 12_500, source: 'submitted' },
    ...overrides,
  });
}

/** A project run without a budget: its page has no amount inputs. */
export function nonBudgetInput(overrides: Partial<ReportCheckInput> = {}): ReportCheckInput {
  return cleanInput({
    amountFieldsPresent: false,
    ordinanceBudgetText: '',
    disbursedText: '',
    inPlan: false,
    project: { plannedBudget: null },
    ...overrides,
  });
}

export function findingsOf(ruleId: string, input: ReportCheckInput): Finding[] {
  return checkReport(input).findings.filter((f) => f.ruleId === ruleId);
}

export function ruleIdsOf(input: ReportCheckInput): string[] {
  return checkReport(input).findings.map((f) => f.ruleId);
}
