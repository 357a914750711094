import type { Reason } from '../catalogue/reasons';
import type { ReportStatus } from '../catalogue/report-statuses';
import type { Round } from '../calendar/rounds';
import type { ProjectFields } from '../model/project';
import { RoundReportFieldsSchema, emptyRoundReport, type RoundReportFields } from '../model/round-report';
import type { ReportCheckInput } from '../rules/report-check-input';
import { reportCheckInputFromDraft } from '../rules/report-check-input-from-draft';
import { readAmount } from '../rules/normalise-amounts';
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../model/fields';
import { amountTextOf } from './amount-text';
import { withinLimit, type TextTooLong } from './text-limit';

/** A round draft's form as the person sees it: amounts exactly as typed. */
export interface ReportForm {
  ordinanceBudget: string;
  disbursed: string;
  inPlan: boolean;
  status: ReportStatus | null;
  reason: Reason | null;
  otherReason: string;
  remarks: string;
}

export function reportFormOf(r: RoundReportFields): ReportForm {
  return {
    ordinanceBudget: amountTextOf(r.ordinanceBudget),
    disbursed: amountTextOf(r.disbursed),
    inPlan: r.inPlan,
    status: r.status,
    reason: r.reason,
    otherReason: r.otherReason,
    remarks: r.remarks,
  };
}

export interface ReportFormReading {
  fields: RoundReportFields;
  /** Amount fields whose text could not be read: their stored value is kept. */
  unreadable: ('ordinanceBudget' | 'disbursed')[];
  /** Text fields longer than the store keeps: their stored text is kept, and the form is not saved. */
  tooLong: Partial<Record<'otherReason' | 'remarks', TextTooLong>>;
}

/**
 * The round draft to store for this form. An amount that can't be read keeps the stored amount (the rules
 * explain the problem beside the field, from the text as typed), and so does a text too long to keep (the
 * form says so beside it). Changing anything a ready draft holds
 * makes it a draft again: "ready" vouches for the text that was checked, not for later edits.
 */
export function readReportForm(
  form: ReportForm,
  where: { projectId: string; fiscalYear: number; round: Round },
  stored: RoundReportFields | null,
): ReportFormReading {
  const base = stored ?? emptyRoundReport(where.projectId, where.fiscalYear, where.round);
  const unreadable: ReportFormReading['unreadable'] = [];
  const amount = (field: 'ordinanceBudget' | 'disbursed') => {
    const reading = readAmount(form[field]);
    if (reading.state === 'empty') return null;
    if (reading.state === 'whole' || reading.state === 'fractional') return reading.baht;
    unreadable.push(field);
    return base[field];
  };
  const tooLong: ReportFormReading['tooLong'] = {};
  const text = (field: 'otherReason' | 'remarks', max: number) => {
    const kept = withinLimit(form[field], base[field], max);
    if (kept.tooLong) tooLong[field] = kept.tooLong;
    return kept.value;
  };
  const next: RoundReportFields = {
    ...base,
    ordinanceBudget: amount('ordinanceBudget'),
    disbursed: amount('disbursed'),
    inPlan: form.inPlan,
    status: form.status,
    // Kept even while another status is chosen: switching back finds the reason as it was.
    reason: form.reason,
    otherReason: text('otherReason', SHORT_TEXT_MAX),
    remarks: text('remarks', LONG_TEXT_MAX),
  };
  if (base.lifecycle === 'ready' && contentChanged(base, next)) {
    next.lifecycle = 'draft';
    delete next.readyAt;
  }
  return { fields: RoundReportFieldsSchema.parse(next), unreadable, tooLong };
}

function contentChanged(a: RoundReportFields, b: RoundReportFields): boolean {
  const keys = [
    'ordinanceBudget',
    'disbursed',
    'inPlan',
    'status',
    'reason',
    'otherReason',
    'remarks',
  ] as const;
  return keys.some((k) => a[k] !== b[k]);
}

/**
 * What the checks see: the draft as the fill would type it; an amount that can't be read is passed as typed,
 * so the rules name the slip in the person's own text. (A readable `50,000` is passed as the `50000` the
 * fill will type: the form shows that beside the field, so no warning is needed for it.)
 */
export function reportCheckInputOfForm(
  form: ReportForm,
  reading: ReportFormReading,
  project: Pick<ProjectFields, 'plannedBudget'>,
  sixMonth: RoundReportFields | null,
): ReportCheckInput {
  const input = reportCheckInputFromDraft(reading.fields, project, sixMonth);
  const asTyped = (field: 'ordinanceBudget' | 'disbursed', fallback: string) =>
    reading.unreadable.includes(field) ? form[field].trim() : fallback;
  return {
    ...input,
    ordinanceBudgetText: asTyped('ordinanceBudget', input.ordinanceBudgetText),
    disbursedText: asTyped('disbursed', input.disbursedText),
  };
}
