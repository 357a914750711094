import { z } from 'zod';

/** Ids we make ourselves (crypto.randomUUID) or that came from a backup: short, plain characters only. */
export const RecordIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'an id is 1–64 letters, digits, "-" or "_"');

/** The first instant of 2200 (CE): later than any date the extension reads or shows (utils/thai/date.ts). */
const LAST_EPOCH_MS = Date.UTC(2200, 0, 1);

/** A moment as stored (ms since 1970): one every view can show, so a damaged far-off time is refused. */
const EpochMsSchema = z.number().int().nonnegative().max(LAST_EPOCH_MS);

/** What the store adds to every record: which version this is and when it was made. */
export const RecordMetaSchema = z.strictObject({
  id: RecordIdSchema,
  /** 1 for the first save, +1 for every save after it; earlier revisions live in the history. */
  revision: z.number().int().min(1),
  createdAt: EpochMsSchema,
  updatedAt: EpochMsSchema,
});
export type RecordMeta = z.infer<typeof RecordMetaSchema>;
export const RECORD_META_KEYS = ['id', 'revision', 'createdAt', 'updatedAt'] as const;

export { EpochMsSchema };
