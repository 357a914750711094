// Messages between the assistant (an extension page in an iframe on the portal) and the content script
// that reads and fills the portal's form. zod/mini: the content script parses these at its start-up size.
import * as z from 'zod/mini';
import { PortalPageSchema } from '../portal/portal-page-schema';

export const CollectedControlSchema = z.strictObject({
  /** Position among the page's fillable controls when collected; the key for fill actions. */
  key: z.int().check(z.nonnegative()),
  tag: z.enum(['input', 'textarea', 'select']),
  type: z.string(),
  name: z.string(),
  id: z.string(),
  value: z.string(),
  checked: z.boolean(),
  disabled: z.boolean(),
  required: z.boolean(),
  visible: z.boolean(),
  /** The nearest label before the control (the portal's `label.text-h` above it, without `for`). */
  labelAbove: z.string(),
  /** Loose text just before the control on its line ("จำนวน"). */
  textBefore: z.string(),
  /** Loose text just after it: a radio's or checkbox's own words. */
  textAfter: z.string(),
  options: z.array(z.strictObject({ value: z.string(), text: z.string() })),
});
export type CollectedControl = z.infer<typeof CollectedControlSchema>;

export const FillActionSchema = z.strictObject({
  key: z.int().check(z.nonnegative()),
  /** `set` writes text; `check` makes a box or radio ticked (true) or not (false) by clicking it. */
  op: z.enum(['set', 'check']),
  value: z.string(),
});
export type FillAction = z.infer<typeof FillActionSchema>;

export const PageRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('page.collect') }),
  z.strictObject({
    type: z.literal('page.apply'),
    actions: z.array(FillActionSchema).check(z.maxLength(2_000)),
  }),
  z.strictObject({ type: z.literal('page.undo') }),
  /** The assistant has loaded and listens for the review request. */
  z.strictObject({ type: z.literal('assistant.ready') }),
  z.strictObject({ type: z.literal('page.pick') }),
  z.strictObject({ type: z.literal('page.focus'), key: z.int() }),
  z.strictObject({
    type: z.literal('page.mark'),
    marks: z
      .array(
        z.strictObject({
          key: z.int().check(z.nonnegative()),
          text: z.string().check(z.maxLength(1_000)),
          severity: z.enum(['error', 'warning']),
        }),
      )
      .check(z.maxLength(100)),
  }),
  z.strictObject({
    type: z.literal('assistant.resize'),
    height: z.int().check(z.minimum(0), z.maximum(4_000)),
    /** Cover the whole window (the review before submit) instead of the corner panel. */
    modal: z.optional(z.boolean()),
  }),
]);
export type PageRequest = z.infer<typeof PageRequestSchema>;

export const PageSnapshotSchema = z.strictObject({
  page: PortalPageSchema,
  /** The project name in the page's h2, if any. */
  heading: z.string(),
  controls: z.array(CollectedControlSchema),
  /** Names of the form's hidden inputs: a field the portal fixes itself (a non-budget project's amounts). */
  hiddenNames: z.array(z.string()),
});
export type PageSnapshot = z.infer<typeof PageSnapshotSchema>;

export const ApplyResultSchema = z.strictObject({
  results: z.array(
    z.strictObject({
      key: z.int(),
      ok: z.boolean(),
      reason: z.optional(z.enum(['disabled', 'missing', 'changed'])),
    }),
  ),
});
export type ApplyResult = z.infer<typeof ApplyResultSchema>;

export const PAGE_RESPONSE_SCHEMAS = {
  'page.collect': PageSnapshotSchema,
  'page.apply': ApplyResultSchema,
  'page.undo': z.strictObject({ restored: z.int() }),
  'assistant.ready': z.strictObject({ ready: z.literal(true) }),
  'page.pick': z.strictObject({ control: z.nullable(CollectedControlSchema) }),
  'page.focus': z.strictObject({ focused: z.boolean() }),
  'page.mark': z.strictObject({ marked: z.int() }),
  'assistant.resize': z.strictObject({ height: z.int() }),
} as const;
export type PageResponse<T extends PageRequest['type']> = z.infer<(typeof PAGE_RESPONSE_SCHEMAS)[T]>;
