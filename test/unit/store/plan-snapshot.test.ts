import { describe, expect, it } from 'vitest';
import { handleRequest } from '../../../utils/messaging/handle-request';
import { exportBackup, importBackup } from '../../../utils/store/backup';
import { DraftStore } from '../../../utils/store/draft-store';
import { META_KEYS, recoveryMetaKey } from '../../../utils/store/meta-keys';
import {
  keptPlanState,
  readCurrentPlanSnapshot,
  savePlanSnapshot,
  type PlanSnapshotContext,
} from '../../../utils/store/plan-snapshot';
import { readUnitPlan } from '../../../utils/store/read-unit-plan';
import { freshDbName, portalRoundSeen, sampleProjectFields, sampleReportFields } from '../sample-drafts';

/** Whether the plan as last drawn is current for the background: today, in this version, for the store now. */
const planSnapshotIsCurrent = async (...args: Parameters<typeof keptPlanState>) =>
  (await keptPlanState(...args)).current;

/** The plan as last drawn that an opening in this context shows, if any. */
async function shownPlan(...args: Parameters<typeof readCurrentPlanSnapshot>) {
  const read = await readCurrentPlanSnapshot(...args);
  return 'html' in read ? read : undefined;
}

const context: PlanSnapshotContext = {
  bangkokDay: 20_780,
  language: 'th',
  hash: '#',
  extensionVersion: '0.1.0',
};
const HTML = '<div class="page"><table><tr data-project-id="p1"><td>โครงการ ๑</td></tr></table></div>';

/** A store with a plan, and its markup kept as drawn from a read made now. */
async function storeWithSnapshot() {
  const store = await DraftStore.open(freshDbName());
  await store.setMeta(META_KEYS.unitCode, '3100300');
  const project = await store.saveProject(sampleProjectFields());
  const read = await readUnitPlan(store.db);
  expect(await savePlanSnapshot(store.db, { ...context, html: HTML }, read.planStamp)).toBe(true);
  return { store, project };
}

