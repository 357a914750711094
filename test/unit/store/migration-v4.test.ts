import { describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../../utils/store/db-version';
import { readRoundStandingKeys } from '../../../utils/reminders/read-round-standing-keys';
import { ROUNDS_TRACKED_22_NOV_2026 } from '../reminders/fixtures';
import { upgradeFrom } from './earlier-databases';

const ROUNDS = ROUNDS_TRACKED_22_NOV_2026;

describe('database version 4 (what the reminders count, from index keys)', () => {
  it('upgrades a version 3 database keeping every record as it was, and reads the standings from keys', async () => {
    const { before, after, upgradedTo, store: again } = await upgradeFrom(3);
    expect(upgradedTo).toBe(DB_VERSION);
    expect(after).toEqual(before);

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
