import { DraftStore } from './draft-store';
import { openSharedDb } from './open-shared-db';

let shared: Promise<DraftStore> | undefined;

/** The drafts over this context's one database connection (`openSharedDb`), made on first use. */
export function openSharedStore(): Promise<DraftStore> {
  shared ??= openSharedDb().then(
    (db) => new DraftStore(db),
    (error: unknown) => {
      shared = undefined; // let the next call try again
      throw error;
    },
  );
  return shared;
}
