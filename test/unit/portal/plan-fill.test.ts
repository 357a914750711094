import { describe, expect, it } from 'vitest';
import type { CollectedControl, FillAction } from '../../../utils/messaging/page-protocol';
import { emptyRoundReport, type RoundReportFields } from '../../../utils/model/round-report';
import { matchControls } from '../../../utils/portal/match-controls';
import { planReportFill, type FillPlan, type PreviewRow } from '../../../utils/portal/plan-fill';
import { REPORT_PROFILE } from '../../../utils/portal/profiles/report-profile';
import type { TaughtBinding } from '../../../utils/portal/taught-binding';
import { named, reportForm, type ReportFormOptions } from './collected-controls';

function draft(overrides: Partial<RoundReportFields> = {}): RoundReportFields {
  return { ...emptyRoundReport('p1', 2570, 1), ...overrides };
}

function planFor(
  form: ReportFormOptions,
  fields: Partial<RoundReportFields>,
  taught: TaughtBinding[] = [],
): { plan: FillPlan; controls: CollectedControl[] } {
  const { controls, hiddenNames } = reportForm(form);
  const plan = planReportFill(matchControls(REPORT_PROFILE, controls, taught, hiddenNames), draft(fields));
  return { plan, controls };
}

/** Actions as `set name=value` / `check name[=value] true`, naming the control each key points at. */
function described(controls: readonly CollectedControl[], actions: readonly FillAction[]): string[] {
  return actions.map((a) => {
    const c = controls.find((x) => x.key === a.key)!;
    const which = c.type === 'radio' ? `${c.name}=${c.value}` : c.name;
    return a.op === 'set' ? `set ${which}=${a.value}` : `check ${which} ${a.value}`;
  });
}

function states(plan: FillPlan): Record<string, PreviewRow['state']> {
  return Object.fromEntries(plan.preview.map((r) => [r.field, r.state]));
}

function row(plan: FillPlan, field: string): PreviewRow {
  const found = plan.preview.find((r) => r.field === field);
  if (!found) throw new Error(`no preview row for ${field}`);
  return found;
}

const FULL: Partial<RoundReportFields> = {
  ordinanceBudget: 50_000,
  disbursed: 12_500,
  inPlan: true,
  status: '2',
  remarks: 'อยู่ระหว่างจัดทำหนังสือขอข้อมูลเจ้าหน้าที่',
};

