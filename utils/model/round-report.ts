import { z } from 'zod';
import { LifecycleSchema } from '../catalogue/lifecycles';
import { ReasonSchema } from '../catalogue/reasons';
import { ReportStatusSchema } from '../catalogue/report-statuses';
import { RoundSchema } from '../calendar/rounds';
import { BahtSchema, BeYearSchema, longText } from './fields';
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
  otherReason: longText(2_000),
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
