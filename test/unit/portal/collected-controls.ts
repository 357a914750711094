// CollectedControl arrays as the content script would collect them from the replica's report form
// (test/fixtures/portal/report-page.ts), in each variant: what `collectControls` reads for every fillable
// control in document order, with the label above, the loose text before and after, and the quirks the
// replica reproduces (shared radio ids, junk labels above the echoes, hidden reason parts).
import type { CollectedControl } from '../../../utils/messaging/page-protocol';
import {
  DIMENSION_LABELS,
  PLAN_CYCLE_YEARS,
  PROJECT_TYPE_LABELS,
  type DimensionNumber,
  type ProjectType,
} from '../../fixtures/portal/data';
import { formatBaht } from '../../fixtures/portal/html';
import {
  REPORT_FORM_VARIANTS,
  type ReplicaVariant,
  type ReportFieldKey,
} from '../../fixtures/portal/variants';

export type StatusValue = '2' | '3' | '4';
export type ReasonValue = '1' | '2' | '3' | '4';

/** What the form's fillable controls hold, as the page shows it (amounts as typed text). */
export interface ReportFormState {
  amount: string;
  paid: string;
  inPlan: boolean;
  status: StatusValue | null;
  reason: ReasonValue | null;
  reasonText: string;
  remark: string;
}

export interface ReportFormOptions {
  variant?: ReplicaVariant;
  /** Planned budget in baht; null gives the non-budget form (amounts as hidden inputs). Default 50,000. */
  budget?: number | null;
  /** Every visible control disabled, as on a project completed for the year. */
  locked?: boolean;
  /** BE fiscal year in the labels. Default 2570. */
  year?: number;
  planYears?: readonly number[];
  /** The echoed work type and dimension (radios `type` and `dimention`). Default 1 and 1. */
  projectType?: ProjectType;
  dimension?: DimensionNumber;
  state?: Partial<ReportFormState>;
}

export interface ReportForm {
  controls: CollectedControl[];
  /** Names of the form's hidden inputs, in document order (repeats kept, as the snapshot has them). */
  hiddenNames: string[];
}

export const EMPTY_STATE: ReportFormState = {
  amount: '0',
  paid: '0',
  inPlan: false,
  status: null,
  reason: null,
  reasonText: '',
  remark: '',
};

export const PROJECT_NAME_LABEL = 'ชื่อโครงการ/กิจกรรม/มาตรการ/แนวปฏิบัติงาน';
export const DIMENSION_LABEL = 'สาระสำคัญของโครงการ/กิจกรรม/มาตรการสอดคล้องกับกรอบแนวทาง ดังนี้';

/** One collected control; everything not given is what an unlabelled, enabled, visible text box has. */
export function control(fields: Partial<CollectedControl> & { key: number }): CollectedControl {
  return {
    tag: 'input',
    type: 'text',
    name: '',
    id: '',
    value: '',
    checked: false,
    disabled: false,
    required: false,
    visible: true,
    labelAbove: '',
    textBefore: '',
    textAfter: '',
    options: [],
    ...fields,
  };
}

/** The `name` of each fillable report control in that variant. */
export function namesOf(variant: ReplicaVariant = 'standard'): Record<ReportFieldKey, string> {
  return REPORT_FORM_VARIANTS[variant].names;
}

