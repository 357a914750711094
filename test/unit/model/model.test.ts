import { describe, expect, it } from 'vitest';
import { ProjectFieldsSchema, ProjectSchema } from '../../../utils/model/project';
import { RoundReportFieldsSchema, emptyRoundReport } from '../../../utils/model/round-report';
import { describeZodIssues } from '../../../utils/validation/describe-zod-issues';
import { sampleProjectFields, sampleReportFields } from '../sample-drafts';

function problems(result: { success: boolean; error?: unknown }) {
  return result.success ? [] : describeZodIssues(result.error as never);
}

describe('Project', () => {
  it('accepts a project without a budget or a portal id yet', () => {
    expect(ProjectFieldsSchema.parse(sampleProjectFields())).toMatchObject({ plannedBudget: null });
  });

  it('says which field is wrong and why', () => {
    const bad = {
      ...sampleProjectFields(),
      bmaCode: '0300-6917',
      planYears: [2020],
      dimension: '5',
      colour: 'red',
    };
    expect(problems(ProjectFieldsSchema.safeParse(bad))).toEqual([
      'bmaCode: a BMA project code looks like 03000000-6917',
      'planYears[0]: Too small: expected number to be >=2500',
      'dimension: Invalid option: expected one of "1"|"2"|"3"|"4"',
      '(the whole file): Unrecognized key: "colour"',
    ]);
  });

  it('needs the store bookkeeping on a stored project', () => {
    expect(problems(ProjectSchema.safeParse(sampleProjectFields()))).toContain(
      'revision: Invalid input: expected number, received undefined',
    );
  });
});

describe('RoundReport', () => {
  it('starts as an empty draft with nothing chosen', () => {
    expect(RoundReportFieldsSchema.parse(emptyRoundReport('p1', 2570, 2))).toEqual({
      projectId: 'p1',
      fiscalYear: 2570,
      round: 2,
      ordinanceBudget: null,
      disbursed: null,
      inPlan: false,
      status: null,
      reason: null,
      otherReason: '',
      remarks: '',
      lifecycle: 'draft',
    });
  });

  it('refuses a third round, a negative amount, a status the portal does not have, an unknown lifecycle', () => {
    const bad = { ...sampleReportFields('p1'), round: 3, disbursed: -1, status: '1', lifecycle: 'sent' };
    expect(problems(RoundReportFieldsSchema.safeParse(bad)).map((p) => p.split(':')[0])).toEqual([
      'round',
      'disbursed',
      'status',
      'lifecycle',
    ]);
  });

  it('keeps the values that were submitted to the portal', () => {
    const submitted = {
      ...sampleReportFields('p1'),
      lifecycle: 'submitted',
      submittedAt: 1_790_000_000_000,
      submittedValues: { txtAmount: '50000', status_process: '2' },
    };
    expect(RoundReportFieldsSchema.parse(submitted).submittedValues).toEqual({
      txtAmount: '50000',
      status_process: '2',
    });
  });
});
