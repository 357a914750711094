import { describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../../utils/store/db-version';
import { DraftStore } from '../../../utils/store/draft-store';
import { freshDbName } from '../sample-drafts';
import { EARLIER_DATABASE_WRITERS, everyRecord } from './earlier-databases';

describe('database version 3 (projects by unit)', () => {
  it('upgrades a version 2 database keeping every record as it was, and finds its projects by unit', async () => {
    const name = freshDbName();
    await EARLIER_DATABASE_WRITERS[2]!(name);
    const before = await everyRecord(name);

    const store = await DraftStore.open(name);
    expect(store.db.version).toBe(DB_VERSION);
    store.close();
    expect(await everyRecord(name)).toEqual(before);

    const again = await DraftStore.open(name);
    expect([...again.db.transaction('projects').store.indexNames]).toContain('byUnit');
    expect((await again.listProjectsOfUnit('3100300')).records.map((p) => p.id)).toEqual(['p-v1']);
    expect((await again.listProjectsOfUnit('3104300')).records.map((p) => p.id)).toEqual(['p-other']);
    expect(await again.history('project', 'p-other')).toHaveLength(1);
    expect((await again.listTrash()).map((t) => t.id)).toEqual(['r-gone']);
    expect(await again.countProjectsWithoutUnit()).toBe(0);
  });
});
