import { z } from 'zod';

/**
 * Which page control holds which draft field, as data: the portal can rename a field or reword a label
 * and only a profile changes (or the user teaches a binding on the page). Matched by `names` first, then
 * by the Thai `labels` near the control.
 */
export const FieldSpecSchema = z.strictObject({
  /** The draft field this control holds (a RoundReport or Project field). */
  field: z.string().min(1).max(60),
  /** The field's name in the portal's own Thai, for lists and previews. */
  labelTh: z.string().max(200),
  /** `checkbox-set`: several boxes, one per option, the draft value a list (plan years, target groups). */
  kind: z.enum(['text', 'textarea', 'radio', 'checkbox', 'select', 'checkbox-set']),
  names: z.array(z.string().max(100)).max(20),
  /** Words of the label above or before the control (text boxes) or after it (a single checkbox). */
  labels: z.array(z.string().min(1).max(200)).max(20),
  /** A box with no words of its own: the first such control right after this radio option. */
  follows: z.strictObject({ field: z.string(), option: z.string() }).optional(),
  /** A control the page enables only after this radio option is clicked (the plan form's budget box). */
  enabledBy: z.strictObject({ field: z.string(), option: z.string() }).optional(),
  /** Whole-baht amount: written as plain digits. */
  amount: z.boolean().default(false),
  /** Radios, selects and checkbox sets: each draft value, the portal's value, and the words beside it. */
  options: z
    .array(
      z.strictObject({
        value: z.string(),
        portalValue: z.string(),
        labels: z.array(z.string().min(1)).max(10),
        /** checkbox-set: the box's own name, when each option has one (target_group1 …). */
        names: z.array(z.string()).max(5).default([]),
      }),
    )
    .max(40)
    .default([]),
});
export type FieldSpec = z.infer<typeof FieldSpecSchema>;

export const PageProfileSchema = z.strictObject({
  id: z.string().min(1).max(60),
  pageKind: z.enum(['report', 'plan']),
  version: z.literal(1),
  fields: z.array(FieldSpecSchema).min(1).max(100),
});
export type PageProfile = z.infer<typeof PageProfileSchema>;
