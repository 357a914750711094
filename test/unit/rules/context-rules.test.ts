import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../utils/rules/check-report';
import { cleanInput, findingsOf } from './report-check-fixtures';

describe('context.page-mismatch', () => {
  it("is an error when the page's fiscal year differs from the draft's", () => {
    const input = cleanInput({
      page: { fiscalYear: 2569, round: 1 },
      filledFrom: { fiscalYear: 2570, round: 1 },
    });
    const result = checkReport(input);
    expect(result.findings[0]).toMatchObject({
      ruleId: 'context.page-mismatch',
      severity: 'error',
      fields: ['page'],
      params: { pageYear: 2569, pageMonths: 6, draftYear: 2570, draftMonths: 6 },
    });
    expect(result.canSubmit).toBe(false);
  });

  it("is an error when the page's round differs from the draft's", () => {
    const input = cleanInput({
      page: { fiscalYear: 2570, round: 2 },
      filledFrom: { fiscalYear: 2570, round: 1 },
    });
    expect(findingsOf('context.page-mismatch', input)[0]?.params).toEqual({
      pageYear: 2570,
      pageMonths: 12,
      draftYear: 2570,
      draftMonths: 6,
    });
  });

  it('is quiet when they match, when typed by hand, and in the workspace', () => {
    const quiet = [
      cleanInput(),
      cleanInput({ page: { fiscalYear: 2569, round: 2 }, filledFrom: null }),
      cleanInput({ page: null, filledFrom: { fiscalYear: 2569, round: 2 } }),
    ];
    for (const input of quiet) expect(findingsOf('context.page-mismatch', input)).toEqual([]);
  });
});
