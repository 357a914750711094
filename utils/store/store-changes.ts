// The small build of zod: the workspace's first, smallest code listens for changes before the rest has loaded.
import * as z from 'zod/mini';
import type { RecordKind } from './schema';

const CHANNEL = 'eplan-store-changes';

export interface StoreChange {
  kind: RecordKind | 'meta' | 'all';
  id?: string;
}

/** A change as another context announces it; anything else is read as "everything may have changed". */
const StoreChangeSchema = z.object({
  kind: z.enum(['project', 'report', 'meta', 'all']),
  id: z.optional(z.string()),
});

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
