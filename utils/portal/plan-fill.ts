import type { CollectedControl, FillAction } from '../messaging/page-protocol';
import type { ProjectFields } from '../model/project';
import type { RoundReportFields } from '../model/round-report';
import { toPortalAmount } from '../thai/amount';
import type { FieldMatch, MatchResult } from './match-controls';

export type PreviewState = 'fill' | 'same' | 'disabled' | 'not-in-draft' | 'not-needed' | 'invalid';

export interface PreviewRow {
  field: string;
  labelTh: string;
  /** What the page holds now and what the draft would put there, as the portal shows and receives it. */
  current: string;
  next: string;
  state: PreviewState;
}

export interface FillPlan {
  actions: FillAction[];
  preview: PreviewRow[];
}

/** A draft's value for one field: text, a choice, a tick, an amount, or several choices. */
export type FillValue = string | number | boolean | null | readonly string[];
export type FillValues = Readonly<Record<string, FillValue | undefined>>;

type Current = string | boolean | null | string[];

function currentOf(match: FieldMatch): Current {
  if (match.spec.kind === 'checkbox-set') {
    return [...(match.optionControls ?? [])].filter(([, c]) => c.checked).map(([value]) => value);
  }
  if (match.optionControls) {
    for (const [value, control] of match.optionControls) if (control.checked) return value;
    return null;
  }
  const control = match.control!;
  return control.type === 'checkbox' ? control.checked : control.value;
}

function optionLabel(match: FieldMatch, value: string): string {
  return match.spec.options.find((o) => o.value === value)?.labels[0] ?? value;
}

function show(value: Current | FillValue | undefined, match: FieldMatch): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '☑' : '☐';
  if (Array.isArray(value)) return value.map((v: string) => optionLabel(match, v)).join(', ');
  return optionLabel(match, String(value));
}

/**
 * What filling a draft into the page would do, field by field, in the profile's order (which is the order
 * the page needs: a status before its reason, the budget radio before its amount). Pure: the content
 * script carries out the actions.
 */
export function planFill(
  match: MatchResult,
  values: FillValues,
  needed: (field: string, values: FillValues) => boolean = () => true,
): FillPlan {
  const actions: FillAction[] = [];
  const preview: PreviewRow[] = [];
  const chosen = new Map<string, string>(); // radio choices this plan makes, for `enabledBy`
  for (const m of match.matched) {
    const current = currentOf(m);
    let value = values[m.spec.field] ?? null;
    let invalid = false;
    if (m.spec.amount && typeof value === 'number') {
      const digits = toPortalAmount(value);
      invalid = !digits.ok;
      value = digits.ok ? digits.value : String(value);
    }
    const row = (state: PreviewState): PreviewRow => ({
      field: m.spec.field,
      labelTh: m.spec.labelTh,
      current: show(current, m),
      next: show(value, m),
      state,
    });
    if (!needed(m.spec.field, values)) {
      preview.push(row('not-needed'));
      continue;
    }
    // An empty draft value (a text of only spaces or line breaks, an empty list) never wipes what is on
    // the page.
    if (
      value === null ||
      (typeof value === 'string' && value.trim() === '') ||
      (Array.isArray(value) && value.length === 0)
    ) {
      preview.push(row('not-in-draft'));
      continue;
    }
    if (invalid) {
      preview.push(row('invalid'));
      continue;
    }

    if (m.spec.kind === 'checkbox-set') {
      const wanted = new Set(value as readonly string[]);
      const missing = [...wanted].some((v) => !m.optionControls?.has(v));
      const changes = [...(m.optionControls ?? [])].filter(([v, c]) => c.checked !== wanted.has(v));
      if (missing) preview.push(row('invalid'));
      else if (changes.length === 0) preview.push(row('same'));
      else if (changes.some(([, c]) => c.disabled)) preview.push(row('disabled'));
      else {
        for (const [v, c] of changes) actions.push({ key: c.key, op: 'check', value: String(wanted.has(v)) });
        preview.push(row('fill'));
      }
      continue;
    }

    const target: CollectedControl | undefined =
      m.spec.kind === 'radio' ? m.optionControls?.get(String(value)) : m.control;
    if (
      !target ||
      (m.spec.kind === 'select' && !target.options.some((o) => o.value === portalValueOf(m, value)))
    ) {
      preview.push(row('invalid'));
      continue;
    }
    const enabledByPlan =
      m.spec.enabledBy !== undefined && chosen.get(m.spec.enabledBy.field) === m.spec.enabledBy.option;
    if (target.disabled && !enabledByPlan) {
      preview.push(row('disabled'));
      continue;
    }
    if (m.spec.kind === 'radio') chosen.set(m.spec.field, String(value));
    if (current === value || (m.spec.kind === 'select' && current === portalValueOf(m, value))) {
      preview.push(row('same'));
      continue;
    }
    if (m.spec.kind === 'radio') actions.push({ key: target.key, op: 'check', value: 'true' });
    else if (m.spec.kind === 'checkbox') actions.push({ key: target.key, op: 'check', value: String(value) });
    else actions.push({ key: target.key, op: 'set', value: portalValueOf(m, value) });
    preview.push(row('fill'));
  }
  return { actions, preview };
}

function portalValueOf(match: FieldMatch, value: FillValue): string {
  return match.spec.options.find((o) => o.value === String(value))?.portalValue ?? String(value);
}

/** A round report draft into the report form: the reason only for status 4, its text only for reason 4. */
export function planReportFill(match: MatchResult, draft: RoundReportFields): FillPlan {
  return planFill(match, draft as unknown as FillValues, (field) => {
    if (field === 'reason') return draft.status === '4';
    if (field === 'otherReason') return draft.status === '4' && draft.reason === '4';
    return true;
  });
}

/** The plan form's values for a project draft: years and groups as lists, the budget as a radio and amount. */
export function projectFillValues(project: ProjectFields): FillValues {
  return {
    name: project.name,
    planYears: project.planYears.map(String),
    workType: project.workType,
    quarter: project.quarter ?? null,
    dimension: project.dimension,
    budgetYear: project.budgetYear === undefined ? null : String(project.budgetYear),
    hasBudget: project.plannedBudget === null ? 'N' : 'Y',
    plannedBudget: project.plannedBudget,
    targetGroups: project.targetGroups,
    objective: project.objective,
    remark: project.remark,
  };
}

/** A project draft into the plan form: the amount only when the project has a budget. */
export function planProjectFill(match: MatchResult, project: ProjectFields): FillPlan {
  return planFill(match, projectFillValues(project), (field, values) =>
    field === 'plannedBudget' ? values.hasBudget === 'Y' : true,
  );
}
