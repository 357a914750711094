import { TARGET_GROUPS, type TargetGroup } from '../catalogue/target-groups';
import type { Dimension } from '../catalogue/dimensions';
import type { WorkType } from '../catalogue/work-types';
import type { MessageKey } from '../i18n/strings';
import { ProjectFieldsSchema, type ProjectFields } from '../model/project';
import { thaiDigitsToAscii } from '../thai/digits';
import { readAmount } from '../rules/normalise-amounts';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../model/fields';
import { amountTextOf } from './amount-text';
import { withinLimit, type TextTooLong } from './text-limit';

/** The project form as the person sees it: text exactly as typed, choices as the portal offers them. */
export interface ProjectForm {
  name: string;
  portalId: string;
  bmaCode: string;
  planYears: number[];
  workType: WorkType;
  dimension: Dimension;
  budgetYear: string;
  quarter: '' | '1' | '2' | '3' | '4';
  usesBudget: boolean;
  plannedBudget: string;
  targetGroups: TargetGroup[];
  objective: string;
  remark: string;
}

export type ProjectFormField = keyof ProjectForm;

/** A new project: this fiscal year ticked, the first type and dimension, no budget yet. */
export function newProjectForm(fiscalYear: number): ProjectForm {
  return {
    name: '',
    portalId: '',
    bmaCode: '',
    planYears: [fiscalYear],
    workType: '1',
    dimension: '1',
    budgetYear: String(fiscalYear),
    quarter: '',
    usesBudget: false,
    plannedBudget: '',
    targetGroups: [],
    objective: '',
    remark: '',
  };
}

export function projectFormOf(p: ProjectFields): ProjectForm {
  return {
    name: p.name,
    portalId: p.portalId ?? '',
    bmaCode: p.bmaCode ?? '',
    planYears: [...p.planYears],
    workType: p.workType,
    dimension: p.dimension,
    budgetYear: p.budgetYear === undefined ? '' : String(p.budgetYear),
    quarter: p.quarter ?? '',
    usesBudget: p.plannedBudget !== null,
    plannedBudget: amountTextOf(p.plannedBudget),
    targetGroups: [...p.targetGroups],
    objective: p.objective,
    remark: p.remark,
  };
}

export interface ProjectFormReading {
  /** What can be stored now: every readable field, and the stored value where a field can't be read. */
  fields: ProjectFields | null;
  /** Fields that could not be stored as typed, with why. */
  problems: Partial<Record<ProjectFormField, MessageKey>>;
  /** Text fields longer than the store keeps: their stored text is kept, and the form is not saved. */
  tooLong: Partial<Record<'name' | 'objective' | 'remark', TextTooLong>>;
}

/**
 * Turns the form into a project's fields. A field that can't be read (an amount with letters, a code in
 * the wrong shape) keeps its stored value and is named in `problems`, so the rest of the form is still
 * saved; the text stays in the form for the person to fix. A project without a name isn't stored yet.
 */
export function readProjectForm(
  form: ProjectForm,
  unitCode: string,
  stored: ProjectFields | null,
): ProjectFormReading {
  const problems: ProjectFormReading['problems'] = {};
  const tooLong: ProjectFormReading['tooLong'] = {};
  const text = (field: 'name' | 'objective' | 'remark', max: number) => {
    const kept = withinLimit(form[field], stored?.[field] ?? '', max);
    if (kept.tooLong) tooLong[field] = kept.tooLong;
    return kept.value;
  };
  const typedName = text('name', SHORT_TEXT_MAX);
  const name = typedName.trim() === '' ? stored?.name : typedName;
  if (form.name.trim() === '') problems.name = 'formNameRequired';

  const portalIdText = thaiDigitsToAscii(form.portalId.trim());
  let portalId = portalIdText === '' ? undefined : portalIdText;
  if (portalId !== undefined && !/^\d{1,12}$/.test(portalId)) {
    problems.portalId = 'formPortalIdShape';
    portalId = stored?.portalId;
  }
  const bmaText = thaiDigitsToAscii(form.bmaCode.trim());
  let bmaCode = bmaText === '' ? undefined : bmaText;
  if (bmaCode !== undefined && !/^\d{8}-\d{4}$/.test(bmaCode)) {
    problems.bmaCode = 'formBmaCodeShape';
    bmaCode = stored?.bmaCode;
  }
  let planYears = [...form.planYears].sort((a, b) => a - b);
  if (planYears.length === 0) {
    problems.planYears = 'formPlanYearsRequired';
    planYears = stored?.planYears ?? [];
  }
  let plannedBudget: number | null = null;
  if (form.usesBudget) {
    const amount = readAmount(form.plannedBudget);
    if (amount.state === 'whole' || amount.state === 'fractional') plannedBudget = amount.baht;
    else {
      problems.plannedBudget = amount.state === 'empty' ? 'formBudgetRequired' : 'formAmountUnreadable';
      plannedBudget = stored?.plannedBudget ?? null;
    }
  }
  const budgetYear = form.budgetYear === '' ? undefined : Number(form.budgetYear);
  if (name === undefined) return { fields: null, problems, tooLong };

  const candidate = {
    name,
    unitCode,
    planYears,
    workType: form.workType,
    dimension: form.dimension,
    plannedBudget,
    targetGroups: TARGET_GROUPS.map((g) => g.value).filter((g) => form.targetGroups.includes(g)),
    objective: text('objective', LONG_TEXT_MAX),
    remark: text('remark', LONG_TEXT_MAX),
    ...(portalId !== undefined && { portalId }),
    ...(bmaCode !== undefined && { bmaCode }),
    ...(budgetYear !== undefined && { budgetYear }),
    ...(form.quarter !== '' && { quarter: form.quarter }),
  };
  const parsed = ProjectFieldsSchema.safeParse(candidate);
  if (!parsed.success) {
    // The checks above should leave nothing for the schema to refuse; if one slips through, nothing is lost:
    // the stored version stays and the form keeps the text.
    return { fields: null, problems: { ...problems, name: problems.name ?? 'formNotSaved' }, tooLong };
  }
  return { fields: parsed.data, problems, tooLong };
}
