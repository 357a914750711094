import { describe, expect, it } from 'vitest';
import type { CollectedControl, FillAction } from '../../../utils/messaging/page-protocol';
import { emptyRoundReport, type RoundReportFields } from '../../../utils/model/round-report';
import { matchControls } from '../../../utils/portal/match-controls';
import { planReportFill, planProjectFill } from '../../../utils/portal/plan-fill';
import { PLAN_PROFILE } from '../../../utils/portal/profiles/plan-profile';
import { REPORT_PROFILE } from '../../../utils/portal/profiles/report-profile';
import { sampleProjectFields } from '../sample-drafts';
import { control, reportForm } from './collected-controls';

function draft(overrides: Partial<RoundReportFields> = {}): RoundReportFields {
  return { ...emptyRoundReport('p1', 2570, 1), ...overrides };
}

function described(controls: readonly CollectedControl[], actions: readonly FillAction[]): string[] {
  return actions.map((a) => {
    const c = controls.find((x) => x.key === a.key)!;
    const which = c.type === 'radio' || c.type === 'checkbox' ? `${c.name}=${c.value}` : c.name;
    return a.op === 'set' ? `set ${which}=${a.value}` : `check ${which} ${a.value}`;
  });
}

/** The plan form (projectcreate.php) as collected, in the replica's document order. */
function planForm(): CollectedControl[] {
  const specs: Partial<CollectedControl>[] = [
    { tag: 'textarea', type: 'textarea', name: 'txtName', labelAbove: 'ชื่อโครงการ/กิจกรรม/มาตรการ/แนวปฏิบัติงาน' },
    {
      tag: 'select',
      type: 'select',
      name: '',
      id: 'yearSelect',
      value: '3',
      options: [
        { value: '1', text: '2561 - 2564' },
        { value: '3', text: '2566 - 2570' },
      ],
    },
    ...[2566, 2567, 2568, 2569, 2570].map((y, i) => ({
      type: 'checkbox',
      name: `year${i + 1}`,
      value: String(y),
      textAfter: String(y),
    })),
    ...['โครงการ', 'กิจกรรม', 'มาตรการ', 'แนวปฏิบัติงาน'].map((t, i) => ({
      type: 'radio',
      name: 'type',
      value: String(i + 1),
      textAfter: t,
    })),
    {
      tag: 'select',
      type: 'select',
      name: 'quarter',
      value: '',
      options: ['', '1', '2', '3', '4'].map((v) => ({ value: v, text: v || '---' })),
    },
    ...[1, 2, 3, 4].map((d) => ({
      type: 'radio',
      name: 'dimention',
      value: String(d),
      textAfter: `มิติที่ ${d}`,
    })),
    {
      tag: 'select',
      type: 'select',
      name: 'sltYear',
      value: '2570',
      options: [2566, 2567, 2568, 2569, 2570].map((y) => ({ value: String(y), text: String(y) })),
    },
    { type: 'radio', name: 'budget', value: 'N', textAfter: 'ไม่ใช้งบประมาณ' },
    { type: 'radio', name: 'budget', value: 'Y', textAfter: 'งบประมาณตามแผนปฏิบัติการป้องกันการทุจริต จำนวน บาท' },
    { name: 'txtBudget', disabled: true, textBefore: 'งบประมาณตามแผนปฏิบัติการป้องกันการทุจริต จำนวน' },
    ...Array.from({ length: 9 }, (_, i) => ({
      type: 'checkbox',
      name: `target_group${i + 1}`,
      value: String(i + 1),
    })),
    { tag: 'textarea', type: 'textarea', name: 'txtObject', labelAbove: 'วัตถุประสงค์' },
    { tag: 'textarea', type: 'textarea', name: 'txtRemark', labelAbove: 'หมายเหตุ' },
  ];
  return specs.map((s, key) => control({ ...s, key }));
}

describe('a fill never writes an empty draft value over the page', () => {
  it('a report draft whose remarks are only spaces/newlines leaves the typed remarks alone', () => {
    const { controls, hiddenNames } = reportForm({ state: { remark: 'ข้อความที่พิมพ์ไว้บนหน้าเว็บ' } });
    const plan = planReportFill(
      matchControls(REPORT_PROFILE, controls, [], hiddenNames),
      draft({ remarks: ' \n  ' }),
    );
    expect(described(controls, plan.actions)).toEqual([]);
    expect(plan.preview.find((r) => r.field === 'remarks')?.state).toBe('not-in-draft');
  });

  it('a project draft whose objective is only spaces leaves the typed objective alone', () => {
    const controls = planForm().map((c) =>
      c.name === 'txtObject' ? { ...c, value: 'เพื่อเสริมสร้างคุณธรรม' } : c,
    );
    const plan = planProjectFill(
      matchControls(PLAN_PROFILE, controls),
      sampleProjectFields({ objective: '   ', remark: '' }),
    );
    expect(described(controls, plan.actions).filter((a) => a.startsWith('set txtObject'))).toEqual([]);
  });

  it('a project draft with no target groups leaves the boxes ticked on the page alone', () => {
    const controls = planForm().map((c) => (c.name === 'target_group3' ? { ...c, checked: true } : c));
    const plan = planProjectFill(
      matchControls(PLAN_PROFILE, controls),
      sampleProjectFields({ targetGroups: [] }),
    );
    expect(described(controls, plan.actions).filter((a) => a.includes('target_group'))).toEqual([]);
    expect(plan.preview.find((r) => r.field === 'targetGroups')?.state).toBe('not-in-draft');
  });
});

describe('filling the plan form', () => {
  it('fills a budgeted project: radio Y then the disabled amount it enables, as digits', () => {
    const controls = planForm();
    const plan = planProjectFill(
      matchControls(PLAN_PROFILE, controls),
      sampleProjectFields({
        plannedBudget: 1_250_000,
        planYears: [2569, 2570],
        quarter: '2',
        budgetYear: 2570,
      }),
    );
    const acts = described(controls, plan.actions);
    expect(acts).toContain('check budget=Y true');
    expect(acts).toContain('set txtBudget=1250000');
    expect(acts.indexOf('check budget=Y true')).toBeLessThan(acts.indexOf('set txtBudget=1250000'));
  });

  it('a budget year the select does not offer is invalid, never set', () => {
    const controls = planForm();
    const plan = planProjectFill(
      matchControls(PLAN_PROFILE, controls),
      sampleProjectFields({ budgetYear: 2571 }),
    );
    expect(plan.preview.find((r) => r.field === 'budgetYear')?.state).toBe('invalid');
    expect(described(controls, plan.actions).some((a) => a.startsWith('set sltYear'))).toBe(false);
  });
});
