import { describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../../utils/store/db-version';
import { DraftStore } from '../../../utils/store/draft-store';
import { readRoundStandingKeys } from '../../../utils/reminders/read-round-standing-keys';
import { freshDbName } from '../sample-drafts';
import { EARLIER_DATABASE_WRITERS, everyRecord } from './earlier-databases';

const ROUNDS = [
  { fiscalYear: 2569, round: 2 },
  { fiscalYear: 2570, round: 1 },
] as const;

describe('database version 4 (what the reminders count, from index keys)', () => {
  it('upgrades a version 3 database keeping every record as it was, and reads the standings from keys', async () => {
    const name = freshDbName();
    await EARLIER_DATABASE_WRITERS[3]!(name);
    const before = await everyRecord(name);

    const store = await DraftStore.open(name);
    expect(store.db.version).toBe(DB_VERSION);
    store.close();
    expect(await everyRecord(name)).toEqual(before);

    const again = await DraftStore.open(name);
    const keys = await readRoundStandingKeys(again.db, ROUNDS);
    expect(keys.projects.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 'p-other', planYears: [2569, 2570], portalId: '1202' },
      { id: 'p-v1', planYears: [2569, 2570] },
    ]);
    expect(keys.reports.sort((a, b) => a.projectId.localeCompare(b.projectId))).toEqual([
      { projectId: 'p-other', fiscalYear: 2569, round: 2, lifecycle: 'submitted' },
      { projectId: 'p-v1', fiscalYear: 2570, round: 1, lifecycle: 'draft' },
    ]);
  });
});
