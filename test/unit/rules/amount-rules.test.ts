import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../utils/rules/check-report';
import { cleanInput, findingsOf, nonBudgetInput } from './report-check-fixtures';

describe('amount.normalised: shown, never silent', () => {
  it('says what each amount will be sent as', () => {
    const result = checkReport(cleanInput({ ordinanceBudgetText: '๕๐,๐๐๐ บาท', disbursedText: '12,500' }));
    expect(result.normalised).toEqual({ ordinanceBudget: '50000', disbursed: '12500' });
    expect(result.findings).toEqual([
      {
        ruleId: 'amount.normalised',
        severity: 'warning',
        fields: ['ordinanceBudget'],
        messageKey: 'ruleAmountNormalisedOrdinanceBudget',
        params: { typed: '๕๐,๐๐๐ บาท', portalValue: '50000' },
      },
      {
        ruleId: 'amount.normalised',
        severity: 'warning',
        fields: ['disbursed'],
        messageKey: 'ruleAmountNormalisedDisbursed',
        params: { typed: '12,500', portalValue: '12500' },
      },
    ]);
    expect(result.canSubmit).toBe(true);
  });

  it.each([
    [' 50000 ', '50000'],
    ['50000บาท', '50000'],
    ['50,000.00', '50000'],
    ['050000', '50000'],
    ['฿50,000', '50000'],
  ])('normalises %j to %s', (typed, portalValue) => {
    const [finding] = findingsOf('amount.normalised', cleanInput({ ordinanceBudgetText: typed }));
    expect(finding?.params).toEqual({ typed, portalValue });
  });

  it('is quiet when the amount is already digits only', () => {
    const result = checkReport(cleanInput({ ordinanceBudgetText: '50000', disbursedText: '0' }));
    expect(result.findings).toEqual([]);
    expect(result.normalised).toEqual({ ordinanceBudget: '50000', disbursed: '0' });
  });
});

describe('amount.unreadable', () => {
  it.each(['1,5OO', '12a', '-500', '1,23,456', '50 000', '1.2.3', 'ห้าหมื่น'])('is an error for %j', (typed) => {
    const result = checkReport(cleanInput({ disbursedText: typed }));
    const findings = result.findings.filter((f) => f.ruleId === 'amount.unreadable');
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        fields: ['disbursed'],
        messageKey: 'ruleAmountUnreadableDisbursed',
        params: { typed },
      }),
    ]);
    expect(result.normalised.disbursed).toBeNull();
    expect(result.canSubmit).toBe(false);
  });

  it('accepts the nearest readable forms', () => {
    for (const typed of ['1,500', '12', '500', '123,456', '50000']) {
      expect(findingsOf('amount.unreadable', cleanInput({ disbursedText: typed })), typed).toEqual([]);
    }
  });

  it('quotes at most 40 characters of what was typed', () => {
    const [finding] = findingsOf('amount.unreadable', cleanInput({ disbursedText: 'x'.repeat(500) }));
    expect(finding?.params['typed']).toBe(`${'x'.repeat(40)}…`);
  });
});

describe('amount.fractional: whole baht only, never rounded', () => {
  it('is an error for satang', () => {
    const result = checkReport(cleanInput({ ordinanceBudgetText: '50,000.50' }));
    expect(result.findings.filter((f) => f.ruleId === 'amount.fractional')).toEqual([
      expect.objectContaining({
        severity: 'error',
        fields: ['ordinanceBudget'],
        params: { typed: '50,000.50' },
      }),
    ]);
    expect(result.normalised.ordinanceBudget).toBeNull();
  });

  it('accepts zero satang', () => {
    expect(findingsOf('amount.fractional', cleanInput({ ordinanceBudgetText: '50,000.00' }))).toEqual([]);
  });
});

describe('amount.empty', () => {
  it.each(['', '  ', '\u200b'])('is an error for %j on a budget project', (typed) => {
    const [finding] = findingsOf('amount.empty', cleanInput({ disbursedText: typed }));
    expect(finding).toMatchObject({ severity: 'error', fields: ['disbursed'] });
  });

  it('accepts 0, and says nothing for a page without amount inputs', () => {
    expect(findingsOf('amount.empty', cleanInput({ disbursedText: '0' }))).toEqual([]);
    const nonBudget = checkReport(nonBudgetInput());
    expect(nonBudget.findings).toEqual([]);
    expect(nonBudget.normalised).toEqual({ ordinanceBudget: null, disbursed: null });
  });

  it('ignores whatever text a page without amount inputs was given', () => {
    const input = nonBudgetInput({ ordinanceBudgetText: 'abc', disbursedText: '1.5' });
    expect(checkReport(input).findings).toEqual([]);
  });
});
