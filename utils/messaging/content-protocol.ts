// The messages the content script sends to the background. zod/mini, because these schemas ship in the
// content script, whose start-up code must stay small; protocol.ts joins them with the rest.
import * as z from 'zod/mini';
import { PortalPageSchema } from '../portal/portal-page-schema';
import { PortalRoundStateSchema } from '../portal/portal-rounds';

/** Text typed into a portal form, kept so it can be recovered after a crash, an expiry or a reset. */
export const RecoverySnapshotSchema = z.strictObject({
  /** Which form: page kind, and for report pages project, year and round (see recoveryKeyOf). */
  pageKey: z.string().check(z.maxLength(200)),
  url: z.string().check(z.maxLength(2_000)),
  /** Control name → value, in page order; passwords are never collected. */
  fields: z
    .array(z.tuple([z.string().check(z.maxLength(200)), z.string().check(z.maxLength(50_000))]))
    .check(z.maxLength(500)),
  savedAt: z.int().check(z.nonnegative()),
  /** A plan form's text as it was sent with the portal's save. Typing again makes a slot without it. */
  sentAt: z.optional(z.int().check(z.nonnegative())),
  /**
   * When the portal's save handler answered that send (its page, projectcreateadd.php, was seen): the save
   * reached the portal. What it printed is not known, so success can't be told from a refusal: the text is
   * not offered unasked, and is offered as "sent" when asked, so a saved project is not typed in twice. A
   * send with no answer (the session had expired, the network failed) is offered as any typed text is.
   */
  answeredAt: z.optional(z.int().check(z.nonnegative())),
});
export type RecoverySnapshot = z.infer<typeof RecoverySnapshotSchema>;

export const CONTENT_REQUEST_SHAPES = {
  /** `rounds`: what the page itself shows of saved rounds (a report page, its own round's). */
  'page.seen': {
    page: PortalPageSchema,
    rounds: z.optional(z.array(PortalRoundStateSchema).check(z.maxLength(5_000))),
  },
  'portal.roundsSeen': { rounds: z.array(PortalRoundStateSchema).check(z.maxLength(5_000)) },
  'recovery.save': { snapshot: RecoverySnapshotSchema },
  'portal.saveSucceeded': {
    url: z.string().check(z.maxLength(2_000)),
    /** The page whose form was saved (`document.referrer`), when the browser gives it. */
    referrer: z.optional(z.string().check(z.maxLength(2_000))),
  },
} as const;

export const CONTENT_RESPONSE_SCHEMAS = {
  'page.seen': z.strictObject({ recorded: z.literal(true), recoveryAvailable: z.boolean() }),
  'portal.roundsSeen': z.strictObject({ recorded: z.int() }),
  'recovery.save': z.strictObject({ saved: z.literal(true) }),
  'portal.saveSucceeded': z.strictObject({ marked: z.nullable(z.string()) }),
} as const;

export type ContentRequestType = keyof typeof CONTENT_REQUEST_SHAPES;
export type ContentRequest = {
  [T in ContentRequestType]: { type: T } & {
    [K in keyof (typeof CONTENT_REQUEST_SHAPES)[T]]: z.infer<(typeof CONTENT_REQUEST_SHAPES)[T][K]>;
  };
}[ContentRequestType];
export type ContentResponseData<T extends ContentRequestType> = z.infer<(typeof CONTENT_RESPONSE_SCHEMAS)[T]>;
