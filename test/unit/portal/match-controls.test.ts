import { describe, expect, it } from 'vitest';
import type { CollectedControl } from '../../../utils/messaging/page-protocol';
import { matchControls, type FieldMatch, type MatchResult } from '../../../utils/portal/match-controls';
import { PageProfileSchema, type PageProfile } from '../../../utils/portal/profiles/page-profile';
import { REPORT_PROFILE } from '../../../utils/portal/profiles/report-profile';
import type { TaughtBinding } from '../../../utils/portal/taught-binding';
import { control, named, reportForm, withControl } from './collected-controls';

const ALL_FIELDS = ['ordinanceBudget', 'disbursed', 'inPlan', 'status', 'reason', 'otherReason', 'remarks'];

/** Where each field landed: the control's name (or name=value per radio option) and how it was found. */
function bindings(result: MatchResult): Record<string, string> {
  return Object.fromEntries(result.matched.map((m) => [m.spec.field, `${m.via}:${target(m)}`]));
}

function target(m: FieldMatch): string {
  if (m.optionControls)
    return [...m.optionControls].map(([option, c]) => `${option}->${c.name}=${c.value}`).join(',');
  return m.control!.name;
}

function matchOf(result: MatchResult, field: string): FieldMatch {
  const found = result.matched.find((m) => m.spec.field === field);
  if (!found) throw new Error(`${field} not matched`);
  return found;
}

const fieldsOf = (specs: readonly { field: string }[]) => specs.map((s) => s.field);

function profileOf(fields: unknown[]): PageProfile {
  return PageProfileSchema.parse({ id: 'test', pageKind: 'report', version: 1, fields });
}

function lesson(field: string, c: CollectedControl, overrides: Partial<TaughtBinding> = {}): TaughtBinding {
  return {
    pageKind: 'report',
    field,
    control: { type: c.type, name: c.name, id: c.id, labelAbove: c.labelAbove, textAfter: c.textAfter },
    ...overrides,
  };
}

