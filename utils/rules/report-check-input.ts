import { z } from 'zod';
import { RoundSchema } from '../calendar/rounds';
import { ReasonSchema } from '../catalogue/reasons';
import { ReportStatusSchema } from '../catalogue/report-statuses';
import { BahtSchema, BeYearSchema, longText } from '../model/fields';

/** Which report a page or a draft is for. */
export const ReportPeriodSchema = z.strictObject({ fiscalYear: BeYearSchema, round: RoundSchema });
export type ReportPeriod = z.infer<typeof ReportPeriodSchema>;

/** The 6-month disbursed amount a 12-month report is compared with, and where it came from. */
export const SixMonthDisbursedSchema = z.strictObject({
  /** null: the 6-month round has no amount (not entered, or a project without a budget). */
  disbursed: BahtSchema.nullable(),
  /** `submitted`: what the portal received; `draft`: the saved 6-month draft. */
  source: z.enum(['submitted', 'draft']),
});
export type SixMonthDisbursed = z.infer<typeof SixMonthDisbursedSchema>;

/**
 * What would be sent for one project's round report, plus what the checks need to know around it. The page
 * builds it from the form's values, the workspace from a draft (reportCheckInputFromDraft): no DOM here.
 * Amounts stay as typed, because reading them (Thai digits, commas, `บาท`) is part of the check.
 */
export const ReportCheckInputSchema = z.strictObject({
  /** The fiscal year (BE) and round of the report being checked. */
  fiscalYear: BeYearSchema,
  round: RoundSchema,
  /** `txtAmount` as typed. */
  ordinanceBudgetText: z.string().max(1_000),
  /** `txtPaid` as typed. */
  disbursedText: z.string().max(1_000),
  /** false: a project without a budget, whose page has no amount inputs (the texts are then ignored). */
  amountFieldsPresent: z.boolean(),
  /** `input_plan` ticked. */
  inPlan: z.boolean(),
  /** `status_process`; null = none chosen. */
  status: ReportStatusSchema.nullable(),
  /** `cant_process`; null = none chosen. */
  reason: ReasonSchema.nullable(),
  /** `cant_reason`. Bounded like remarks, not like the draft, so a long text typed on the page still checks. */
  otherReason: longText(),
  /** `txtRemarkReport`. */
  remarks: longText(),
  project: z.strictObject({
    /** Planned budget in baht; null = a project run without a budget. */
    plannedBudget: BahtSchema.nullable(),
  }),
  /** What the portal page is for; null in the workspace. */
  page: ReportPeriodSchema.nullable(),
  /** The draft the form was filled from; null when typed by hand. */
  filledFrom: ReportPeriodSchema.nullable(),
  /** For a 12-month report: the same project's 6-month disbursed amount, when known. */
  sixMonth: SixMonthDisbursedSchema.nullable(),
});
export type ReportCheckInput = z.infer<typeof ReportCheckInputSchema>;
