// The small build of zod: the workspace's first, smallest code listens for changes before the rest has loaded.
import * as z from 'zod/mini';
import { isRecoveryMetaKey } from './meta-keys';

const CHANNEL = 'eplan-store-changes';

/** A change as another context announces it; anything else is read as "everything may have changed". */
const StoreChangeSchema = z.object({
  /** A record kind (utils/store/schema.ts), a meta key, or everything (an import). */
  kind: z.enum(['project', 'report', 'meta', 'all']),
  id: z.optional(z.string()),
});
export type StoreChange = z.infer<typeof StoreChangeSchema>;

/**
 * Whether a change may touch anything besides these meta keys and the text kept for recovery: a record,
 * an import, any other meta key (one added later included), or a meta write that does not say which.
 */
export function changeReachesBeyond(change: StoreChange, metaKeys: ReadonlySet<string>): boolean {
  if (change.kind !== 'meta' || change.id === undefined) return true;
  return !metaKeys.has(change.id) && !isRecoveryMetaKey(change.id);
}

/**
 * Tells every other context of the extension (background, workspace, popup) that the drafts changed, so
 * badges and lists are recomputed. BroadcastChannel reaches every same-origin context but the sender.
 */
export function announceStoreChange(change: StoreChange): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(change);
  channel.close();
}

/** Calls `listener` after any write to the drafts from any context, this one included. */
export function onStoreChange(listener: (change: StoreChange) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const change = StoreChangeSchema.safeParse(event.data);
    listener(change.success ? change.data : { kind: 'all' });
  };
  return () => channel.close();
}
