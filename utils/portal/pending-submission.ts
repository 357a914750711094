import { z } from 'zod';
import { RoundSchema } from '../calendar/rounds';
import { ReportStatusSchema } from '../catalogue/report-statuses';
import { BeYearSchema } from '../model/fields';
import { EpochMsSchema, RecordIdSchema } from '../model/record-meta';

/**
 * A report the person chose to send after the review: which draft, and the values the form held. It
 * becomes "submitted" only when the portal answers with its success text, shortly after.
 */
export const PendingSubmissionSchema = z.strictObject({
  reportId: RecordIdSchema.nullable(),
  projectId: RecordIdSchema.nullable(),
  fiscalYear: BeYearSchema,
  round: RoundSchema,
  values: z.record(z.string().max(100), z.string().max(20_000)),
  /**
   * The status the form sent, read through the field bindings (so a renamed radio the unit taught still
   * counts); absent in a send recorded by an earlier version.
   */
  status: ReportStatusSchema.nullable().optional(),
  at: EpochMsSchema,
});
export type PendingSubmission = z.infer<typeof PendingSubmissionSchema>;

/** The portal answers a save within seconds; a send older than this is not the one a page answers. */
export const SAVE_ANSWER_WITHIN_MS = 10 * 60 * 1000;
