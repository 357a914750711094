import { openDB } from 'idb';
import { MIGRATIONS, runMigrations } from '../../../utils/store/migrations';
import { DraftStore } from '../../../utils/store/draft-store';
import { freshDbName, sampleProjectFields, sampleReportFields } from '../sample-drafts';

/**
 * Writes a database exactly as each earlier version of the extension left it, so the test can open it with
 * today's code. One writer per released schema version; never edit one, add the next.
 */
export const EARLIER_DATABASE_WRITERS: Record<number, (name: string) => Promise<void>> = {
  // v1 records carried only `updatedAt`; there was no history or trash.
  1: async (name) => {
    const db = await openDB(name, 1, {
      upgrade(database, _old, _new, tx) {
        void MIGRATIONS[1]!(database, tx as never);
      },
    });
    await db.put('projects', { id: 'p-v1', ...sampleProjectFields(), updatedAt: 1_650_000_000_000 });
    await db.put('reports', { id: 'r-v1', ...sampleReportFields('p-v1'), updatedAt: 1_650_000_100_000 });
    await db.put('meta', { key: 'unitCode', value: '3100300' });
    db.close();
  },
  // v2 records carry a revision and createdAt, and there are history and trash stores; projects had no
  // unit index. Besides the unit's draft, another unit's project, a history entry and a trashed report.
  2: async (name) => {
    const db = await openDB(name, 2, {
      upgrade(database, oldVersion, _new, tx) {
        void runMigrations(database as never, tx as never, oldVersion, 2);
      },
    });
    const meta = { revision: 1, createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000 };
    await db.put('projects', { id: 'p-v1', ...meta, ...sampleProjectFields() });
    await db.put('reports', { id: 'r-v1', ...meta, ...sampleReportFields('p-v1') });
    const other = { id: 'p-other', ...meta, revision: 2, ...sampleProjectFields({ unitCode: '3104300' }) };
    await db.put('projects', other);
    await db.put('reports', { id: 'r-other', ...meta, ...sampleReportFields('p-other') });
    await db.add('history', {
      kind: 'project',
      id: 'p-other',
      replacedAt: 1_700_000_000_000,
      record: { ...other, revision: 1, name: 'ชื่อเดิม' },
    });
    const gone = { id: 'r-gone', ...meta, ...sampleReportFields('p-v1', { round: 2 }) };
    await db.put('trash', {
      kind: 'report',
      id: 'r-gone',
      deletedAt: 1_700_000_000_000,
      batchId: 'b',
      record: gone,
    });
    await db.put('meta', { key: 'unitCode', value: '3100300' });
    db.close();
  },
  // v3 adds the unit index. Besides the unit's draft (FY 2570 round 1, a draft): another unit's project with
  // a portal id, planned for 2569 and 2570, with a submitted report for FY 2569 round 2.
  3: async (name) => {
    const db = await openDB(name, 3, {
      upgrade(database, oldVersion, _new, tx) {
        void runMigrations(database as never, tx as never, oldVersion, 3);
      },
    });
    const meta = { revision: 1, createdAt: 1_750_000_000_000, updatedAt: 1_750_000_000_000 };
    await db.put('projects', { id: 'p-v1', ...meta, ...sampleProjectFields() });
    await db.put('reports', { id: 'r-v1', ...meta, ...sampleReportFields('p-v1') });
    const other = sampleProjectFields({ unitCode: '3104300', planYears: [2569, 2570], portalId: '1202' });
    await db.put('projects', { id: 'p-other', ...meta, ...other });
    const submitted = sampleReportFields('p-other', {
      fiscalYear: 2569,
      round: 2,
      lifecycle: 'submitted',
      readyAt: 1_750_000_000_000,
      submittedAt: 1_750_000_000_000,
    });
    await db.put('reports', { id: 'r-other', ...meta, ...submitted });
    await db.put('meta', { key: 'unitCode', value: '3100300' });
    db.close();
  },
};

/** Every record of every store, as the database holds it. */
async function everyRecord(name: string): Promise<Record<string, unknown[]>> {
  const db = await openDB(name);
  const stores = Object.fromEntries(
    await Promise.all(
      ['projects', 'reports', 'history', 'trash', 'meta'].map(async (s) => [s, await db.getAll(s)] as const),
    ),
  );
  db.close();
  return stores;
}

/**
 * Writes a database as `version` left it and opens it with today's code: every record as written and as
 * found after the upgrade (to compare), the version it was upgraded to, and the store opened again.
 */
export async function upgradeFrom(version: number) {
  const name = freshDbName();
  await EARLIER_DATABASE_WRITERS[version]!(name);
  const before = await everyRecord(name);
  const upgraded = await DraftStore.open(name);
  const upgradedTo = upgraded.db.version;
  upgraded.close();
  const after = await everyRecord(name);
  return { before, after, upgradedTo, store: await DraftStore.open(name) };
}
