import { describe, expect, it } from 'vitest';
import type { RecoverySnapshot } from '../../../utils/messaging/content-protocol';
import type { CollectedControl, FillAction } from '../../../utils/messaging/page-protocol';
import { planRecovery } from '../../../utils/portal/plan-recovery';
import { control, named, reportForm, withControl } from './collected-controls';

function snapshot(fields: [string, string][]): RecoverySnapshot {
  return {
    pageKey: 'report:1201:2570:1',
    url: 'https://e-plan.nacc.go.th/projectreport.php?id=1201&r=1&y=2570',
    fields,
    savedAt: 1_780_000_000_000,
  };
}

/** What the content script would have saved: every named control, radios and boxes only when ticked. */
function snapshotOf(controls: readonly CollectedControl[]): RecoverySnapshot {
  const fields: [string, string][] = [];
  for (const c of controls) {
    if (!c.name) continue;
    if (c.type === 'radio' || c.type === 'checkbox') {
      if (c.checked) fields.push([c.name, c.value]);
    } else fields.push([c.name, c.value]);
  }
  return snapshot(fields);
}

function described(controls: readonly CollectedControl[], actions: readonly FillAction[]): string[] {
  return actions.map((a) => {
    const c = controls.find((x) => x.key === a.key)!;
    const which = c.type === 'radio' ? `${c.name}=${c.value}` : c.name;
    return a.op === 'set' ? `set ${which}=${a.value}` : `check ${which} ${a.value}`;
  });
}

const TYPED = {
  amount: '50000',
  paid: '12500',
  inPlan: true,
  status: '4',
  reason: '4',
  reasonText: 'รอผลการจัดสรรงบประมาณ',
  remark: 'พิมพ์ไว้ก่อนหมดเวลาเข้าระบบ',
} as const;

