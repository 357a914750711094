// zod/mini, so the pieces that parse it stay small.
import * as z from 'zod/mini';
import type { PortalPage } from './page-kind';

export const PageKindSchema = z.enum(['report', 'plan', 'project-list', 'dashboard', 'login', 'other']);

export const PortalPageSchema = z.strictObject({
  kind: PageKindSchema,
  url: z.url().check(z.maxLength(2_000)),
  /** Report pages: the portal's project id, round and BE fiscal year from the query string. */
  projectId: z.optional(z.string().check(z.regex(/^\d{1,12}$/))),
  round: z.optional(z.union([z.literal(1), z.literal(2)])),
  fiscalYear: z.optional(z.int().check(z.minimum(2500), z.maximum(2700))),
});

// The schema and the hand-written type must describe the same thing.
const _sameShape: z.ZodMiniType<PortalPage> = PortalPageSchema;
void _sameShape;
