import { afterEach, describe, expect, it } from 'vitest';
import { DraftStore } from '../../../utils/store/draft-store';
import { onStoreChange, type StoreChange } from '../../../utils/store/store-changes';
import { freshDbName, sampleProjectFields, sampleReportFields } from '../sample-drafts';

let stopListening = () => undefined as void;
afterEach(() => stopListening());

function clock(start = 1_700_000_000_000) {
  let t = start;
  return () => (t += 1000);
}

describe('DraftStore.saveMany', () => {
  it('adds new records and updates given ones in one go, keeping replaced versions in the history', async () => {
    const store = await DraftStore.open(freshDbName(), { now: clock() });
    const existing = await store.saveProject(sampleProjectFields({ name: 'เดิม', bmaCode: undefined }));
    const saved = await store.saveMany('project', [
      { fields: sampleProjectFields({ name: 'ใหม่ ก', bmaCode: undefined }) },
      { fields: sampleProjectFields({ name: 'เดิม (แก้)', bmaCode: undefined }), id: existing.id },
    ]);
    expect(saved.map((p) => [p.name, p.revision])).toEqual([
      ['ใหม่ ก', 1],
      ['เดิม (แก้)', 2],
    ]);
    expect(saved[1]!.id).toBe(existing.id);
    expect((await store.history('project', existing.id)).map((p) => p.name)).toEqual(['เดิม']);
    expect((await store.list('project')).records).toHaveLength(2);
  });

  it('makes no new version for unchanged fields, and does nothing for an empty list', async () => {
    const store = await DraftStore.open(freshDbName(), { now: clock() });
    const existing = await store.saveProject(sampleProjectFields());
    const [same] = await store.saveMany('project', [{ fields: sampleProjectFields(), id: existing.id }]);
    expect(same).toEqual(existing);
    expect(await store.history('project', existing.id)).toEqual([]);
    expect(await store.saveMany('project', [])).toEqual([]);
  });

  it('saves nothing when one item is invalid', async () => {
    const store = await DraftStore.open(freshDbName());
    await expect(
      store.saveMany('project', [
        { fields: sampleProjectFields() },
        { fields: sampleProjectFields({ name: ' ' }) },
      ]),
    ).rejects.toThrow(/project name is empty/);
    expect((await store.list('project')).records).toEqual([]);
  });

  it('undoes the writes already made when a later one fails inside the transaction', async () => {
    const store = await DraftStore.open(freshDbName());
    const kept = await store.saveProject(sampleProjectFields({ name: 'ก่อนนำเข้า' }));
    // The third record cannot be written (its id is not one the store takes), after the first two were.
    await expect(
      store.saveMany('project', [
        { fields: sampleProjectFields({ name: 'ใหม่' }) },
        { fields: sampleProjectFields({ name: 'แก้' }), id: kept.id },
        { fields: sampleProjectFields({ name: 'ทับ' }), id: 'not an id' },
      ]),
    ).rejects.toThrow();
    const { records } = await store.list('project');
    expect(records).toEqual([kept]);
    expect(await store.history('project', kept.id)).toEqual([]);
  });

  it('puts a readable version in place of a record too damaged to read, and keeps the damaged one aside', async () => {
    const store = await DraftStore.open(freshDbName());
    const damaged = { id: 'damaged', name: 42 };
    await store.db.put('projects', damaged as never);
    const [saved] = await store.saveMany('project', [
      { fields: sampleProjectFields({ name: 'ฉบับที่อ่านได้' }), id: 'damaged' },
    ]);
    const { records, unreadable } = await store.list('project');
    expect(records).toEqual([saved]);
    expect(unreadable).toEqual([]);
    const aside = (await store.db.getAll('meta')).filter((m) =>
      m.key.startsWith('unreadable:project:damaged:'),
    );
    expect(aside.map((m) => m.value)).toEqual([damaged]);
  });

  it('saves round reports too, and tells other pages once', async () => {
    const store = await DraftStore.open(freshDbName());
    const project = await store.saveProject(sampleProjectFields());
    const changes: StoreChange[] = [];
    const heard = new Promise<void>((resolve) => {
      stopListening = onStoreChange((change) => {
        changes.push(change);
        resolve();
      });
    });
    const reports = await store.saveMany('report', [
      { fields: sampleReportFields(project.id, { round: 1 }) },
      { fields: sampleReportFields(project.id, { round: 2 }) },
    ]);
    expect(reports.map((r) => r.round)).toEqual([1, 2]);
    await heard;
    expect(changes).toEqual([{ kind: 'report' }]);
    expect(await store.listReportsOfProject(project.id)).toHaveLength(2);
  });
});