describe('matchControls on the replica report form', () => {
  it('finds every field of the standard form by name, each radio option by its portal value', () => {
    const { controls, hiddenNames } = reportForm();
    const result = matchControls(REPORT_PROFILE, controls, [], hiddenNames);
    expect(bindings(result)).toEqual({
      ordinanceBudget: 'name:txtAmount',
      disbursed: 'name:txtPaid',
      inPlan: 'name:input_plan',
      status: 'name:2->status_process=2,3->status_process=3,4->status_process=4',
      reason: 'name:1->cant_process=1,2->cant_process=2,3->cant_process=3,4->cant_process=4',
      otherReason: 'name:cant_reason',
      remarks: 'name:txtRemarkReport',
    });
    expect(result.unmatchedFields).toEqual([]);
    expect(result.fixedFields).toEqual([]);
    expect(result.unmatchedControls).toEqual([]);
  });

  it('keeps the profile order in its matches, whatever order the page has', () => {
    const { controls } = reportForm();
    const result = matchControls(REPORT_PROFILE, [...controls].reverse());
    expect(result.matched.map((m) => m.spec.field)).toEqual(ALL_FIELDS);
  });

  it('finds every field of the renamed form by its Thai words, the other-reason box by following reason 4', () => {
    const { controls, hiddenNames } = reportForm({ variant: 'renamed' });
    const result = matchControls(REPORT_PROFILE, controls, [], hiddenNames);
    expect(bindings(result)).toEqual({
      ordinanceBudget: 'label:amount_budget',
      disbursed: 'label:amount_paid',
      inPlan: 'label:in_plan',
      status: 'label:2->status=2,3->status=3,4->status=4',
      reason: 'label:1->reason=1,2->reason=2,3->reason=3,4->reason=4',
      otherReason: 'label:reason_other',
      remarks: 'label:remark',
    });
    expect(result.unmatchedFields).toEqual([]);
    expect(result.unmatchedControls).toEqual([]);
  });

  it('matches nothing on the unknown-labels form and lists every field and every visible, enabled control', () => {
    const { controls, hiddenNames } = reportForm({ variant: 'unknown-labels' });
    const result = matchControls(REPORT_PROFILE, controls, [], hiddenNames);
    expect(result.matched).toEqual([]);
    expect(fieldsOf(result.unmatchedFields)).toEqual(ALL_FIELDS);
    expect(result.fixedFields).toEqual([]);
    // Not the disabled echoes (years, type, dimension, budget), nor the hidden reason radios and box.
    expect(result.unmatchedControls.map((c) => `${c.name}=${c.value}`)).toEqual([
      'fld_a=0',
      'fld_b=0',
      'fld_c=Y',
      'fld_d=2',
      'fld_d=3',
      'fld_d=4',
      'fld_g=',
    ]);
  });

  it('lists the reason radios and box of the unknown-labels form once the page shows them', () => {
    const { controls } = reportForm({ variant: 'unknown-labels', state: { status: '4', reason: '4' } });
    const names = matchControls(REPORT_PROFILE, controls).unmatchedControls.map((c) => c.name);
    expect(names).toEqual([
      ...['fld_a', 'fld_b', 'fld_c'],
      ...['fld_d', 'fld_d', 'fld_d'],
      ...['fld_e', 'fld_e', 'fld_e', 'fld_e'],
      ...['fld_f', 'fld_g'],
    ]);
  });

  it("puts a non-budget project's amounts among the fixed fields: the portal holds them in hidden inputs", () => {
    const { controls, hiddenNames } = reportForm({ budget: null });
    const result = matchControls(REPORT_PROFILE, controls, [], hiddenNames);
    expect(fieldsOf(result.fixedFields)).toEqual(['ordinanceBudget', 'disbursed']);
    expect(result.unmatchedFields).toEqual([]);
    expect(fieldsOf(result.matched.map((m) => m.spec))).toEqual(ALL_FIELDS.slice(2));
  });

  it('calls those amounts unmatched when the hidden inputs are not known', () => {
    const { controls } = reportForm({ budget: null });
    const result = matchControls(REPORT_PROFILE, controls);
    expect(result.fixedFields).toEqual([]);
    expect(fieldsOf(result.unmatchedFields)).toEqual(['ordinanceBudget', 'disbursed']);
  });

  it('calls a field unmatched, not fixed, when its name is not among the hidden inputs', () => {
    const { controls } = reportForm({ variant: 'unknown-labels', budget: null });
    const hiddenNames = ['input_state', 'txtBudget', 'id', 'fld_a', 'fld_b', 'use_budget'];
    const result = matchControls(REPORT_PROFILE, controls, [], hiddenNames);
    expect(result.fixedFields).toEqual([]);
    expect(fieldsOf(result.unmatchedFields)).toContain('ordinanceBudget');
  });

  it('still matches the fields of a locked form but lists none of its disabled controls', () => {
    const { controls, hiddenNames } = reportForm({ locked: true, state: { status: '3', inPlan: true } });
    const result = matchControls(REPORT_PROFILE, controls, [], hiddenNames);
    expect(result.matched.map((m) => m.spec.field)).toEqual(ALL_FIELDS);
    expect(result.unmatchedControls).toEqual([]);
    expect(matchOf(result, 'status').optionControls?.get('3')?.disabled).toBe(true);
  });
});