describe('the plan as last drawn', () => {
  it('is shown while nothing it shows has changed, for the same day, language, address and version', async () => {
    const { store } = await storeWithSnapshot();
    expect(await shownPlan(store.db, context)).toEqual({ html: HTML, columns: undefined });
    expect(await shownPlan(store.db, { ...context, bangkokDay: 20_781 })).toBeUndefined();
    expect(await shownPlan(store.db, { ...context, language: 'en' })).toBeUndefined();
    expect(await shownPlan(store.db, { ...context, hash: '#outstanding' })).toBeUndefined();
    expect(await shownPlan(store.db, { ...context, extensionVersion: '0.2.0' })).toBeUndefined();
  });

  it('needs drawing again, for the background, after a change, a new day or an update, whatever the language', async () => {
    const { store, project } = await storeWithSnapshot();
    const today = { bangkokDay: context.bangkokDay, extensionVersion: context.extensionVersion };
    expect(await planSnapshotIsCurrent(store.db, today)).toBe(true);
    expect(await planSnapshotIsCurrent(store.db, { ...today, bangkokDay: 20_781 })).toBe(false);
    expect(await planSnapshotIsCurrent(store.db, { ...today, extensionVersion: '0.2.0' })).toBe(false);
    await store.saveReport(sampleReportFields(project.id));
    expect(await planSnapshotIsCurrent(store.db, today)).toBe(false);
    const empty = await DraftStore.open(freshDbName());
    expect(await planSnapshotIsCurrent(empty.db, today)).toBe(false);
  });

  it('is not shown once a project or a report was saved, deleted or restored', async () => {
    const changes: ((store: DraftStore, projectId: string) => Promise<unknown>)[] = [
      (store, id) => store.saveProject(sampleProjectFields({ name: 'ชื่อใหม่' }), id),
      (store, id) => store.saveReport(sampleReportFields(id)),
      (store) => store.saveMany('project', [{ fields: sampleProjectFields({ name: 'อีกโครงการ' }) }]),
      (store, id) => store.delete('project', id),
      async (store, id) => {
        await store.delete('project', id);
        const read = await readUnitPlan(store.db);
        await savePlanSnapshot(store.db, { ...context, html: HTML }, read.planStamp);
        await store.restoreFromTrash('project', id);
      },
    ];
    for (const change of changes) {
      const { store, project } = await storeWithSnapshot();
      await change(store, project.id);
      expect(await shownPlan(store.db, context)).toBeUndefined();
    }
  });

  it('is not shown after a change to what the plan shows from the meta store, or a backup import', async () => {
    for (const key of [
      META_KEYS.unitCode,
      META_KEYS.settings,
      META_KEYS.lastBackupAt,
      META_KEYS.portalRounds,
    ]) {
      const { store } = await storeWithSnapshot();
      await store.setMeta(key, null);
      expect(await shownPlan(store.db, context), key).toBeUndefined();
    }
    const other = await DraftStore.open(freshDbName());
    await other.saveProject(sampleProjectFields({ name: 'จากสำรอง' }));
    const { store } = await storeWithSnapshot();
    await importBackup(store, (await exportBackup(other)).backup, { allowOtherUnit: true });
    expect(await shownPlan(store.db, context)).toBeUndefined();
  });

  it('stays current when only what the plan never shows is written (recovery text, the portal page seen)', async () => {
    const { store } = await storeWithSnapshot();
    await store.setMeta(recoveryMetaKey('report:1:2570:1'), { text: 'พิมพ์ค้างไว้' });
    await store.setMeta(META_KEYS.lastPortalPage, { kind: 'report' });
    await store.setMeta(META_KEYS.notificationLog, {});
    expect(await shownPlan(store.db, context)).toEqual({ html: HTML, columns: undefined });
  });

  it('stays current when a portal page is seen again showing its rounds as before, or the unit is chosen again', async () => {
    const store = await DraftStore.open(freshDbName());
    const send = (raw: unknown) => handleRequest(raw, store, '0.1.0');
    const round = portalRoundSeen;
    await send({ type: 'unit.set', unitCode: '3100300' });
    await send({ type: 'portal.roundsSeen', rounds: [round(false, 1)] });
    const read = await readUnitPlan(store.db);
    expect(await savePlanSnapshot(store.db, { ...context, html: HTML }, read.planStamp)).toBe(true);

    await send({ type: 'portal.roundsSeen', rounds: [round(false, 2)] });
    await send({ type: 'unit.set', unitCode: '3100300' });
    expect(await shownPlan(store.db, context)).toEqual({ html: HTML, columns: undefined });
    await send({ type: 'portal.roundsSeen', rounds: [round(true, 3)] }); // now saved: the plan changes
    expect(await shownPlan(store.db, context)).toBeUndefined();
  });

  it('is not kept when the store changed after the read it was drawn from', async () => {
    const store = await DraftStore.open(freshDbName());
    const read = await readUnitPlan(store.db);
    await store.saveProject(sampleProjectFields());
    expect(await savePlanSnapshot(store.db, { ...context, html: HTML }, read.planStamp)).toBe(false);
    expect(await shownPlan(store.db, context)).toBeUndefined();
  });

  it('is kept for a store never written since it was created, and holds until the first write', async () => {
    const store = await DraftStore.open(freshDbName());
    const read = await readUnitPlan(store.db);
    expect(read.planStamp).toBeUndefined();
    expect(await savePlanSnapshot(store.db, { ...context, html: HTML }, read.planStamp)).toBe(true);
    expect(await shownPlan(store.db, context)).toEqual({ html: HTML, columns: undefined });
    await store.saveProject(sampleProjectFields());
    expect(await shownPlan(store.db, context)).toBeUndefined();
  });

  it('is ignored, not trusted, when what is stored is not a snapshot (an older or damaged record)', async () => {
    const { store } = await storeWithSnapshot();
    const stamp = (await readUnitPlan(store.db)).planStamp;
    await store.db.put('meta', { key: META_KEYS.planSnapshot, value: { stamp, html: 42 } });
    expect(await shownPlan(store.db, context)).toBeUndefined();
  });
});
