import { describe, expect, it } from 'vitest';
import type { RoundReportFields } from '../../../utils/model/round-report';
import { checkReport } from '../../../utils/rules/check-report';
import { ReportCheckInputSchema } from '../../../utils/rules/report-check-input';
import { reportCheckInputFromDraft } from '../../../utils/rules/report-check-input-from-draft';
import { sampleProjectFields, sampleReportFields } from '../sample-drafts';

const budgetProject = sampleProjectFields({ plannedBudget: 50_000 });

function twelveMonthDraft(overrides: Partial<RoundReportFields> = {}): RoundReportFields {
  return sampleReportFields('p1', { round: 2, disbursed: 10_000, ...overrides });
}

function sixMonthDraft(overrides: Partial<RoundReportFields> = {}): RoundReportFields {
  return sampleReportFields('p1', { round: 1, disbursed: 12_500, ...overrides });
}

describe('reportCheckInputFromDraft', () => {
  it('makes an input the schema accepts, with the amounts as the fill would type them', () => {
    const input = reportCheckInputFromDraft(sampleReportFields('p1'), budgetProject);
    expect(ReportCheckInputSchema.parse(input)).toEqual(input);
    expect(input).toMatchObject({
      ordinanceBudgetText: '50000',
      disbursedText: '12500',
      amountFieldsPresent: true,
      page: null,
      filledFrom: null,
      sixMonth: null,
    });
    expect(checkReport(input).findings).toEqual([]);
  });

  it('leaves amounts not entered empty, and satang for the checks to reject', () => {
    const draft = sampleReportFields('p1', { ordinanceBudget: null, disbursed: 1234.5 });
    const result = checkReport(reportCheckInputFromDraft(draft, budgetProject));
    expect(result.errors.map((f) => [f.ruleId, f.fields])).toEqual([
      ['amount.empty', ['ordinanceBudget']],
      ['amount.fractional', ['disbursed']],
    ]);
  });

  it('has no amount inputs for a project without a budget', () => {
    const input = reportCheckInputFromDraft(sampleReportFields('p1'), sampleProjectFields());
    expect(input.amountFieldsPresent).toBe(false);
    expect(checkReport(input).normalised).toEqual({ ordinanceBudget: null, disbursed: null });
  });

  it("compares a 12-month draft with the same year's 6-month draft", () => {
    const input = reportCheckInputFromDraft(twelveMonthDraft(), budgetProject, sixMonthDraft());
    expect(input.sixMonth).toEqual({ disbursed: 12_500, source: 'draft' });
    expect(checkReport(input).warnings.map((f) => f.messageKey)).toEqual(['ruleTwelveMonthBelowDraft']);
  });

  it('prefers what the portal received for the 6-month round', () => {
    const submitted = sixMonthDraft({ lifecycle: 'submitted', submittedValues: { txtPaid: '15000' } });
    expect(reportCheckInputFromDraft(twelveMonthDraft(), budgetProject, submitted).sixMonth).toEqual({
      disbursed: 15_000,
      source: 'submitted',
    });
    const unrecorded = sixMonthDraft({ lifecycle: 'submitted' });
    expect(reportCheckInputFromDraft(twelveMonthDraft(), budgetProject, unrecorded).sixMonth).toEqual({
      disbursed: 12_500,
      source: 'draft',
    });
  });

  it('ignores a 6-month report of another project or year, and any for a 6-month draft', () => {
    const others = [
      sampleReportFields('p2', { round: 1 }),
      sampleReportFields('p1', { round: 1, fiscalYear: 2569 }),
      twelveMonthDraft(),
    ];
    for (const other of others) {
      expect(reportCheckInputFromDraft(twelveMonthDraft(), budgetProject, other).sixMonth).toBeNull();
    }
    expect(reportCheckInputFromDraft(sixMonthDraft(), budgetProject, sixMonthDraft()).sixMonth).toBeNull();
  });
});