describe('matching by name', () => {
  it('tries each of the spec names in turn', () => {
    const profile = profileOf([
      { field: 'note', labelTh: 'บันทึก', kind: 'text', names: ['new', 'old'], labels: [] },
    ]);
    const controls = [control({ key: 0, name: 'old' }), control({ key: 1, name: 'other' })];
    expect(bindings(matchControls(profile, controls))).toEqual({ note: 'name:old' });
  });

  it('takes the first control when a name repeats', () => {
    const profile = profileOf([
      { field: 'note', labelTh: 'บันทึก', kind: 'text', names: ['note'], labels: [] },
    ]);
    const controls = [
      control({ key: 0, name: 'note', value: 'a' }),
      control({ key: 1, name: 'note', value: 'b' }),
    ];
    const result = matchControls(profile, controls);
    expect(matchOf(result, 'note').control?.key).toBe(0);
    expect(result.unmatchedControls.map((c) => c.key)).toEqual([1]);
  });

  it('maps each draft value to the radio carrying its portal value', () => {
    const profile = profileOf([
      {
        field: 'useBudget',
        labelTh: 'งบประมาณ',
        kind: 'radio',
        names: ['budget'],
        labels: [],
        options: [
          { value: 'yes', portalValue: 'Y', labels: ['ใช้งบประมาณ'] },
          { value: 'no', portalValue: 'N', labels: ['ไม่ใช้งบประมาณ'] },
        ],
      },
    ]);
    const controls = [
      control({ key: 0, type: 'radio', name: 'budget', value: 'N' }),
      control({ key: 1, type: 'radio', name: 'budget', value: 'Y' }),
    ];
    expect(bindings(matchControls(profile, controls))).toEqual({
      useBudget: 'name:yes->budget=Y,no->budget=N',
    });
  });

  it('does not take a radio group by name when none of its values is an option', () => {
    const { controls } = reportForm();
    const odd = controls.map((c) => (c.name === 'status_process' ? { ...c, value: `s${c.value}` } : c));
    const result = matchControls(REPORT_PROFILE, odd);
    // Found by the options' words instead.
    expect(matchOf(result, 'status').via).toBe('label');
    expect(target(matchOf(result, 'status'))).toBe(
      '2->status_process=s2,3->status_process=s3,4->status_process=s4',
    );
  });

  it('ignores a control of the name but of another kind', () => {
    const { controls } = reportForm({ variant: 'unknown-labels' });
    const wrongKind = [...controls, control({ key: controls.length, type: 'checkbox', name: 'txtAmount' })];
    const result = matchControls(REPORT_PROFILE, wrongKind);
    expect(fieldsOf(result.unmatchedFields)).toContain('ordinanceBudget');
    expect(result.unmatchedControls.map((c) => c.name)).toContain('txtAmount');
  });

  it('counts a text box with no type, or of type number, as a text box', () => {
    const profile = profileOf([
      { field: 'a', labelTh: 'a', kind: 'text', names: ['a'], labels: [] },
      { field: 'b', labelTh: 'b', kind: 'text', names: ['b'], labels: [] },
      { field: 'c', labelTh: 'c', kind: 'textarea', names: ['c'], labels: [] },
    ]);
    const controls = [
      control({ key: 0, type: '', name: 'a' }),
      control({ key: 1, type: 'number', name: 'b' }),
      control({ key: 2, type: 'text', name: 'c' }),
    ];
    const result = matchControls(profile, controls);
    expect(bindings(result)).toEqual({ a: 'name:a', b: 'name:b' });
    expect(fieldsOf(result.unmatchedFields)).toEqual(['c']);
  });
});

