// What portal-wake.js, running in the portal page's own world, may ask of the background. The page's own
// scripts share that world, so anything on a portal form page can send these: the background parses each
// against this schema, acts only on the page that sent it (the sender as Chrome names it, never an address
// in the message), and can be asked for nothing else. zod/mini: the background's parser stays small.
import * as z from 'zod/mini';
import { PortalRoundStateSchema } from '../portal/portal-rounds';

export const PageWorldMessageSchema = z.discriminatedUnion('type', [
  /** The person stirred on the page: start the form page's features there (portal-form.js). */
  z.strictObject({ type: z.literal('portal.stirred') }),
  /** The page is left untouched: what it showed of its own round (a report page's one round). */
  z.strictObject({
    type: z.literal('portal.leftUntouched'),
    rounds: z.array(PortalRoundStateSchema).check(z.maxLength(1)),
  }),
]);
export type PageWorldMessage = z.infer<typeof PageWorldMessageSchema>;

/** Whether a message is one of these (by its type; the handler parses it whole). */
export function isPageWorldMessage(message: unknown): boolean {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'portal.stirred' || type === 'portal.leftUntouched';
}
