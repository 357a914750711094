import { DraftStore } from './draft-store';

let shared: Promise<DraftStore> | undefined;

/** One open connection per extension context (the background, each extension page), opened on first use. */
export function openSharedStore(): Promise<DraftStore> {
  shared ??= DraftStore.open().catch((error: unknown) => {
    shared = undefined; // let the next call try again
    throw error;
  });
  return shared;
}