describe('matching by Thai label', () => {
  const unknown = () => reportForm({ variant: 'unknown-labels' }).controls;

  it('finds a text box by the label above it', () => {
    const controls = withControl(unknown(), 'fld_b', {
      labelAbove: 'การเบิกจ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2570',
    });
    expect(bindings(matchControls(REPORT_PROFILE, controls)).disbursed).toBe('label:fld_b');
  });

  it('finds a text box by the loose text before it', () => {
    const controls = withControl(unknown(), 'fld_b', { labelAbove: '', textBefore: 'เบิกจ่าย' });
    expect(bindings(matchControls(REPORT_PROFILE, controls)).disbursed).toBe('label:fld_b');
  });

  it('does not find a text box by the text after it', () => {
    const controls = withControl(unknown(), 'fld_b', { textAfter: 'เบิกจ่าย' });
    expect(fieldsOf(matchControls(REPORT_PROFILE, controls).unmatchedFields)).toContain('disbursed');
  });

  it('finds a textarea by its label, and not a text box with that label', () => {
    const labelled = withControl(unknown(), 'fld_g', { labelAbove: 'หมายเหตุ' });
    expect(bindings(matchControls(REPORT_PROFILE, labelled)).remarks).toBe('label:fld_g');
    const wrongKind = withControl(unknown(), 'fld_b', { labelAbove: 'หมายเหตุ' });
    expect(fieldsOf(matchControls(REPORT_PROFILE, wrongKind).unmatchedFields)).toContain('remarks');
  });

  it('finds a single checkbox by the text after it', () => {
    const controls = withControl(unknown(), 'fld_c', { textAfter: 'บรรจุไว้ในข้อบัญญัติ/เทศบัญญัติ/แผนการดำเนินงาน' });
    expect(bindings(matchControls(REPORT_PROFILE, controls)).inPlan).toBe('label:fld_c');
  });

  it('does not find a checkbox by the label above it', () => {
    const controls = withControl(unknown(), 'fld_c', { labelAbove: 'บรรจุไว้ในข้อบัญญัติ/เทศบัญญัติ' });
    expect(fieldsOf(matchControls(REPORT_PROFILE, controls).unmatchedFields)).toContain('inPlan');
  });

  it('finds a radio group when every option has its own words after it', () => {
    let controls = unknown();
    for (const [value, words] of [
      ['2', 'อยู่ระหว่างดำเนินการ'],
      ['3', 'ดำเนินการแล้วเสร็จ'],
      ['4', 'ไม่สามารถดำเนินการได้'],
    ] as const)
      controls = withControl(controls, 'fld_d', { textAfter: words }, value);
    expect(bindings(matchControls(REPORT_PROFILE, controls)).status).toBe(
      'label:2->fld_d=2,3->fld_d=3,4->fld_d=4',
    );
  });

  it('does not find a radio group when one option is worded otherwise, and lists its radios', () => {
    const { controls } = reportForm({ variant: 'renamed' });
    const reworded = withControl(controls, 'status', { textAfter: 'ยุติโครงการ' }, '4');
    const result = matchControls(REPORT_PROFILE, reworded);
    expect(fieldsOf(result.unmatchedFields)).toEqual(['status']);
    expect(result.unmatchedControls.map((c) => `${c.name}=${c.value}`)).toEqual([
      'status=2',
      'status=3',
      'status=4',
    ]);
  });

  it("wants a radio's words whole: an option's words inside longer text are not that option", () => {
    const { controls } = reportForm({ variant: 'renamed' });
    const longer = withControl(controls, 'status', { textAfter: 'ดำเนินการแล้วเสร็จบางส่วน' }, '3');
    expect(fieldsOf(matchControls(REPORT_PROFILE, longer).unmatchedFields)).toEqual(['status']);
  });

  it('tolerates extra spaces and Thai digits in labels', () => {
    const spaced = withControl(reportForm({ variant: 'renamed' }).controls, 'amount_budget', {
      labelAbove: 'งบประมาณ ( วงเงิน ตาม ข้อบัญญัติ / เทศบัญญัติ )  ประจำปีงบประมาณ  พ.ศ. ๒๕๗๐',
    });
    expect(bindings(matchControls(REPORT_PROFILE, spaced)).ordinanceBudget).toBe('label:amount_budget');
    const reasonSpaced = withControl(
      reportForm({ variant: 'renamed' }).controls,
      'reason',
      { textAfter: 'อื่น ๆ' },
      '4',
    );
    expect(bindings(matchControls(REPORT_PROFILE, reasonSpaced)).reason).toContain('4->reason=4');

    const profile = profileOf([
      { field: 'percent', labelTh: 'ร้อยละ', kind: 'text', names: [], labels: ['ผลงานรอบ 6 เดือน'] },
    ]);
    const thaiDigits = [control({ key: 0, name: 'x', labelAbove: 'ผลงาน รอบ ๖ เดือน (ร้อยละ)' })];
    expect(bindings(matchControls(profile, thaiDigits))).toEqual({ percent: 'label:x' });
    const otherDigits = [control({ key: 0, name: 'x', labelAbove: 'ผลงาน รอบ ๑๒ เดือน (ร้อยละ)' })];
    expect(matchControls(profile, otherDigits).matched).toEqual([]);
  });
});

