import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../utils/store/draft-store';
import { readRoundStandingKeys } from '../../../utils/reminders/read-round-standing-keys';
import { emptyRoundReport } from '../../../utils/model/round-report';
import { freshDbName, sampleProjectFields } from '../sample-drafts';
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

const ROUNDS = [
  { fiscalYear: 2569, round: 2 },
  { fiscalYear: 2570, round: 1 },
] as const;

describe('database version 4 (what the reminders count, from index keys)', () => {
  it('upgrades a version 3 database keeping every record as it was, and reads the standings from keys', async () => {
    const name = freshDbName();
    await EARLIER_DATABASE_WRITERS[3]!(name);
    const before = await everything(name);

    const store = await DraftStore.open(name);
    expect(store.db.version).toBe(4);
    store.close();
    expect(await everything(name)).toEqual(before);

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

describe('readRoundStandingKeys', () => {
  it("follows every write, and leaves out what a damaged record's keys cannot say", async () => {
    const store = await DraftStore.open(freshDbName());
    const a = await store.saveProject(sampleProjectFields({ planYears: [2570] }));
    const b = await store.saveProject(sampleProjectFields({ planYears: [2568, 2569], portalId: '77' }));
    const draft = await store.saveReport(emptyRoundReport(a.id, 2570, 1));
    await store.saveReport({ ...emptyRoundReport(b.id, 2569, 2), lifecycle: 'ready', readyAt: 1 });
    await store.saveReport(emptyRoundReport(b.id, 2569, 1)); // not a tracked round
    // Damaged: a lifecycle no version wrote, a project id that is not one, plan years that are not years.
    await store.db.put('reports', { ...draft, id: 'odd-1', projectId: b.id, round: 2, lifecycle: 'sent?' });
    await store.db.put('reports', { ...draft, id: 'odd-2', projectId: 7 });
    await store.db.put('projects', { id: 'odd-p', planYears: ['2570'] });

    let keys = await readRoundStandingKeys(store.db, ROUNDS);
    expect(keys.projects.sort((x, y) => x.id.localeCompare(y.id))).toEqual(
      [
        { id: a.id, planYears: [2570] },
        { id: b.id, planYears: [2569], portalId: '77' },
      ].sort((x, y) => x.id.localeCompare(y.id)),
    );
    expect(
      keys.reports.map((r) => `${r.projectId}:${r.fiscalYear}:${r.round}:${r.lifecycle}`).sort(),
    ).toEqual([`${a.id}:2570:1:draft`, `${b.id}:2569:2:ready`].sort());

    // A deleted project and its reports leave the indexes with them.
    await store.delete('project', a.id);
    keys = await readRoundStandingKeys(store.db, ROUNDS);
    expect(keys.projects.map((p) => p.id)).toEqual([b.id]);
    expect(keys.reports.map((r) => r.projectId)).not.toContain(a.id);
  });
});