describe('planReportFill', () => {
  it('fills an empty standard form field by field, in the order the page needs', () => {
    const { plan, controls } = planFor({}, FULL);
    expect(described(controls, plan.actions)).toEqual([
      'set txtAmount=50000',
      'set txtPaid=12500',
      'check input_plan true',
      'check status_process=2 true',
      'set txtRemarkReport=อยู่ระหว่างจัดทำหนังสือขอข้อมูลเจ้าหน้าที่',
    ]);
    expect(states(plan)).toEqual({
      ordinanceBudget: 'fill',
      disbursed: 'fill',
      inPlan: 'fill',
      status: 'fill',
      reason: 'not-needed',
      otherReason: 'not-needed',
      remarks: 'fill',
    });
  });

  it('chooses the status before its reason, and the reason before its text', () => {
    const { plan, controls } = planFor(
      {},
      { status: '4', reason: '4', otherReason: 'รอผลการจัดสรรงบประมาณจากสำนักงบประมาณ' },
    );
    expect(described(controls, plan.actions)).toEqual([
      'check status_process=4 true',
      'check cant_process=4 true',
      'set cant_reason=รอผลการจัดสรรงบประมาณจากสำนักงบประมาณ',
    ]);
  });

  it('keeps that order when the page has the reason radios before the status radios', () => {
    const { controls } = reportForm();
    const reasonKeys = controls.filter((c) => c.name === 'cant_process').map((c) => c.key);
    const statusKeys = controls.filter((c) => c.name === 'status_process').map((c) => c.key);
    // Swap the two groups' positions on the page.
    const swapped = controls.map((c) => {
      const r = reasonKeys.indexOf(c.key);
      const s = statusKeys.indexOf(c.key);
      if (r >= 0) return { ...c, key: statusKeys[0]! + r };
      if (s >= 0) return { ...c, key: statusKeys[0]! + reasonKeys.length + s };
      return c;
    });
    swapped.sort((a, b) => a.key - b.key);
    const plan = planReportFill(matchControls(REPORT_PROFILE, swapped), draft({ status: '4', reason: '1' }));
    expect(described(swapped, plan.actions)).toEqual([
      'check status_process=4 true',
      'check cant_process=1 true',
    ]);
    expect(plan.actions[0]!.key).toBeGreaterThan(plan.actions[1]!.key);
  });

  it('fills the renamed form through its own controls', () => {
    const { plan, controls } = planFor({ variant: 'renamed' }, { ...FULL, status: '4', reason: '2' });
    expect(described(controls, plan.actions)).toEqual([
      'set amount_budget=50000',
      'set amount_paid=12500',
      'check in_plan true',
      'check status=4 true',
      'check reason=2 true',
      'set remark=อยู่ระหว่างจัดทำหนังสือขอข้อมูลเจ้าหน้าที่',
    ]);
  });

  it('plans nothing for a form none of whose fields matched', () => {
    const { plan } = planFor({ variant: 'unknown-labels' }, FULL);
    expect(plan).toEqual({ actions: [], preview: [] });
  });

  it("leaves a non-budget project's amounts to the portal", () => {
    const { plan, controls } = planFor({ budget: null }, { ...FULL, ordinanceBudget: 0, disbursed: 0 });
    expect(plan.preview.map((r) => r.field)).not.toContain('ordinanceBudget');
    expect(described(controls, plan.actions)[0]).toBe('check input_plan true');
  });

  describe('amounts', () => {
    it('writes whole baht as plain digits, without grouping', () => {
      const { plan, controls } = planFor({}, { ordinanceBudget: 1_234_567, disbursed: 0 });
      expect(described(controls, plan.actions).slice(0, 1)).toEqual(['set txtAmount=1234567']);
      expect(row(plan, 'ordinanceBudget')).toEqual({
        field: 'ordinanceBudget',
        labelTh: 'งบประมาณตามข้อบัญญัติ',
        current: '0',
        next: '1234567',
        state: 'fill',
      });
      // The page's 0 is already the draft's 0.
      expect(row(plan, 'disbursed').state).toBe('same');
    });

    it('calls a fractional amount invalid and fills nothing for it', () => {
      const { plan, controls } = planFor({}, { ordinanceBudget: 1_500.5, disbursed: 1_500 });
      expect(row(plan, 'ordinanceBudget')).toMatchObject({ current: '0', next: '1500.5', state: 'invalid' });
      expect(described(controls, plan.actions)).toEqual(['set txtPaid=1500']);
    });

    it('says a null amount is not in the draft, and leaves the page alone', () => {
      const { plan } = planFor({ state: { amount: '8000' } }, { ordinanceBudget: null, disbursed: null });
      expect(row(plan, 'ordinanceBudget')).toMatchObject({
        current: '8000',
        next: '',
        state: 'not-in-draft',
      });
      expect(row(plan, 'disbursed').state).toBe('not-in-draft');
      expect(plan.actions).toEqual([]);
    });
  });

  describe('reason fields', () => {
    it('are not needed unless the status is 4', () => {
      for (const status of ['2', '3', null] as const) {
        const { plan, controls } = planFor({}, { status, reason: '4', otherReason: 'ข้อความเก่า' });
        expect(row(plan, 'reason').state, String(status)).toBe('not-needed');
        expect(row(plan, 'otherReason').state, String(status)).toBe('not-needed');
        expect(described(controls, plan.actions).filter((a) => /cant_/.test(a))).toEqual([]);
      }
      const { plan, controls } = planFor({}, { status: '2', reason: '4', otherReason: 'ข้อความเก่า' });
      expect(described(controls, plan.actions)).toEqual(['check status_process=2 true']);
    });

    it('need the other-reason text only for reason 4', () => {
      const { plan, controls } = planFor({}, { status: '4', reason: '3', otherReason: 'ข้อความเก่า' });
      expect(row(plan, 'reason').state).toBe('fill');
      expect(row(plan, 'otherReason').state).toBe('not-needed');
      expect(described(controls, plan.actions)).toEqual([
        'check status_process=4 true',
        'check cant_process=3 true',
      ]);
    });

    it('say a reason is missing from the draft when status 4 has none', () => {
      const { plan } = planFor({}, { status: '4', reason: null });
      expect(row(plan, 'reason').state).toBe('not-in-draft');
      expect(row(plan, 'otherReason').state).toBe('not-needed');
    });
  });

  describe('disabled and unchanged controls', () => {
    it('plans no action on a locked form and says each field is disabled', () => {
      const { plan } = planFor(
        { locked: true, state: { amount: '30000', paid: '28750', inPlan: true, status: '3' } },
        { ...FULL, ordinanceBudget: 31_000 },
      );
      expect(plan.actions).toEqual([]);
      expect(states(plan)).toEqual({
        ordinanceBudget: 'disabled',
        disbursed: 'disabled',
        inPlan: 'disabled',
        status: 'disabled',
        reason: 'not-needed',
        otherReason: 'not-needed',
        remarks: 'disabled',
      });
    });

    it('says disabled only for the disabled control, filling the others', () => {
      const { controls, hiddenNames } = reportForm();
      const paidDisabled = controls.map((c) => (c.name === 'txtPaid' ? { ...c, disabled: true } : c));
      const plan = planReportFill(matchControls(REPORT_PROFILE, paidDisabled, [], hiddenNames), draft(FULL));
      expect(row(plan, 'disbursed').state).toBe('disabled');
      expect(plan.actions.map((a) => a.key)).not.toContain(named(controls, 'txtPaid').key);
      expect(row(plan, 'ordinanceBudget').state).toBe('fill');
    });

    it('plans nothing when the page already holds the draft', () => {
      const { plan } = planFor(
        {
          state: {
            amount: '50000',
            paid: '12500',
            inPlan: true,
            status: '2',
            remark: 'อยู่ระหว่างจัดทำหนังสือขอข้อมูลเจ้าหน้าที่',
          },
        },
        FULL,
      );
      expect(plan.actions).toEqual([]);
      expect(new Set(plan.preview.map((r) => r.state))).toEqual(new Set(['same', 'not-needed']));
    });

    it('never wipes what the page holds with an empty draft text', () => {
      const { plan } = planFor({ state: { remark: 'พิมพ์ไว้บนหน้าเว็บ' } }, { remarks: '' });
      expect(row(plan, 'remarks')).toMatchObject({
        current: 'พิมพ์ไว้บนหน้าเว็บ',
        next: '',
        state: 'not-in-draft',
      });
      expect(plan.actions).toEqual([]);
    });

    it('fills a text that differs only by a trailing space: the draft is what the portal receives', () => {
      const { plan } = planFor({ state: { remark: 'ข้อความ ' } }, { remarks: 'ข้อความ' });
      expect(row(plan, 'remarks').state).toBe('fill');
    });
  });

  describe('checkbox', () => {
    it('ticks it when the draft says so', () => {
      const { plan, controls } = planFor({}, { inPlan: true });
      expect(described(controls, plan.actions)).toEqual(['check input_plan true']);
      expect(row(plan, 'inPlan')).toMatchObject({ current: '☐', next: '☑', state: 'fill' });
    });

    it('unticks it when the draft says no', () => {
      const { plan, controls } = planFor({ state: { inPlan: true } }, { inPlan: false });
      expect(described(controls, plan.actions)).toEqual(['check input_plan false']);
      expect(row(plan, 'inPlan')).toMatchObject({ current: '☑', next: '☐', state: 'fill' });
    });

    it('leaves it when it already agrees', () => {
      expect(row(planFor({}, { inPlan: false }).plan, 'inPlan').state).toBe('same');
      expect(row(planFor({ state: { inPlan: true } }, { inPlan: true }).plan, 'inPlan').state).toBe('same');
    });
  });

  describe('radio preview', () => {
    it("shows the options' Thai words, nothing for no choice", () => {
      const { plan } = planFor({}, { status: '3' });
      expect(row(plan, 'status')).toEqual({
        field: 'status',
        labelTh: 'สถานะการดำเนินงาน',
        current: '',
        next: 'ดำเนินการแล้วเสร็จ',
        state: 'fill',
      });
    });

    it('shows the change from one option to another, and clicks only the new one', () => {
      const { plan, controls } = planFor(
        { state: { status: '2' } },
        { status: '4', reason: '4', otherReason: 'อื่น ๆ' },
      );
      expect(row(plan, 'status')).toMatchObject({
        current: 'อยู่ระหว่างดำเนินการ',
        next: 'ไม่สามารถดำเนินการได้',
      });
      expect(row(plan, 'reason')).toMatchObject({ current: '', next: 'อื่นๆ', state: 'fill' });
      expect(row(plan, 'otherReason')).toMatchObject({ current: '', next: 'อื่น ๆ', state: 'fill' });
      expect(plan.actions[0]).toEqual({
        key: named(controls, 'status_process', '4').key,
        op: 'check',
        value: 'true',
      });
    });

    it('calls a choice invalid when the page has no radio for it', () => {
      // Only the "in progress" radio was taught on the unknown-labels form.
      const { controls } = reportForm({ variant: 'unknown-labels' });
      const c = named(controls, 'fld_d', '2');
      const taught: TaughtBinding[] = [
        {
          pageKind: 'report',
          field: 'status',
          option: '2',
          control: {
            type: 'radio',
            name: c.name,
            id: c.id,
            labelAbove: c.labelAbove,
            textAfter: c.textAfter,
          },
        },
      ];
      const completed = planReportFill(
        matchControls(REPORT_PROFILE, controls, taught),
        draft({ status: '3' }),
      );
      expect(row(completed, 'status')).toMatchObject({ next: 'ดำเนินการแล้วเสร็จ', state: 'invalid' });
      expect(completed.actions).toEqual([]);
      const inProgress = planReportFill(
        matchControls(REPORT_PROFILE, controls, taught),
        draft({ status: '2' }),
      );
      expect(inProgress.actions).toEqual([{ key: c.key, op: 'check', value: 'true' }]);
    });
  });

  it('shows text fields as they are, current then next', () => {
    const { plan } = planFor({ state: { remark: 'ร่างเดิม' } }, { remarks: 'ร่างใหม่ ๒ บรรทัด\nบรรทัดสอง' });
    expect(row(plan, 'remarks')).toEqual({
      field: 'remarks',
      labelTh: 'หมายเหตุ',
      current: 'ร่างเดิม',
      next: 'ร่างใหม่ ๒ บรรทัด\nบรรทัดสอง',
      state: 'fill',
    });
  });
});
