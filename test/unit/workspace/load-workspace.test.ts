import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../../../entrypoints/workspace/load-workspace';
import { DraftStore } from '../../../utils/store/draft-store';
import { META_KEYS } from '../../../utils/store/meta-keys';
import { freshDbName, sampleProjectFields, sampleReportFields } from '../sample-drafts';

// 23 Nov 2026 in Bangkok: FY 2569's 12-month round is overdue, FY 2570's 6-month round is next.
const NOW = Date.UTC(2026, 10, 23, 3, 0);

describe('what the workspace loads', () => {
  it("shows the chosen unit's projects and their reports, and which tracked rounds each still owes", async () => {
    const store = await DraftStore.open(freshDbName());
    await store.setMeta(META_KEYS.unitCode, '3100300');
    await store.setMeta(META_KEYS.lastBackupAt, NOW - 1000);
    const owing = await store.saveProject(sampleProjectFields({ name: 'ยังไม่ส่ง', planYears: [2569, 2570] }));
    const done = await store.saveProject(sampleProjectFields({ name: 'ส่งครบ', planYears: [2569] }));
    const other = await store.saveProject(sampleProjectFields({ name: 'ของเขตอื่น', unitCode: '3104300' }));
    await store.saveReport(
      sampleReportFields(done.id, { fiscalYear: 2569, round: 2, lifecycle: 'submitted' }),
    );
    await store.saveReport(sampleReportFields(owing.id, { fiscalYear: 2570, round: 1 }));
    await store.saveReport(sampleReportFields(other.id, { fiscalYear: 2570, round: 1 }));

    const data = await loadWorkspace(store, NOW);

    expect(data.unitCode).toBe('3100300');
    expect(data.projects.map((p) => p.name).sort()).toEqual(['ยังไม่ส่ง', 'ส่งครบ']);
    expect(data.reports.every((r) => r.projectId !== other.id)).toBe(true);
    expect(data.reports).toHaveLength(2);
    expect(data.owedRounds.get(owing.id)?.map((s) => [s.fiscalYear, s.round])).toEqual([
      [2569, 2],
      [2570, 1],
    ]);
    expect(data.owedRounds.has(done.id)).toBe(false);
    expect(data.lastBackupAt).toBe(NOW - 1000);
    expect(data.unreadable).toBe(0);
  });

  it('owes nothing for the 12 months of a year the portal showed completed at 6 months', async () => {
    const store = await DraftStore.open(freshDbName());
    await store.setMeta(META_KEYS.unitCode, '3100300');
    const completed = await store.saveProject(sampleProjectFields({ planYears: [2569], portalId: '1204' }));
    // Only FY 2569's 12-month round is tracked now; the portal said so of its 6-month round.
    await store.setMeta(META_KEYS.portalRounds, {
      '1204:2569:1': { portalId: '1204', fiscalYear: 2569, round: 1, saved: true, locked: true, seenAt: 0 },
    });
    const data = await loadWorkspace(store, NOW);
    expect(data.owedRounds.has(completed.id)).toBe(false);
  });

  it('reads a damaged last-backup time as never, which the page can show', async () => {
    const store = await DraftStore.open(freshDbName());
    await store.setMeta(META_KEYS.unitCode, '3100300');
    for (const damaged of [Number.NaN, Number.POSITIVE_INFINITY, -5, '2026-11-01']) {
      await store.setMeta(META_KEYS.lastBackupAt, damaged);
      expect((await loadWorkspace(store, NOW)).lastBackupAt).toBeUndefined();
    }
  });

  it('shows nothing before a unit is chosen', async () => {
    const store = await DraftStore.open(freshDbName());
    await store.saveProject(sampleProjectFields());
    const data = await loadWorkspace(store, NOW);
    expect(data.unitCode).toBeUndefined();
    expect(data.projects).toEqual([]);
    expect(data.lastBackupAt).toBeUndefined();
  });
});
