import type { CollectedControl, FillAction } from '../messaging/page-protocol';
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

type DraftValue = string | boolean | null;

/** A draft's value for a field as the portal takes it: amounts as whole-baht digits, booleans, choices. */
function draftValueOf(match: FieldMatch, draft: RoundReportFields): { value: DraftValue; invalid?: boolean } {
  const raw = (draft as unknown as Record<string, unknown>)[match.spec.field];
  if (raw === null || raw === undefined) return { value: null };
  if (match.spec.amount && typeof raw === 'number') {
    const digits = toPortalAmount(raw);
    return digits.ok ? { value: digits.value } : { value: String(raw), invalid: true };
  }
  if (typeof raw === 'boolean') return { value: raw };
  return { value: String(raw) };
}

/** Whether the page wants this field at all given the draft's other choices (the portal hides them). */
function needed(field: string, draft: RoundReportFields): boolean {
  if (field === 'reason') return draft.status === '4';
  if (field === 'otherReason') return draft.status === '4' && draft.reason === '4';
  return true;
}

function currentOf(match: FieldMatch): DraftValue {
  if (match.optionControls) {
    for (const [value, control] of match.optionControls) if (control.checked) return value;
    return null;
  }
  const control = match.control!;
  return control.type === 'checkbox' ? control.checked : control.value;
}

function show(value: DraftValue, match: FieldMatch): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? '☑' : '☐';
  const option = match.spec.options.find((o) => o.value === value);
  return option ? (option.labels[0] ?? value) : value;
}

/**
 * What filling a round report draft into the page would do, field by field, in the order the page needs
 * (status before its reason, the reason before its text). Pure: the content script carries it out.
 */
export function planReportFill(match: MatchResult, draft: RoundReportFields): FillPlan {
  const actions: FillAction[] = [];
  const preview: PreviewRow[] = [];
  for (const m of match.matched) {
    const current = currentOf(m);
    const { value, invalid } = draftValueOf(m, draft);
    const row = (state: PreviewState): PreviewRow => ({
      field: m.spec.field,
      labelTh: m.spec.labelTh,
      current: show(current, m),
      next: show(value, m),
      state,
    });
    if (!needed(m.spec.field, draft)) {
      preview.push(row('not-needed'));
      continue;
    }
    if (value === null) {
      preview.push(row('not-in-draft'));
      continue;
    }
    if (invalid) {
      preview.push(row('invalid'));
      continue;
    }
    const target: CollectedControl | undefined = m.optionControls
      ? m.optionControls.get(String(value))
      : m.control;
    if (!target) {
      preview.push(row('invalid'));
      continue;
    }
    if (target.disabled) {
      preview.push(row('disabled'));
      continue;
    }
    if (current === value) {
      preview.push(row('same'));
      continue;
    }
    actions.push(
      m.optionControls || target.type === 'checkbox'
        ? { key: target.key, op: 'check', value: String(m.optionControls ? true : value) }
        : { key: target.key, op: 'set', value: String(value) },
    );
    preview.push(row('fill'));
  }
  return { actions, preview };
}