/** The replica's report form as collected controls, plus its hidden input names. */
export function reportForm(options: ReportFormOptions = {}): ReportForm {
  const w = REPORT_FORM_VARIANTS[options.variant ?? 'standard'];
  const n = w.names;
  const year = options.year ?? 2570;
  const budget = options.budget === undefined ? 50_000 : options.budget;
  const planYears = options.planYears ?? [2569, 2570];
  const projectType = options.projectType ?? 1;
  const dimension = options.dimension ?? 1;
  const s: ReportFormState = { ...EMPTY_STATE, ...options.state };
  const label = (template: string) => template.replace('{y}', String(year));
  const specs: CollectedControl[] = [];
  const add = (fields: Partial<CollectedControl>) => specs.push(control({ ...fields, key: specs.length }));

  // Disabled echoes of the plan: each year box is followed by a <label> that becomes the next one's label.
  let above = PROJECT_NAME_LABEL;
  for (const [i, cycleYear] of PLAN_CYCLE_YEARS.entries()) {
    if (!planYears.includes(cycleYear)) continue;
    add({
      type: 'checkbox',
      name: `year${i + 1}`,
      value: String(cycleYear),
      checked: true,
      disabled: true,
      labelAbove: above,
      textAfter: String(cycleYear),
    });
    above = String(cycleYear);
  }
  add({
    type: 'radio',
    name: 'type',
    value: String(projectType),
    checked: true,
    disabled: true,
    labelAbove: above,
    textAfter: PROJECT_TYPE_LABELS[projectType],
  });
  add({
    type: 'radio',
    name: 'dimention',
    value: String(dimension),
    checked: true,
    disabled: true,
    labelAbove: DIMENSION_LABEL,
    textAfter: DIMENSION_LABELS[dimension],
  });

  const hiddenNames = ['input_state', 'txtBudget'];
  let amountLabel = DIMENSION_LABEL;
  if (budget === null) {
    amountLabel = `งบประมาณ (วงเงินตามแผนพัฒนาท้องถิ่น) ประจำปีงบประมาณ พ.ศ. ${year}`;
    add({
      type: 'radio',
      name: 'budget',
      value: 'N',
      checked: true,
      disabled: true,
      labelAbove: amountLabel,
      textAfter: 'ดำเนินการโดยไม่ใช้งบประมาณ',
    });
    hiddenNames.push('id', n.amount, n.paid, 'use_budget');
  } else {
    // The label around the hidden txtBudget holds an input, so it names nothing: the one before stays.
    add({
      type: 'radio',
      name: 'budget',
      value: 'Y',
      checked: true,
      disabled: true,
      labelAbove: DIMENSION_LABEL,
      textAfter: `ดำเนินการโดยใช้งบประมาณ จำนวน ${formatBaht(budget)} บาท`,
    });
    const amountBox = (name: string, labelTemplate: string, value: string) =>
      add({
        name,
        id: name,
        value,
        required: true,
        labelAbove: label(labelTemplate),
        textBefore: w.amountBefore,
        textAfter: w.amountAfter,
      });
    amountBox(n.amount, w.amountLabel, s.amount);
    amountBox(n.paid, w.paidLabel, s.paid);
    amountLabel = label(w.paidLabel);
  }
  add({
    type: 'checkbox',
    name: n.inPlan,
    value: 'Y',
    checked: s.inPlan,
    labelAbove: amountLabel,
    textAfter: w.inPlanText,
  });

  const statusLabel = label(w.statusLabel);
  for (const v of ['2', '3', '4'] as const) {
    add({
      type: 'radio',
      name: n.status,
      id: 'rdoStatus',
      value: v,
      checked: s.status === v,
      labelAbove: statusLabel,
      textAfter: w.statusOptions[v],
    });
  }
  for (const v of ['1', '2', '3', '4'] as const) {
    add({
      type: 'radio',
      name: n.reason,
      id: 'rdoReason',
      value: v,
      checked: s.reason === v,
      visible: s.status === '4',
      labelAbove: statusLabel,
      textAfter: w.reasonOptions[v],
    });
  }
  add({
    name: n.reasonText,
    id: 'txtReason',
    value: s.reasonText,
    visible: s.reason === '4',
    labelAbove: statusLabel,
  });
  add({ tag: 'textarea', type: 'textarea', name: n.remark, value: s.remark, labelAbove: w.remarkLabel });
  hiddenNames.push('id', 'local_goverment_id', 'dimention', 'non_budget', 'r', 'y');

  const controls = specs.map((c) => ({ ...c, disabled: c.disabled || options.locked === true }));
  return { controls, hiddenNames };
}

/** The control with this name (and value, for radios and boxes); throws when the fixture has none. */
export function named(controls: readonly CollectedControl[], name: string, value?: string): CollectedControl {
  const found = controls.find((c) => c.name === name && (value === undefined || c.value === value));
  if (!found) throw new Error(`no control ${name}${value === undefined ? '' : `=${value}`}`);
  return found;
}

/** A copy of the controls with one control changed (found by name and, for radios, value). */
export function withControl(
  controls: readonly CollectedControl[],
  name: string,
  change: Partial<CollectedControl>,
  value?: string,
): CollectedControl[] {
  const target = named(controls, name, value);
  return controls.map((c) => (c.key === target.key ? { ...c, ...change } : c));
}
