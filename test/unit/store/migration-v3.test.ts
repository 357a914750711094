import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../../utils/store/db-version';
import { DraftStore } from '../../../utils/store/draft-store';
import { freshDbName } from '../sample-drafts';
import { EARLIER_DATABASE_WRITERS } from './earlier-databases';

/** Every record of every store, as the database holds it. */
async function everything(name: string) {
  const db = await openDB(name);
  const stores = Object.fromEntries(
    await Promise.all(
      ['projects', 'reports', 'history', 'trash', 'meta'].map(async (s) => [s, await db.getAll(s)] as const),
    ),
  );
  db.close();
  return stores;
}

describe('database version 3 (projects by unit)', () => {
  it('upgrades a version 2 database keeping every record as it was, and finds its projects by unit', async () => {
    const name = freshDbName();
    await EARLIER_DATABASE_WRITERS[2]!(name);
    const before = await everything(name);

    const store = await DraftStore.open(name);
    expect(store.db.version).toBe(DB_VERSION);
    store.close();
    expect(await everything(name)).toEqual(before);

    const again = await DraftStore.open(name);
    expect([...again.db.transaction('projects').store.indexNames]).toContain('byUnit');
    expect((await again.listProjectsOfUnit('3100300')).records.map((p) => p.id)).toEqual(['p-v1']);
    expect((await again.listProjectsOfUnit('3104300')).records.map((p) => p.id)).toEqual(['p-other']);
    expect(await again.history('project', 'p-other')).toHaveLength(1);
    expect((await again.listTrash()).map((t) => t.id)).toEqual(['r-gone']);
    expect(await again.countProjectsWithoutUnit()).toBe(0);
  });
});
