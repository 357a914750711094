import type { RecordKind } from './schema';

const CHANNEL = 'eplan-store-changes';

export interface StoreChange {
  kind: RecordKind | 'meta' | 'all';
  id?: string;
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
  channel.onmessage = (event: MessageEvent<StoreChange>) => listener(event.data);
  return () => channel.close();
}
