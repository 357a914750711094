import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { DB_NAME, DB_VERSION } from './db-version';
import type { DraftDb } from './schema';

type UpgradeTx = IDBPTransaction<DraftDb, StoreNames<DraftDb>[], 'versionchange'>;
// Older layouts had stores and indexes that today's typed schema no longer names; migrations work untyped.
type AnyDb = IDBPDatabase<unknown>;
type AnyTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/** Step N brings a database from version N-1 to N. Never edit a released step: add the next one. */
export const MIGRATIONS: Record<number, (db: AnyDb, tx: AnyTx) => Promise<void>> = {
  1: async (db) => {
    const reports = db.createObjectStore('reports', { keyPath: 'id' });
    reports.createIndex('byProject', 'projectId');
    db.createObjectStore('projects', { keyPath: 'id' });
    db.createObjectStore('meta', { keyPath: 'key' });
  },
  2: async (db, tx) => {
    const history = db.createObjectStore('history', { keyPath: 'seq', autoIncrement: true });
    history.createIndex('byRecord', ['kind', 'id']);
    const trash = db.createObjectStore('trash', { keyPath: ['kind', 'id'] });
    trash.createIndex('byBatch', 'batchId');
    tx.objectStore('projects').createIndex('byPortalId', 'portalId');
    tx.objectStore('reports').createIndex('byYearRound', ['fiscalYear', 'round']);
    // v1 records had only `updatedAt`: they become revision 1, created when last saved.
    for (const name of ['projects', 'reports']) {
      let cursor = await tx.objectStore(name).openCursor();
      while (cursor) {
        const old = cursor.value as Record<string, unknown>;
        const updatedAt = typeof old.updatedAt === 'number' ? old.updatedAt : 0;
        await cursor.update({ ...old, revision: 1, createdAt: updatedAt, updatedAt });
        cursor = await cursor.continue();
      }
    }
  },
  // A store may hold every unit's plan (77 units, tens of thousands of reports): the workspace shows one.
  3: async (_db, tx) => {
    tx.objectStore('projects').createIndex('byUnit', 'unitCode');
  },
  // The reminders recount after every change: who is expected to report a round, and how far each report
  // is, are read from these indexes' keys, not from every record's stored value (reading and parsing every
  // unit's projects and a round's reports took the background about a second after each change).
  4: async (_db, tx) => {
    tx.objectStore('projects').createIndex('byPlanYear', 'planYears', { multiEntry: true });
    tx.objectStore('reports').createIndex('byRoundStanding', [
      'fiscalYear',
      'round',
      'projectId',
      'lifecycle',
    ]);
  },
};

export async function runMigrations(db: AnyDb, tx: AnyTx, from: number, to: number): Promise<void> {
  for (let version = from + 1; version <= to; version++) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`No migration to database version ${version}`);
    await step(db, tx);
  }
}

/** Opens (creating or upgrading) the extension's one draft database. */
export function openDraftDb(name = DB_NAME): Promise<IDBPDatabase<DraftDb>> {
  return openDB<DraftDb>(name, DB_VERSION, {
    upgrade(db, oldVersion, newVersion, tx) {
      // The version-change transaction stays open while the migration's requests are pending.
      void runMigrations(
        db as unknown as AnyDb,
        tx as unknown as AnyTx,
        oldVersion,
        newVersion ?? DB_VERSION,
      ).catch(() => (tx as UpgradeTx).abort());
    },
    blocking(_current, _next, event) {
      // A newer version of the extension wants to upgrade: let it.
      (event.target as IDBDatabase).close();
    },
  });
}
