import { describe, expect, it } from 'vitest';
import { cleanInput, findingsOf, nonBudgetInput, twelveMonthInput } from './report-check-fixtures';

describe('budget.disbursed-over-ordinance', () => {
  it('is an error one baht over', () => {
    const [finding] = findingsOf(
      'budget.disbursed-over-ordinance',
      cleanInput({ ordinanceBudgetText: '40000', disbursedText: '40001' }),
    );
    expect(finding).toMatchObject({
      severity: 'error',
      fields: ['disbursed', 'ordinanceBudget'],
      params: { disbursed: '40,001', ordinanceBudget: '40,000' },
    });
  });

  it('accepts disbursed equal to the ordinance budget', () => {
    const input = cleanInput({ ordinanceBudgetText: '40000', disbursedText: '40000' });
    expect(findingsOf('budget.disbursed-over-ordinance', input)).toEqual([]);
  });

  it('compares the normalised amounts, not the text', () => {
    const input = cleanInput({ ordinanceBudgetText: '๔๐,๐๐๐ บาท', disbursedText: '9,000' });
    expect(findingsOf('budget.disbursed-over-ordinance', input)).toEqual([]);
  });

  it('leaves an unreadable amount to its own error', () => {
    const input = cleanInput({ ordinanceBudgetText: 'abc', disbursedText: '40001' });
    expect(findingsOf('budget.disbursed-over-ordinance', input)).toEqual([]);
  });
});

describe('budget.over-planned', () => {
  it('warns for an ordinance budget one baht over the plan', () => {
    const input = cleanInput({ ordinanceBudgetText: '50001', disbursedText: '100' });
    expect(findingsOf('budget.over-planned', input)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        fields: ['ordinanceBudget'],
        messageKey: 'ruleOrdinanceOverPlanned',
        params: { ordinanceBudget: '50,001', plannedBudget: '50,000' },
      }),
    ]);
  });

  it('warns for disbursed over the plan, each field on its own', () => {
    const input = cleanInput({ ordinanceBudgetText: '60000', disbursedText: '55000' });
    expect(findingsOf('budget.over-planned', input).map((f) => f.messageKey)).toEqual([
      'ruleOrdinanceOverPlanned',
      'ruleDisbursedOverPlanned',
    ]);
  });

  it('accepts both equal to the plan, and a project without a planned budget', () => {
    expect(
      findingsOf('budget.over-planned', cleanInput({ ordinanceBudgetText: '50000', disbursedText: '50000' })),
    ).toEqual([]);
    expect(findingsOf('budget.over-planned', nonBudgetInput({ amountFieldsPresent: true }))).toEqual([]);
  });
});

describe('budget.twelve-month-below-six-month', () => {
  it('warns when the 12-month figure is below what was submitted for 6 months', () => {
    const [finding] = findingsOf(
      'budget.twelve-month-below-six-month',
      twelveMonthInput({ disbursedText: '12499' }),
    );
    expect(finding).toMatchObject({
      severity: 'warning',
      fields: ['disbursed'],
      messageKey: 'ruleTwelveMonthBelowSubmitted',
      params: { disbursed: '12,499', sixMonthDisbursed: '12,500' },
    });
  });

  it('names the saved draft when nothing was submitted', () => {
    const input = twelveMonthInput({ disbursedText: '0', sixMonth: { disbursed: 12_500, source: 'draft' } });
    expect(findingsOf('budget.twelve-month-below-six-month', input)[0]?.messageKey).toBe(
      'ruleTwelveMonthBelowDraft',
    );
  });

  it('accepts an equal figure, a 6-month round without one, and the 6-month round itself', () => {
    const quiet = [
      twelveMonthInput({ disbursedText: '12500' }),
      twelveMonthInput({ disbursedText: '0', sixMonth: { disbursed: null, source: 'draft' } }),
      twelveMonthInput({ disbursedText: '0', sixMonth: null }),
      cleanInput({ round: 1, disbursedText: '0', sixMonth: { disbursed: 12_500, source: 'submitted' } }),
    ];
    for (const input of quiet) expect(findingsOf('budget.twelve-month-below-six-month', input)).toEqual([]);
  });
});

describe('budget.in-plan-unticked', () => {
  it('warns for a budget project with the box unticked', () => {
    const [finding] = findingsOf('budget.in-plan-unticked', cleanInput({ inPlan: false }));
    expect(finding).toMatchObject({ severity: 'warning', fields: ['inPlan'] });
  });

  it('is quiet when ticked, and for a project without a budget', () => {
    expect(findingsOf('budget.in-plan-unticked', cleanInput({ inPlan: true }))).toEqual([]);
    expect(findingsOf('budget.in-plan-unticked', nonBudgetInput({ inPlan: false }))).toEqual([]);
  });
});

describe('budget.completed-round-one-nothing-disbursed', () => {
  const completed = { status: '3' as const, disbursedText: '0' };

  it('warns for a budget project completed in round 1 with 0 disbursed', () => {
    const [finding] = findingsOf('budget.completed-round-one-nothing-disbursed', cleanInput(completed));
    expect(finding).toMatchObject({ severity: 'warning', fields: ['disbursed', 'status'] });
  });

  it('also reads `๐ บาท` as nothing', () => {
    const input = cleanInput({ ...completed, disbursedText: '๐ บาท' });
    expect(findingsOf('budget.completed-round-one-nothing-disbursed', input)).toHaveLength(1);
  });

  it('is quiet for 1 baht, for round 2, for in progress, and for a project without a budget', () => {
    const quiet = [
      cleanInput({ ...completed, disbursedText: '1' }),
      twelveMonthInput({ ...completed, sixMonth: null }),
      cleanInput({ ...completed, status: '2' }),
      nonBudgetInput({ status: '3' }),
    ];
    for (const input of quiet) {
      expect(findingsOf('budget.completed-round-one-nothing-disbursed', input)).toEqual([]);
    }
  });
});