describe('planRecovery', () => {
  it('puts back what was typed into a wiped form: text, the chosen radios, the ticked box', () => {
    const typed = snapshotOf(reportForm({ state: TYPED }).controls);
    const { controls } = reportForm();
    expect(described(controls, planRecovery(typed, controls))).toEqual([
      'set txtAmount=50000',
      'set txtPaid=12500',
      'check input_plan true',
      'check status_process=4 true',
      'check cant_process=4 true',
      'set cant_reason=รอผลการจัดสรรงบประมาณ',
      'set txtRemarkReport=พิมพ์ไว้ก่อนหมดเวลาเข้าระบบ',
    ]);
  });

  it('offers nothing when the page holds exactly the snapshot', () => {
    const { controls } = reportForm({ state: TYPED });
    expect(planRecovery(snapshotOf(controls), controls)).toEqual([]);
    const empty = reportForm().controls;
    expect(planRecovery(snapshotOf(empty), empty)).toEqual([]);
  });

  it('restores only what differs', () => {
    const typed = snapshotOf(reportForm({ state: TYPED }).controls);
    const { controls } = reportForm({ state: { ...TYPED, remark: 'ข้อความอื่น', paid: '0' } });
    expect(described(controls, planRecovery(typed, controls))).toEqual([
      'set txtPaid=12500',
      'set txtRemarkReport=พิมพ์ไว้ก่อนหมดเวลาเข้าระบบ',
    ]);
  });

  it('chooses the radio of the snapshot, and does not untick the other (choosing does)', () => {
    const typed = snapshotOf(reportForm({ state: { status: '3' } }).controls);
    const { controls } = reportForm({ state: { status: '2' } });
    expect(described(controls, planRecovery(typed, controls))).toEqual(['check status_process=3 true']);
  });

  it('leaves a chosen radio whose group the snapshot does not mention', () => {
    const { controls } = reportForm({ state: { status: '2' } });
    expect(planRecovery(snapshot([['txtAmount', '0']]), controls)).toEqual([]);
  });

  it('unticks a box that is ticked now but was not then', () => {
    const typed = snapshotOf(reportForm().controls);
    const { controls } = reportForm({ state: { inPlan: true } });
    expect(described(controls, planRecovery(typed, controls))).toEqual(['check input_plan false']);
  });

  it('leaves an unticked box unticked when the snapshot does not have it', () => {
    const { controls } = reportForm();
    expect(planRecovery(snapshot([]), controls)).toEqual([]);
  });

  it('unticks a ticked box of a name in the snapshot whose value is not there', () => {
    const boxes = [
      control({ key: 0, type: 'checkbox', name: 'target_group', value: '1', checked: true }),
      control({ key: 1, type: 'checkbox', name: 'target_group', value: '2', checked: false }),
    ];
    const actions = planRecovery(snapshot([['target_group', '2']]), boxes);
    expect(actions).toEqual([
      { key: 0, op: 'check', value: 'false' },
      { key: 1, op: 'check', value: 'true' },
    ]);
  });

  it('leaves disabled controls alone, ticked or not, typed or not', () => {
    const typed = snapshotOf(reportForm({ state: TYPED }).controls);
    const { controls } = reportForm({ locked: true, state: { inPlan: true, status: '3' } });
    // The disabled echoes (years, type, dimension, budget) are ticked on the page and in the snapshot.
    expect(planRecovery(typed, controls)).toEqual([]);
    expect(planRecovery(snapshot([]), controls)).toEqual([]);
  });

  it('leaves one disabled control alone and restores the rest', () => {
    const typed = snapshotOf(reportForm({ state: TYPED }).controls);
    const controls = withControl(reportForm().controls, 'txtPaid', { disabled: true });
    const actions = described(controls, planRecovery(typed, controls));
    expect(actions).not.toContain('set txtPaid=12500');
    expect(actions[0]).toBe('set txtAmount=50000');
  });

  it('gives boxes of a repeated name their values in order', () => {
    const boxes = [
      control({ key: 0, name: 'indicator', value: '' }),
      control({ key: 1, name: 'indicator', value: 'ข' }),
      control({ key: 2, name: 'indicator', value: '' }),
    ];
    const typed = snapshot([
      ['indicator', 'ก'],
      ['indicator', 'ข'],
      ['indicator', 'ค'],
    ]);
    expect(planRecovery(typed, boxes)).toEqual([
      { key: 0, op: 'set', value: 'ก' },
      { key: 2, op: 'set', value: 'ค' },
    ]);
  });

  it('leaves a box of a repeated name alone when the snapshot has fewer values', () => {
    const boxes = [
      control({ key: 0, name: 'indicator' }),
      control({ key: 1, name: 'indicator', value: 'ใหม่' }),
    ];
    expect(planRecovery(snapshot([['indicator', 'ก']]), boxes)).toEqual([{ key: 0, op: 'set', value: 'ก' }]);
  });

  it('keeps the order of a repeated name when one of its boxes is disabled', () => {
    // The snapshot holds every box of the name, disabled or not: the second box's value is the second one.
    const boxes = [
      control({ key: 0, name: 'indicator', value: 'ก', disabled: true }),
      control({ key: 1, name: 'indicator', value: '' }),
    ];
    const typed = snapshot([
      ['indicator', 'ก'],
      ['indicator', 'ข'],
    ]);
    expect(planRecovery(typed, boxes)).toEqual([{ key: 1, op: 'set', value: 'ข' }]);
  });

  it('ignores names the page does not have, and controls without a name', () => {
    const { controls } = reportForm();
    const unnamed = [...controls, control({ key: controls.length, name: '', value: '' })];
    const typed = snapshot([
      ['txtPercent', '80'],
      ['', 'ไม่มีชื่อ'],
    ]);
    expect(planRecovery(typed, unnamed)).toEqual([]);
  });

  it('restores a textarea and a select like text', () => {
    const options = ['1', '2', '3', '4'].map((value) => ({ value, text: value }));
    const controls = [
      control({ key: 0, tag: 'select', type: 'select-one', name: 'quarter', value: '1', options }),
      control({ key: 1, tag: 'textarea', type: 'textarea', name: 'txtObject', value: '' }),
    ];
    const typed = snapshot([
      ['quarter', '3'],
      ['txtObject', 'เพื่อ…'],
    ]);
    expect(planRecovery(typed, controls)).toEqual([
      { key: 0, op: 'set', value: '3' },
      { key: 1, op: 'set', value: 'เพื่อ…' },
    ]);
  });

  it('leaves a select alone when it no longer offers the value typed (setting it would empty it)', () => {
    const years = ['2569', '2570'].map((value) => ({ value, text: value }));
    const controls = [
      control({ key: 0, tag: 'select', type: 'select-one', name: 'sltYear', value: '2570', options: years }),
    ];
    expect(planRecovery(snapshot([['sltYear', '2571']]), controls)).toEqual([]);
  });

  it('restores the renamed form by its own names', () => {
    const typed = snapshotOf(reportForm({ variant: 'renamed', state: TYPED }).controls);
    const { controls } = reportForm({ variant: 'renamed' });
    const actions = planRecovery(typed, controls);
    expect(actions).toContainEqual({ key: named(controls, 'reason', '4').key, op: 'check', value: 'true' });
    expect(actions).toHaveLength(7);
  });

  it('puts back an amount whose box the chosen radio enables (the plan form’s budget)', () => {
    // The plan form: txtBudget is disabled until the radio budget=Y is clicked; the click comes first.
    const controls = [
      control({ key: 0, type: 'radio', name: 'budget', value: 'N' }),
      control({ key: 1, type: 'radio', name: 'budget', value: 'Y' }),
      control({ key: 2, name: 'txtBudget', value: '', disabled: true }),
      control({ key: 3, tag: 'textarea', type: 'textarea', name: 'txtObject', value: '' }),
    ];
    const typed = snapshot([
      ['budget', 'Y'],
      ['txtBudget', '250000'],
      ['txtObject', 'เพื่อ…'],
    ]);
    expect(planRecovery(typed, controls)).toEqual([
      { key: 1, op: 'check', value: 'true' },
      { key: 2, op: 'set', value: '250000' },
      { key: 3, op: 'set', value: 'เพื่อ…' },
    ]);
    // With no click before it, a disabled box stays as the page has it (a locked report, say).
    expect(planRecovery(snapshot([['txtBudget', '250000']]), controls)).toEqual([]);
  });
});
