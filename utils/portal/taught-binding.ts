import { z } from 'zod';
import { normaliseLabel } from './label-text';

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
    /**
     * A radio's or checkbox's own value: its group (or set) shares the name, and its words may sit in
     * another table cell. Absent in lessons taught by earlier versions.
     */
    value: z.string().max(200).optional(),
  }),
});
export type TaughtBinding = z.infer<typeof TaughtBindingSchema>;

/** What a control is known by: a taught binding's `control`, or a control collected from the page. */
export type ControlIdentity = TaughtBinding['control'];

/**
 * Whether a taught control is this control: the same type, and the same name (for a radio or checkbox, also
 * the same value, or without one the same words after it, since a group or set can share its name), else
 * the same id, else the same words above and after.
 */
export function identifiesControl(taught: ControlIdentity, control: ControlIdentity): boolean {
  if (taught.type !== control.type) return false;
  if (taught.name) {
    if (taught.name !== control.name) return false;
    if (taught.type !== 'radio' && taught.type !== 'checkbox') return true;
    return taught.value !== undefined && control.value !== undefined
      ? taught.value === control.value
      : normaliseLabel(taught.textAfter) === normaliseLabel(control.textAfter);
  }
  if (taught.id) return taught.id === control.id;
  return (
    normaliseLabel(taught.labelAbove) === normaliseLabel(control.labelAbove) &&
    normaliseLabel(taught.textAfter) === normaliseLabel(control.textAfter)
  );
}
