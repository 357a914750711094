import { describe, expect, it } from 'vitest';
import { readyNoLongerPassing } from '../../../utils/workspace/ready-no-longer-passing';
import { sampleReportFields } from '../sample-drafts';

const ready = (overrides: Parameters<typeof sampleReportFields>[1] = {}) =>
  sampleReportFields('p1', { lifecycle: 'ready', readyAt: 1_780_000_000_000, ...overrides });

describe('readyNoLongerPassing', () => {
  it('makes a ready draft a draft again once the project gains a budget its amounts were not entered for', () => {
    const report = { id: 'r1', fields: ready({ ordinanceBudget: null, disbursed: null }) };
    expect(readyNoLongerPassing({ plannedBudget: null }, [report])).toEqual([]);
    const demoted = readyNoLongerPassing({ plannedBudget: 80_000 }, [report]);
    expect(demoted.map((d) => d.id)).toEqual(['r1']);
    expect(demoted[0]!.fields.lifecycle).toBe('draft');
    expect(demoted[0]!.fields.readyAt).toBeUndefined();
    expect(demoted[0]!.fields.remarks).toBe(report.fields.remarks);
  });

  it('leaves ready drafts that still pass, drafts and submitted reports alone', () => {
    const reports = [
      { id: 'ok', fields: ready() },
      { id: 'draft', fields: sampleReportFields('p1', { round: 2, ordinanceBudget: null }) },
      {
        id: 'sent',
        fields: sampleReportFields('p1', { fiscalYear: 2569, ordinanceBudget: null, lifecycle: 'submitted' }),
      },
    ];
    expect(readyNoLongerPassing({ plannedBudget: 50_000 }, reports)).toEqual([]);
  });
});
