import { describe, expect, it } from 'vitest';
import { DraftStore, readableRecords } from '../../../utils/store/draft-store';
import { META_KEYS } from '../../../utils/store/meta-keys';
import { readUnitPlan } from '../../../utils/store/read-unit-plan';
import { freshDbName, sampleProjectFields, sampleReportFields } from '../sample-drafts';

async function twoUnits() {
  const store = await DraftStore.open(freshDbName());
  const ours = await store.saveProject(sampleProjectFields({ name: 'ของเรา' }));
  const ours2 = await store.saveProject(sampleProjectFields({ name: 'ของเราอีก' }));
  const theirs = await store.saveProject(sampleProjectFields({ name: 'ของเขต', unitCode: '3104300' }));
  const reports = {
    ours: await store.saveReport(sampleReportFields(ours.id)),
    oursLastYear: await store.saveReport(sampleReportFields(ours.id, { fiscalYear: 2569, round: 2 })),
    ours2: await store.saveReport(sampleReportFields(ours2.id)),
    theirs: await store.saveReport(sampleReportFields(theirs.id)),
  };
  return { store, ours, ours2, theirs, reports };
}

const ids = (records: readonly { id: string }[]) => records.map((r) => r.id).sort();

describe('reading one unit', () => {
  it("reads only the unit's projects", async () => {
    const { store, ours, ours2 } = await twoUnits();
    const projects = await store.listProjectsOfUnit('3100300');
    expect(ids(projects.records)).toEqual(ids([ours, ours2]));
    expect(projects.unreadable).toEqual([]);
    expect((await store.listProjectsOfUnit('3100100')).records).toEqual([]);
  });

  it("reads the chosen unit's plan in one go: its projects, their reports of every year, the settings", async () => {
    const { store, ours, ours2, reports } = await twoUnits();
    expect(await readUnitPlan(store.db)).toMatchObject({ unitCode: undefined, projects: [], reports: [] });
    await store.setMeta(META_KEYS.unitCode, '3100300');
    await store.setMeta(META_KEYS.lastBackupAt, 1_700_000_000_000);
    const plan = await readUnitPlan(store.db);
    expect(plan.unitCode).toBe('3100300');
    expect(plan.lastBackupAt).toBe(1_700_000_000_000);
    expect(ids(readableRecords('project', plan.projects).records)).toEqual(ids([ours, ours2]));
    expect(ids(readableRecords('report', plan.reports).records)).toEqual(
      ids([reports.ours, reports.oursLastYear, reports.ours2]),
    );
    await store.setMeta(META_KEYS.unitCode, '3100100');
    expect(await readUnitPlan(store.db)).toMatchObject({ projects: [], reports: [] });
  });

  it('follows a project that moves to another unit', async () => {
    const { store, ours } = await twoUnits();
    const { id, revision: _r, createdAt: _c, updatedAt: _u, ...fields } = ours;
    await store.saveProject({ ...fields, unitCode: '3104300' }, id);
    expect(ids((await store.listProjectsOfUnit('3104300')).records)).toContain(id);
    expect(ids((await store.listProjectsOfUnit('3100300')).records)).not.toContain(id);
  });

  it('reports damaged records it reads, and counts the projects the unit index cannot reach', async () => {
    const { store, ours, reports } = await twoUnits();
    expect(await store.countProjectsWithoutUnit()).toBe(0);
    // Written as an older or broken version might have left them.
    await store.db.put('projects', { ...ours, id: 'p-bad', planYears: 'all' });
    await store.db.put('reports', { ...reports.ours, id: 'r-bad', remarks: 42 });
    await store.db.put('projects', { id: 'p-nounit', name: 'ไม่มีหน่วยงาน' });
    await store.db.put('reports', { id: 'r-noproject', remarks: 'ไม่มีโครงการ' });

    const projects = await store.listProjectsOfUnit('3100300');
    expect(projects.unreadable.map((e) => e.id)).toEqual(['p-bad']);
    expect(ids(projects.records)).not.toContain('p-bad');
    await store.setMeta(META_KEYS.unitCode, '3100300');
    const read = readableRecords('report', (await readUnitPlan(store.db)).reports);
    expect(read.unreadable.map((e) => e.id)).toEqual(['r-bad']);
    expect(await store.countProjectsWithoutUnit()).toBe(1);
  });
});
