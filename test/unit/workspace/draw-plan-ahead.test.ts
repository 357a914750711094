import { describe, expect, it } from 'vitest';
import { bangkokDayNumber } from '../../../utils/calendar/bangkok-day';
import { DraftStore, type ReadableRecords } from '../../../utils/store/draft-store';
import { rememberingReadableRecords } from '../../../utils/store/remembering-readable-records';
import { META_KEYS } from '../../../utils/store/meta-keys';
import { readCurrentPlanSnapshot, savePlanSnapshot } from '../../../utils/store/plan-snapshot';
import { readUnitPlan } from '../../../utils/store/read-unit-plan';
import { updateSettings } from '../../../utils/settings/settings-store';
import { drawPlanAhead } from '../../../entrypoints/workspace/draw-plan-ahead';
import { freshDbName, sampleProjectFields, sampleReportFields } from '../sample-drafts';

// The background draws the workspace's plan with no page, as its next opening will show it
// (entrypoints/workspace/draw-plan-ahead.ts), so an opening after a change shows it at once.

/** The plan as last drawn that an opening in this context shows, if any. */
async function shownPlan(...args: Parameters<typeof readCurrentPlanSnapshot>) {
  const read = await readCurrentPlanSnapshot(...args);
  return 'html' in read ? read : undefined;
}

const NOW = Date.UTC(2026, 11, 7, 4, 0); // 7 December 2026, 11:00 in Bangkok: FY 2570, its first round open
const VERSION = '0.1.0';
const opening = (language: 'th' | 'en' = 'th', hash = '#', now = NOW, extensionVersion = VERSION) => ({
  bangkokDay: bangkokDayNumber(now),
  language,
  hash,
  extensionVersion,
});

/** Draws as the background does, in a browser that prefers Thai; how many drawings it kept. */
async function draw(
  store: DraftStore,
  {
    now = NOW,
    version = VERSION,
    readable,
  }: { now?: number; version?: string; readable?: ReadableRecords } = {},
): Promise<number> {
  let kept = 0;
  await drawPlanAhead(store, { now, version, browserLanguages: ['th'], kept: () => (kept += 1), readable });
  return kept;
}

async function unitStore() {
  const store = await DraftStore.open(freshDbName());
  await store.setMeta(META_KEYS.unitCode, '3100300');
  const project = await store.saveProject(sampleProjectFields({ planYears: [2570] }));
  return { store, project };
}

describe('the plan drawn ahead by the background', () => {
  it("is the plan an opening shows, with the unit's projects and their rounds, and is kept as current", async () => {
    const { store, project } = await unitStore();
    await store.saveReport(sampleReportFields(project.id));
    expect(await draw(store)).toBe(1);
    const kept = await shownPlan(store.db, opening());
    expect(kept?.html).toContain(`data-project-id="${project.id}"`);
    expect(kept?.html).toContain(project.name);
    expect(kept?.html).toContain('ปีงบประมาณ 2570');
    // Nothing changed since: it is not drawn again.
    expect(await draw(store)).toBe(0);
  });

  it('is drawn again with a change, on a new day, and for an update', async () => {
    const { store } = await unitStore();
    await draw(store);
    const added = await store.saveProject(
      sampleProjectFields({ name: 'โครงการที่เพิ่มภายหลัง', planYears: [2570] }),
    );
    expect(await shownPlan(store.db, opening())).toBeUndefined();
    expect(await draw(store)).toBe(1);
    expect((await shownPlan(store.db, opening()))?.html).toContain(added.name);

    const tomorrow = NOW + 24 * 3600_000;
    expect(await draw(store, { now: tomorrow })).toBe(1);
    expect(await shownPlan(store.db, opening('th', '#', tomorrow))).toBeDefined();
    expect(await draw(store, { now: tomorrow, version: '99.0.0' })).toBe(1);
    expect(await shownPlan(store.db, opening('th', '#', tomorrow, '99.0.0'))).toBeDefined();
  });

  it('shows each change when the records it checked are remembered, as the background draws', async () => {
    const { store, project } = await unitStore();
    const readable = rememberingReadableRecords();
    const report = await store.saveReport(sampleReportFields(project.id, { status: '2' }));
    expect(await draw(store, { readable })).toBe(1);
    const renamed = await store.saveProject(
      sampleProjectFields({ name: 'ชื่อใหม่', planYears: [2570] }),
      project.id,
    );
    expect(await draw(store, { readable })).toBe(1);
    expect((await shownPlan(store.db, opening()))?.html).toContain(renamed.name);
    // A report turned damaged (written straight into the database, as damage would) is warned of, as the
    // page warns, at the drawing after the next change.
    await store.db.put('reports', { ...report, status: '9' });
    await store.saveProject(sampleProjectFields({ name: 'อีกโครงการ', planYears: [2570] }));
    expect(await draw(store, { readable })).toBe(1);
    expect((await shownPlan(store.db, opening()))?.html).toContain('มีข้อมูล 1 รายการในเครื่องที่อ่านไม่ได้');
  });

  it("takes the saved language and the columns last measured in the person's window, for a plain opening", async () => {
    const { store } = await unitStore();
    const read = await readUnitPlan(store.db);
    const columns = { drawnAt: 1280, shares: [50, 25, 25] };
    const old = { ...opening('th', '#outstanding'), html: '<p>old</p>', columns };
    expect(await savePlanSnapshot(store.db, old, read.planStamp)).toBe(true);
    await updateSettings(store, { language: 'en' });
    expect(await draw(store)).toBe(1);
    const kept = await shownPlan(store.db, opening('en'));
    expect(kept?.columns).toEqual(columns);
    expect(kept?.html).toContain('Fiscal year 2570');
    // "Needs attention" is not ticked, as at a plain opening.
    expect(kept?.html).toMatch(/<input type="checkbox"/);
    expect(kept?.html).not.toMatch(/<input type="checkbox"[^>]*checked/);
  });

  it('warns of damaged records, those the unit index cannot reach included, as the page does', async () => {
    const { store } = await unitStore();
    expect(await draw(store)).toBe(1);
    expect((await shownPlan(store.db, opening()))?.html).not.toContain('อ่านไม่ได้');
    // A project whose unit code is itself damaged: written straight into the database, as damage would.
    await store.db.put('projects', { id: 'p-nounit', name: 'ไม่มีหน่วยงาน' });
    await store.saveProject(sampleProjectFields({ name: 'อีกโครงการ', planYears: [2570] }));
    // Drawn at once without them, then again with them once counted.
    expect(await draw(store)).toBe(2);
    expect((await shownPlan(store.db, opening()))?.html).toContain('มีข้อมูล 1 รายการในเครื่องที่อ่านไม่ได้');
  });

  it('draws nothing before a unit is chosen', async () => {
    const empty = await DraftStore.open(freshDbName());
    expect(await draw(empty)).toBe(0);
    expect(await empty.getMeta(META_KEYS.planSnapshot)).toBeUndefined();
  });

  it('leaves alone a drawing an open workspace kept since it looked, with the columns of its window', async () => {
    const { store } = await unitStore();
    const read = await readUnitPlan(store.db);
    const pageDrawing = {
      ...opening(),
      html: '<p>drawn by the page</p>',
      columns: { drawnAt: 800, shares: [100] },
    };
    // The page keeps its drawing while the background draws.
    const background = draw(store);
    expect(await savePlanSnapshot(store.db, pageDrawing, read.planStamp)).toBe(true);
    expect(await background).toBe(0);
    expect(await shownPlan(store.db, opening())).toEqual({
      html: pageDrawing.html,
      columns: pageDrawing.columns,
    });
  });
});