describe('the other-reason box (follows reason 4)', () => {
  it('is the first control after the reason-4 radio', () => {
    const { controls } = reportForm({ variant: 'renamed' });
    const result = matchControls(REPORT_PROFILE, controls);
    expect(matchOf(result, 'otherReason').control).toBe(named(controls, 'reason_other'));
  });

  it('is not found when the reason radios are not matched', () => {
    const { controls } = reportForm({ variant: 'renamed', state: { status: '4', reason: '4' } });
    const reworded = withControl(controls, 'reason', { textAfter: 'เหตุอื่น' }, '4');
    const result = matchControls(REPORT_PROFILE, reworded);
    expect(fieldsOf(result.unmatchedFields)).toEqual(['reason', 'otherReason']);
    expect(result.unmatchedControls.map((c) => c.name)).toContain('reason_other');
  });

  it('is not a later box when the control right after reason 4 is of another kind', () => {
    const { controls } = reportForm({ variant: 'renamed' });
    const anchor = named(controls, 'reason', '4');
    // A textarea placed right after the radio, then the text box.
    const moved = controls.map((c) =>
      c.name === 'remark' ? { ...c, key: anchor.key + 1 } : c.key > anchor.key ? { ...c, key: c.key + 1 } : c,
    );
    moved.sort((a, b) => a.key - b.key);
    const result = matchControls(REPORT_PROFILE, moved);
    expect(fieldsOf(result.unmatchedFields)).toEqual(['otherReason']);
  });

  it('gives way to a box labelled with the reason words', () => {
    const { controls } = reportForm({ variant: 'renamed', state: { status: '4', reason: '4' } });
    const labelled = [
      ...controls,
      control({ key: controls.length, name: 'why', labelAbove: 'โปรดระบุเหตุผล' }),
    ];
    const result = matchControls(REPORT_PROFILE, labelled);
    expect(bindings(result).otherReason).toBe('label:why');
    expect(result.unmatchedControls.map((c) => c.name)).toEqual(['reason_other']);
  });
});

