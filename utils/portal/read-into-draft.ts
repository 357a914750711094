import type { ProjectFields } from '../model/project';
import type { RoundReportFields } from '../model/round-report';
import { parseBahtAmount } from '../thai/amount';
import type { MatchResult } from './match-controls';

/**
 * What the page's form holds, as round-report draft fields ("Save as draft"): only the fields that have a
 * control, so a draft keeps what the page doesn't show. An amount the page holds that isn't a number is
 * left out and named, never turned into a wrong figure.
 */
export function readReportFields(match: MatchResult): {
  fields: Partial<RoundReportFields>;
  unreadable: string[];
} {
  const fields: Record<string, unknown> = {};
  const unreadable: string[] = [];
  for (const m of match.matched) {
    if (m.optionControls) {
      const chosen = [...m.optionControls].find(([, c]) => c.checked)?.[0] ?? null;
      fields[m.spec.field] = chosen;
    } else if (m.control?.type === 'checkbox') {
      fields[m.spec.field] = m.control.checked;
    } else if (m.control && m.spec.amount) {
      const text = m.control.value.trim();
      if (text === '') fields[m.spec.field] = null;
      else {
        const amount = parseBahtAmount(text);
        if (amount.ok) fields[m.spec.field] = amount.value;
        else unreadable.push(m.spec.field);
      }
    } else if (m.control) {
      fields[m.spec.field] = m.control.value;
    }
  }
  return { fields: fields as Partial<RoundReportFields>, unreadable };
}

/** What the plan form holds, as project draft fields ("Save as draft" on projectcreate.php). */
export function readProjectFields(match: MatchResult): {
  fields: Partial<ProjectFields>;
  unreadable: string[];
} {
  const raw: Record<string, unknown> = {};
  const unreadable: string[] = [];
  for (const m of match.matched) {
    if (m.spec.kind === 'checkbox-set') {
      raw[m.spec.field] = [...(m.optionControls ?? [])].filter(([, c]) => c.checked).map(([v]) => v);
    } else if (m.optionControls) {
      raw[m.spec.field] = [...m.optionControls].find(([, c]) => c.checked)?.[0];
    } else if (m.control) {
      raw[m.spec.field] = m.control.value;
    }
  }
  const fields: Partial<ProjectFields> = {};
  if (typeof raw.name === 'string' && raw.name.trim()) fields.name = raw.name;
  if (Array.isArray(raw.planYears)) fields.planYears = (raw.planYears as string[]).map(Number);
  if (typeof raw.workType === 'string') fields.workType = raw.workType as ProjectFields['workType'];
  if (typeof raw.dimension === 'string') fields.dimension = raw.dimension as ProjectFields['dimension'];
  if (raw.quarter === '1' || raw.quarter === '2' || raw.quarter === '3' || raw.quarter === '4') {
    fields.quarter = raw.quarter;
  }
  if (typeof raw.budgetYear === 'string' && /^25\d\d$/.test(raw.budgetYear))
    fields.budgetYear = Number(raw.budgetYear);
  if (raw.hasBudget === 'N') fields.plannedBudget = null;
  if (raw.hasBudget === 'Y' && typeof raw.plannedBudget === 'string') {
    const amount = parseBahtAmount(raw.plannedBudget);
    if (amount.ok) fields.plannedBudget = amount.value;
    else unreadable.push('plannedBudget');
  }
  if (Array.isArray(raw.targetGroups))
    fields.targetGroups = raw.targetGroups as ProjectFields['targetGroups'];
  if (typeof raw.objective === 'string') fields.objective = raw.objective;
  if (typeof raw.remark === 'string') fields.remark = raw.remark;
  return { fields, unreadable };
}
