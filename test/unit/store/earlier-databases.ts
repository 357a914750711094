import { openDB } from 'idb';
import { MIGRATIONS } from '../../../utils/store/migrations';
import { sampleProjectFields, sampleReportFields } from '../sample-drafts';

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
};