describe('taught bindings', () => {
  const taughtControl = (c: Partial<TaughtBinding['control']>): TaughtBinding['control'] => ({
    type: 'text',
    name: '',
    id: '',
    labelAbove: '',
    textAfter: '',
    ...c,
  });

  it('take precedence over matching by name (by the taught name)', () => {
    const { controls } = reportForm();
    const taught = [
      lesson('ordinanceBudget', named(controls, 'txtPaid')),
      lesson('disbursed', named(controls, 'txtAmount')),
    ];
    const result = matchControls(REPORT_PROFILE, controls, taught);
    expect(bindings(result).ordinanceBudget).toBe('taught:txtPaid');
    expect(bindings(result).disbursed).toBe('taught:txtAmount');
    expect(result.unmatchedFields).toEqual([]);
  });

  it('find a control by id when the binding has no name', () => {
    const box = withControl(reportForm({ variant: 'unknown-labels' }).controls, 'fld_b', {
      name: '',
      id: 'paid',
    });
    const taught: TaughtBinding[] = [
      { pageKind: 'report', field: 'disbursed', control: taughtControl({ id: 'paid' }) },
    ];
    const m = matchOf(matchControls(REPORT_PROFILE, box, taught), 'disbursed');
    expect(m.via).toBe('taught');
    expect(m.control?.id).toBe('paid');
  });

  it('do not take a control whose id differs', () => {
    const box = withControl(reportForm({ variant: 'unknown-labels' }).controls, 'fld_b', {
      name: '',
      id: 'paid2',
    });
    const taught: TaughtBinding[] = [
      { pageKind: 'report', field: 'disbursed', control: taughtControl({ id: 'paid' }) },
    ];
    expect(fieldsOf(matchControls(REPORT_PROFILE, box, taught).unmatchedFields)).toContain('disbursed');
  });

  it('go by name before id when the binding has a name', () => {
    const { controls } = reportForm({ variant: 'unknown-labels' });
    const taught: TaughtBinding[] = [
      { pageKind: 'report', field: 'disbursed', control: taughtControl({ name: 'fld_b', id: 'fld_a' }) },
    ];
    expect(bindings(matchControls(REPORT_PROFILE, controls, taught)).disbursed).toBe('taught:fld_b');
  });

  it('find a control by its words when it has neither name nor id, allowing spacing and digits', () => {
    const boxes = [
      control({ key: 0, labelAbove: 'ยอดเงินที่ใช้ไปแล้วในปี 2570', textAfter: 'บาท' }),
      control({ key: 1, labelAbove: 'ยอดเงินที่ได้รับจัดสรรในปี 2570', textAfter: 'บาท' }),
    ];
    const words = (labelAbove: string): TaughtBinding[] => [
      {
        pageKind: 'report',
        field: 'ordinanceBudget',
        control: taughtControl({ labelAbove, textAfter: ' บาท' }),
      },
    ];
    const m = matchOf(
      matchControls(REPORT_PROFILE, boxes, words('ยอดเงินที่ได้รับจัดสรร ในปี ๒๕๗๐')),
      'ordinanceBudget',
    );
    expect(m.via).toBe('taught');
    expect(m.control?.key).toBe(1);
    // Another year's words are another control.
    expect(matchControls(REPORT_PROFILE, boxes, words('ยอดเงินที่ได้รับจัดสรรในปี 2571')).matched).toEqual([]);
  });

  it('find each taught radio option by name and words, and claim the rest of its group', () => {
    const { controls } = reportForm({ variant: 'unknown-labels' });
    const taught = [
      lesson('status', named(controls, 'fld_d', '2'), { option: '2' }),
      lesson('status', named(controls, 'fld_d', '4'), { option: '4' }),
    ];
    const result = matchControls(REPORT_PROFILE, controls, taught);
    expect(bindings(result).status).toBe('taught:2->fld_d=2,4->fld_d=4');
    // fld_d=3 was not taught but belongs to the same group.
    expect(result.unmatchedControls.map((c) => c.name)).toEqual(['fld_a', 'fld_b', 'fld_c', 'fld_g']);
  });

  it('tell radios of one name apart by their words', () => {
    const { controls } = reportForm({ variant: 'unknown-labels' });
    const taught = [lesson('status', named(controls, 'fld_d', '3'), { option: '3' })];
    expect(bindings(matchControls(REPORT_PROFILE, controls, taught)).status).toBe('taught:3->fld_d=3');
  });

  it('ignore a radio lesson that says no option', () => {
    const { controls } = reportForm({ variant: 'unknown-labels' });
    const taught = [lesson('status', named(controls, 'fld_d', '3'))];
    expect(fieldsOf(matchControls(REPORT_PROFILE, controls, taught).unmatchedFields)).toContain('status');
  });

  it('use the latest lesson for a field', () => {
    const { controls } = reportForm({ variant: 'unknown-labels' });
    const taught = [
      lesson('disbursed', named(controls, 'fld_a')),
      lesson('disbursed', named(controls, 'fld_b')),
    ];
    expect(bindings(matchControls(REPORT_PROFILE, controls, taught)).disbursed).toBe('taught:fld_b');
  });

  it('fall back to name and label when the taught control is gone', () => {
    const { controls } = reportForm();
    const taught: TaughtBinding[] = [
      { pageKind: 'report', field: 'disbursed', control: taughtControl({ name: 'txtPaidOld' }) },
    ];
    expect(bindings(matchControls(REPORT_PROFILE, controls, taught)).disbursed).toBe('name:txtPaid');
  });

  it('ignore lessons for another page kind or of another control type', () => {
    const { controls } = reportForm({ variant: 'unknown-labels' });
    const taught: TaughtBinding[] = [
      lesson('disbursed', named(controls, 'fld_b'), { pageKind: 'plan' }),
      { pageKind: 'report', field: 'disbursed', control: taughtControl({ name: 'fld_b', type: 'number' }) },
    ];
    expect(fieldsOf(matchControls(REPORT_PROFILE, controls, taught).unmatchedFields)).toContain('disbursed');
  });

  it("win over another field's guess at the control they name", () => {
    // A portal revision puts the disbursed box first and words it so that the ordinance budget's label
    // words find it too. The user teaches that it is the disbursed box: that lesson must hold, whatever
    // field comes first in the profile.
    const { controls } = reportForm({ variant: 'renamed' });
    const reworded = withControl(
      withControl(controls, 'amount_budget', { labelAbove: 'วงเงินงบประมาณที่ได้รับ พ.ศ. 2570' }),
      'amount_paid',
      { labelAbove: 'การเบิกจ่ายงบประมาณตามข้อบัญญัติ/เทศบัญญัติ พ.ศ. 2570' },
    ).map((c) =>
      c.name === 'amount_budget'
        ? { ...c, key: c.key + 1 }
        : c.name === 'amount_paid'
          ? { ...c, key: c.key - 1 }
          : c,
    );
    reworded.sort((a, b) => a.key - b.key);
    expect(bindings(matchControls(REPORT_PROFILE, reworded)).ordinanceBudget).toBe('label:amount_paid');

    const taught = [lesson('disbursed', named(reworded, 'amount_paid'))];
    const result = matchControls(REPORT_PROFILE, reworded, taught);
    expect(bindings(result).disbursed).toBe('taught:amount_paid');
    expect(fieldsOf(result.unmatchedFields)).toEqual(['ordinanceBudget']);
    expect(result.unmatchedControls.map((c) => c.name)).toEqual(['amount_budget']);
  });

  it("leave a control to other fields when the lesson's own field cannot use it", () => {
    // remarks is a textarea: a lesson naming a text box does not fit it, so it claims nothing.
    const { controls } = reportForm();
    const result = matchControls(REPORT_PROFILE, controls, [lesson('remarks', named(controls, 'txtPaid'))]);
    expect(bindings(result).disbursed).toBe('name:txtPaid');
    expect(bindings(result).remarks).toBe('name:txtRemarkReport');
    // Nor does a radio lesson that names no option.
    const radio = matchControls(REPORT_PROFILE, controls, [
      lesson('reason', named(controls, 'status_process', '2')),
    ]);
    expect(bindings(radio).status).toBe('name:2->status_process=2,3->status_process=3,4->status_process=4');
  });

  it("win over another field's name match too", () => {
    const { controls } = reportForm();
    const result = matchControls(REPORT_PROFILE, controls, [
      lesson('otherReason', named(controls, 'txtPaid')),
    ]);
    expect(bindings(result).otherReason).toBe('taught:txtPaid');
    expect(fieldsOf(result.unmatchedFields)).toEqual(['disbursed']);
  });
});

