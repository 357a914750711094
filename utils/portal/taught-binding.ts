import { z } from 'zod';

/**
 * A binding the user taught by clicking a control ("Fix field mapping"): what identifies that control, so it
 * is found again on the next visit. Shareable between units in a profile file.
 */
export const TaughtBindingSchema = z.strictObject({
  pageKind: z.enum(['report', 'plan']),
  field: z.string().min(1).max(60),
  /** For a radio field: which option the clicked radio stands for. */
  option: z.string().max(20).optional(),
  control: z.strictObject({
    type: z.string().max(30),
    name: z.string().max(200),
    id: z.string().max(200),
    labelAbove: z.string().max(300),
    textAfter: z.string().max(300),
  }),
});
export type TaughtBinding = z.infer<typeof TaughtBindingSchema>;
