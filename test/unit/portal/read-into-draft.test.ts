import { describe, expect, it } from 'vitest';
import { emptyRoundReport } from '../../../utils/model/round-report';
import { matchControls } from '../../../utils/portal/match-controls';
import { planReportFill } from '../../../utils/portal/plan-fill';
import { REPORT_PROFILE } from '../../../utils/portal/profiles/report-profile';
import { readReportFields } from '../../../utils/portal/read-into-draft';
import { reportForm, type ReportFormOptions } from './collected-controls';

function read(form: ReportFormOptions) {
  const { controls, hiddenNames } = reportForm(form);
  return readReportFields(matchControls(REPORT_PROFILE, controls, [], hiddenNames));
}

describe('readReportFields', () => {
  it('reads every field of the standard form as draft fields', () => {
    expect(
      read({
        state: {
          amount: '50000',
          paid: '12500',
          inPlan: true,
          status: '4',
          reason: '4',
          reasonText: 'รอผลการจัดสรรงบประมาณ',
          remark: 'หมายเหตุ ๑',
        },
      }),
    ).toEqual({
      fields: {
        ordinanceBudget: 50_000,
        disbursed: 12_500,
        inPlan: true,
        status: '4',
        reason: '4',
        otherReason: 'รอผลการจัดสรรงบประมาณ',
        remarks: 'หมายเหตุ ๑',
      },
      unreadable: [],
    });
  });

  it('reads the renamed form the same way', () => {
    const { fields } = read({ variant: 'renamed', state: { amount: '7000', status: '3', inPlan: true } });
    expect(fields).toMatchObject({ ordinanceBudget: 7_000, status: '3', inPlan: true, reason: null });
  });

  it('reads amounts written with commas, Thai digits or the unit', () => {
    expect(read({ state: { amount: '1,234,567', paid: '๑๒,๕๐๐' } }).fields).toMatchObject({
      ordinanceBudget: 1_234_567,
      disbursed: 12_500,
    });
    expect(read({ state: { amount: ' 50000 บาท ', paid: '0' } }).fields).toMatchObject({
      ordinanceBudget: 50_000,
      disbursed: 0,
    });
  });

  it('names an amount it cannot read and leaves it out rather than guess', () => {
    const { fields, unreadable } = read({ state: { amount: '50,00', paid: 'ห้าพัน' } });
    expect(unreadable).toEqual(['ordinanceBudget', 'disbursed']);
    expect(fields).not.toHaveProperty('ordinanceBudget');
    expect(fields).not.toHaveProperty('disbursed');
    expect(fields).toHaveProperty('remarks', '');
  });

  it('reads an empty amount as not entered', () => {
    const { fields, unreadable } = read({ state: { amount: '', paid: '   ' } });
    expect(fields).toMatchObject({ ordinanceBudget: null, disbursed: null });
    expect(unreadable).toEqual([]);
  });

  it('reads no chosen radio as null, and an unticked box as false', () => {
    expect(read({}).fields).toMatchObject({ status: null, reason: null, inPlan: false });
  });

  it('keeps text as typed', () => {
    const remark = '  บรรทัดแรก\nบรรทัดสอง  ';
    expect(read({ state: { remark } }).fields.remarks).toBe(remark);
  });

  it("leaves out fields without a control: a non-budget form's amounts, an unknown form's everything", () => {
    expect(Object.keys(read({ budget: null }).fields)).toEqual([
      'inPlan',
      'status',
      'reason',
      'otherReason',
      'remarks',
    ]);
    expect(read({ variant: 'unknown-labels' })).toEqual({ fields: {}, unreadable: [] });
  });

  it('reads what a fill from that reading would leave alone', () => {
    const form = reportForm({
      state: { amount: '30000', paid: '0', inPlan: true, status: '2', remark: 'ก' },
    });
    const match = matchControls(REPORT_PROFILE, form.controls, [], form.hiddenNames);
    const draft = { ...emptyRoundReport('p1', 2570, 1), ...readReportFields(match).fields };
    expect(planReportFill(match, draft).actions).toEqual([]);
  });
});