describe('one control, one field', () => {
  it('gives a control to the first field that finds it, never to a second', () => {
    const { controls } = reportForm({ variant: 'unknown-labels' });
    const both = withControl(controls, 'fld_a', {
      labelAbove: 'งบประมาณ (วงเงินตามข้อบัญญัติ/เทศบัญญัติ) และการเบิกจ่ายงบประมาณ',
    });
    const result = matchControls(REPORT_PROFILE, both);
    expect(bindings(result).ordinanceBudget).toBe('label:fld_a');
    expect(fieldsOf(result.unmatchedFields)).toContain('disbursed');
  });

  it('gives a repeated name to two fields only when the name repeats', () => {
    const profile = profileOf([
      { field: 'first', labelTh: '1', kind: 'text', names: ['note'], labels: [] },
      { field: 'second', labelTh: '2', kind: 'text', names: ['note'], labels: [] },
    ]);
    const one = [control({ key: 0, name: 'note' })];
    expect(fieldsOf(matchControls(profile, one).unmatchedFields)).toEqual(['second']);
    const two = [control({ key: 0, name: 'note' }), control({ key: 1, name: 'note' })];
    expect(matchControls(profile, two).matched.map((m) => m.control?.key)).toEqual([0, 1]);
  });
});

describe('the rest of a matched radio group', () => {
  it('is not listed as unmatched when the portal adds an option (matched by name)', () => {
    const { controls } = reportForm();
    const extra = control({
      key: controls.length,
      type: 'radio',
      name: 'status_process',
      value: '5',
      textAfter: 'ยังไม่เริ่มดำเนินการ',
    });
    const result = matchControls(REPORT_PROFILE, [...controls, extra]);
    expect(result.unmatchedControls).toEqual([]);
    expect([...matchOf(result, 'status').optionControls!.keys()]).toEqual(['2', '3', '4']);
  });

  it('is not listed as unmatched when the group was found by its words', () => {
    const { controls } = reportForm({ variant: 'renamed' });
    const extra = control({
      key: controls.length,
      type: 'radio',
      name: 'status',
      value: '5',
      textAfter: 'อื่น',
    });
    expect(matchControls(REPORT_PROFILE, [...controls, extra]).unmatchedControls).toEqual([]);
  });

  it('does not cover radios of another name', () => {
    const { controls } = reportForm();
    const other = control({
      key: controls.length,
      type: 'radio',
      name: 'progress',
      value: '50',
      textAfter: '50%',
    });
    expect(matchControls(REPORT_PROFILE, [...controls, other]).unmatchedControls).toEqual([other]);
  });
});
