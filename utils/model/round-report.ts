import { z } from 'zod';
import { LifecycleSchema } from '../catalogue/lifecycles';
import { ReasonSchema } from '../catalogue/reasons';
import { ReportStatusSchema } from '../catalogue/report-statuses';
import { RoundSchema } from '../calendar/rounds';
import { BahtSchema, BeYearSchema, SHORT_TEXT_MAX, longText } from './fields';
import { stableJson } from '../store/stable-json';
import { EpochMsSchema, RecordIdSchema, RecordMetaSchema } from './record-meta';

/** The values the portal received, by field name, kept so later checks and reminders know what was sent. */
export const SubmittedValuesSchema = z.record(z.string().max(100), z.string().max(20_000));

/** What a person enters for one project's report in one round of one fiscal year (projectreport.php). */
export const RoundReportFieldsSchema = z.strictObject({
  projectId: RecordIdSchema,
  fiscalYear: BeYearSchema,
  round: RoundSchema,
  /** `txtAmount`: budget under the local ordinance this fiscal year; null = not entered yet. */
  ordinanceBudget: BahtSchema.nullable(),
  /** `txtPaid`: budget disbursed this fiscal year; null = not entered yet. */
  disbursed: BahtSchema.nullable(),
  /** `input_plan`: included in the ordinance / plan. */
  inPlan: z.boolean(),
  /** `status_process`; null = not chosen yet. */
  status: ReportStatusSchema.nullable(),
  /** `cant_process`, for status 4. */
  reason: ReasonSchema.nullable(),
  /** `cant_reason`, for reason 4. */
  otherReason: longText(SHORT_TEXT_MAX),
  /** `txtRemarkReport`: the only narrative the portal takes. */
  remarks: longText(),
  lifecycle: LifecycleSchema,
  readyAt: EpochMsSchema.optional(),
  submittedAt: EpochMsSchema.optional(),
  submittedValues: SubmittedValuesSchema.optional(),
});
export type RoundReportFields = z.infer<typeof RoundReportFieldsSchema>;

export const RoundReportSchema = z.strictObject({
  ...RecordMetaSchema.shape,
  ...RoundReportFieldsSchema.shape,
});
export type RoundReport = z.infer<typeof RoundReportSchema>;

/** A new, empty draft for a project's round. */
export function emptyRoundReport(projectId: string, fiscalYear: number, round: 1 | 2): RoundReportFields {
  return {
    projectId,
    fiscalYear,
    round,
    ordinanceBudget: null,
    disbursed: null,
    inPlan: false,
    status: null,
    reason: null,
    otherReason: '',
    remarks: '',
    lifecycle: 'draft',
  };
}

/**
 * An earlier version's text (from the history, or a report restored from the trash) brought back over the
 * current report. What the portal holds does not change with it: a submitted report stays submitted, with
 * the time and the values sent, and a submitted one brought back over a draft is the submitted one. A ready
 * draft becomes a draft again when the text differs, as "ready" vouched for the text that was checked.
 */
export function restoredReportFields(
  current: RoundReportFields,
  earlier: RoundReportFields,
): RoundReportFields {
  const content = ({
    lifecycle: _l,
    readyAt: _r,
    submittedAt: _s,
    submittedValues: _v,
    ...rest
  }: RoundReportFields) => rest;
  if (earlier.lifecycle === 'submitted' && current.lifecycle !== 'submitted') return earlier;
  const restored: RoundReportFields = { ...content(earlier), lifecycle: 'draft' };
  if (stableJson(restored) === stableJson({ ...content(current), lifecycle: 'draft' })) return current;
  if (current.lifecycle === 'submitted') restored.lifecycle = 'submitted';
  if (current.submittedAt !== undefined) restored.submittedAt = current.submittedAt;
  if (current.submittedValues !== undefined) restored.submittedValues = current.submittedValues;
  return restored;
}
