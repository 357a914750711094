import type { IDBPDatabase } from 'idb';
import { openDraftDb } from './migrations';
import type { DraftDb } from './schema';

let shared: Promise<IDBPDatabase<DraftDb>> | undefined;

/**
 * One open connection to the draft database per extension context (the background, each extension page),
 * opened on first use. Free of the record schemas, so a page can start opening it before its larger code
 * has loaded; `openSharedStore` wraps the same connection.
 */
export function openSharedDb(): Promise<IDBPDatabase<DraftDb>> {
  shared ??= openDraftDb().catch((error: unknown) => {
    shared = undefined; // let the next call try again
    throw error;
  });
  return shared;
}
