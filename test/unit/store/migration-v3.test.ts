import { describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../../utils/store/db-version';
import { upgradeFrom } from './earlier-databases';

describe('database version 3 (projects by unit)', () => {
  it('upgrades a version 2 database keeping every record as it was, and finds its projects by unit', async () => {
    const { before, after, upgradedTo, store: again } = await upgradeFrom(2);
    expect(upgradedTo).toBe(DB_VERSION);
    expect(after).toEqual(before);

    expect([...again.db.transaction('projects').store.indexNames]).toContain('byUnit');
    expect((await again.listProjectsOfUnit('3100300')).records.map((p) => p.id)).toEqual(['p-v1']);
    expect((await again.listProjectsOfUnit('3104300')).records.map((p) => p.id)).toEqual(['p-other']);
    expect(await again.history('project', 'p-other')).toHaveLength(1);
    expect((await again.listTrash()).map((t) => t.id)).toEqual(['r-gone']);
    expect(await again.countProjectsWithoutUnit()).toBe(0);
  });
});
