import { describe, expect, it } from 'vitest';
import { exportBackup, importBackup } from '../../../utils/store/backup';
import { DraftStore, RecordInTrashError } from '../../../utils/store/draft-store';
import { StoredRecordError } from '../../../utils/store/stored-record-error';
import { freshDbName, sampleProjectFields, sampleReportFields } from '../sample-drafts';

function clock(start = 1_700_000_000_000) {
  let t = start;
  return () => (t += 1000);
}

async function openStore() {
  return DraftStore.open(freshDbName(), { now: clock() });
}

/** A round report drafted with `draftText`, then saved as submitted (what the portal received kept). */
async function draftThenSubmitted(store: DraftStore, projectId: string, draftText: string) {
  const report = await store.saveReport(sampleReportFields(projectId, { remarks: draftText }));
  const sent = { txtRemarkReport: 'ฉบับที่ส่ง' };
  await store.saveReport(
    sampleReportFields(projectId, {
      remarks: 'ฉบับที่ส่ง',
      lifecycle: 'submitted',
      submittedAt: 1_780_000_000_000,
      submittedValues: sent,
    }),
    report.id,
  );
  return { report, sent };
}

describe('DraftStore', () => {
  it('saves a project and reads it back after reopening the database', async () => {
    const name = freshDbName();
    const store = await DraftStore.open(name);
    const saved = await store.saveProject(sampleProjectFields());
    expect(saved.revision).toBe(1);
    store.close();
    const again = await DraftStore.open(name);
    expect(await again.get('project', saved.id)).toEqual(saved);
  });

  it('keeps every earlier version when a draft is saved again, and restores any of them', async () => {
    const store = await openStore();
    const project = await store.saveProject(sampleProjectFields());
    const first = await store.saveReport(sampleReportFields(project.id, { remarks: 'ฉบับแรก' }));
    const second = await store.saveReport(sampleReportFields(project.id, { remarks: 'ฉบับที่สอง' }), first.id);
    expect(second.revision).toBe(2);
    expect(second.createdAt).toBe(first.createdAt);
    expect((await store.history('report', first.id)).map((r) => r.remarks)).toEqual(['ฉบับแรก']);

    const restored = await store.restoreRevision('report', first.id, 1);
    expect(restored.remarks).toBe('ฉบับแรก');
    expect(restored.revision).toBe(3);
    // The version that the restore replaced is kept as well: nothing vanishes.
    expect((await store.history('report', first.id)).map((r) => r.remarks)).toEqual(['ฉบับที่สอง', 'ฉบับแรก']);
  });

  it('restoring an earlier text of a submitted report keeps it submitted, with what the portal received', async () => {
    const store = await openStore();
    const project = await store.saveProject(sampleProjectFields());
    const { report: draft, sent } = await draftThenSubmitted(store, project.id, 'ร่างแรก');
    const restored = await store.restoreRevision('report', draft.id, 1);
    expect(restored.remarks).toBe('ร่างแรก');
    expect(restored.lifecycle).toBe('submitted');
    expect(restored.submittedAt).toBe(1_780_000_000_000);
    expect(restored.submittedValues).toEqual(sent);
  });

  it('restoring an earlier text of a ready draft makes it a draft: ready vouched for the later text', async () => {
    const store = await openStore();
    const project = await store.saveProject(sampleProjectFields());
    const draft = await store.saveReport(sampleReportFields(project.id, { remarks: 'ร่างแรก' }));
    await store.saveReport(
      sampleReportFields(project.id, { remarks: 'ตรวจแล้ว', lifecycle: 'ready', readyAt: 1_780_000_000_000 }),
      draft.id,
    );
    const restored = await store.restoreRevision('report', draft.id, 1);
    expect(restored.remarks).toBe('ร่างแรก');
    expect(restored.lifecycle).toBe('draft');
    expect(restored.readyAt).toBeUndefined();
  });

  it('does not make a new version when nothing changed', async () => {
    const store = await openStore();
    const project = await store.saveProject(sampleProjectFields());
    const same = await store.saveProject(sampleProjectFields(), project.id);
    expect(same).toEqual(project);
    expect(await store.history('project', project.id)).toEqual([]);
  });

  it('two tabs saving the same draft: the later save wins and the earlier stays in history', async () => {
    const name = freshDbName();
    const tabA = await DraftStore.open(name);
    const tabB = await DraftStore.open(name);
    const project = await tabA.saveProject(sampleProjectFields());
    const report = await tabA.saveReport(sampleReportFields(project.id, { remarks: 'เริ่มต้น' }));
    await Promise.all([
      tabA.saveReport(sampleReportFields(project.id, { remarks: 'พิมพ์ในแท็บ A' }), report.id),
      tabB.saveReport(sampleReportFields(project.id, { remarks: 'พิมพ์ในแท็บ B' }), report.id),
    ]);
    const current = await tabA.get('report', report.id);
    expect(current?.revision).toBe(3);
    const everything = [current!.remarks, ...(await tabA.history('report', report.id)).map((r) => r.remarks)];
    expect(everything.sort()).toEqual(['พิมพ์ในแท็บ A', 'พิมพ์ในแท็บ B', 'เริ่มต้น'].sort());
  });

  it('rejects invalid fields with a clear error and leaves the stored version untouched', async () => {
    const store = await openStore();
    const project = await store.saveProject(sampleProjectFields());
    await expect(store.saveProject(sampleProjectFields({ name: '   ' }), project.id)).rejects.toThrow(
      /project name is empty/,
    );
    expect(await store.get('project', project.id)).toEqual(project);
  });

  it('moves a deleted project and its reports to the trash, and restores them together', async () => {
    const store = await openStore();
    const project = await store.saveProject(sampleProjectFields());
    const r1 = await store.saveReport(sampleReportFields(project.id));
    const r2 = await store.saveReport(sampleReportFields(project.id, { round: 2 }));
    await store.delete('project', project.id);
    expect(await store.get('project', project.id)).toBeUndefined();
    expect(await store.listReportsOfProject(project.id)).toEqual([]);
    expect((await store.listTrash()).map((t) => t.id).sort()).toEqual([project.id, r1.id, r2.id].sort());

    await store.restoreFromTrash('project', project.id);
    expect(await store.get('project', project.id)).toEqual(project);
    expect((await store.listReportsOfProject(project.id)).map((r) => r.id).sort()).toEqual(
      [r1.id, r2.id].sort(),
    );
    expect(await store.listTrash()).toEqual([]);
  });

  it('brings a round report back with its project when both are in the trash', async () => {
    const store = await openStore();
    const project = await store.saveProject(sampleProjectFields());
    const lone = await store.saveReport(sampleReportFields(project.id));
    const other = await store.saveReport(sampleReportFields(project.id, { round: 2 }));
    await store.delete('report', lone.id);
    await store.delete('project', project.id);
    await store.restoreFromTrash('report', lone.id);
    expect(await store.get('project', project.id)).toEqual(project);
    expect((await store.listReportsOfProject(project.id)).map((r) => r.id).sort()).toEqual(
      [lone.id, other.id].sort(),
    );
    expect(await store.listTrash()).toEqual([]);
  });

  it('restoring from the trash never overwrites a record saved again meanwhile', async () => {
    const store = await openStore();
    const project = await store.saveProject(sampleProjectFields());
    const report = await store.saveReport(sampleReportFields(project.id, { remarks: 'ก่อนลบ' }));
    await store.delete('report', report.id);
    await store.saveReport(sampleReportFields(project.id, { remarks: 'อีกแท็บบันทึกใหม่' }), report.id);
    await store.restoreFromTrash('report', report.id);
    expect((await store.get('report', report.id))?.remarks).toBe('ก่อนลบ');
    expect((await store.history('report', report.id)).map((r) => r.remarks)).toContain('อีกแท็บบันทึกใหม่');
  });

  it.each([
    ['the round drafted again meanwhile', false],
    ['that draft deleted with its project, both restored together', true],
  ])('restoring a round report keeps one report per round: %s', async (_case, projectDeleted) => {
    const store = await openStore();
    const project = await store.saveProject(sampleProjectFields());
    const deleted = await store.saveReport(sampleReportFields(project.id, { remarks: 'ฉบับที่ลบไป' }));
    await store.delete('report', deleted.id);
    const again = await store.saveReport(sampleReportFields(project.id, { remarks: 'ร่างใหม่ของรอบเดียวกัน' }));
    if (projectDeleted) await store.delete('project', project.id);
    await store.restoreFromTrash('report', deleted.id);
    const reports = await store.listReportsOfProject(project.id);
    expect(reports.map((r) => [r.id, r.remarks])).toEqual([[again.id, 'ฉบับที่ลบไป']]);
    expect((await store.history('report', again.id)).map((r) => r.remarks)).toEqual(['ร่างใหม่ของรอบเดียวกัน']);
    expect(await store.listTrash()).toEqual([]);
  });

  it('a submitted report restored over its round drafted again stays submitted, and brings its versions', async () => {
    const store = await openStore();
    const project = await store.saveProject(sampleProjectFields());
    const { report: first, sent } = await draftThenSubmitted(store, project.id, 'ร่างก่อนส่ง');
    await store.delete('report', first.id);
    const again = await store.saveReport(sampleReportFields(project.id, { remarks: 'ร่างใหม่' }));
    await store.restoreFromTrash('report', first.id);
    const [kept, ...others] = await store.listReportsOfProject(project.id);
    expect(others).toEqual([]);
    expect(kept).toMatchObject({
      id: again.id,
      remarks: 'ฉบับที่ส่ง',
      lifecycle: 'submitted',
      submittedValues: sent,
    });
    expect((await store.history('report', again.id)).map((r) => r.remarks).sort()).toEqual(
      ['ร่างก่อนส่ง', 'ร่างใหม่'].sort(),
    );
  });

  it('numbers the versions of a report restored over its round drafted again in the order they were written', async () => {
    const store = await openStore();
    const project = await store.saveProject(sampleProjectFields());
    const first = await store.saveReport(sampleReportFields(project.id, { remarks: 'x1' }));
    for (const text of ['x2', 'x3'])
      await store.saveReport(sampleReportFields(project.id, { remarks: text }), first.id);
    await store.delete('report', first.id);
    const again = await store.saveReport(sampleReportFields(project.id, { remarks: 'y1' }));
    await store.saveReport(sampleReportFields(project.id, { remarks: 'y2' }), again.id);
    await store.restoreFromTrash('report', first.id);

    const kept = (await store.get('report', again.id))!;
    const history = await store.history('report', again.id);
    // One history, oldest first: every number once, and the restored text the newest.
    expect(history.map((v) => [v.revision, v.remarks]).reverse()).toEqual([
      [1, 'x1'],
      [2, 'x2'],
      [3, 'y1'],
      [4, 'y2'],
    ]);
    expect([kept.revision, kept.remarks]).toEqual([5, 'x3']);
    // Each version restores its own text.
    expect((await store.restoreRevision('report', again.id, 1)).remarks).toBe('x1');
    expect((await store.restoreRevision('report', again.id, 3)).remarks).toBe('y1');
  });

  it('never lowers the revision of the report kept when restoring over it (an open editor follows only a higher one)', async () => {
    // Computer 1: report B of round 1 saved 9 times; its stored history is damaged, so the backup leaves
    // it out (exportBackup's leftOut), and B arrives on computer 2 at revision 9 with no history.
    const one = await DraftStore.open(freshDbName(), { now: clock() });
    const project = await one.saveProject(sampleProjectFields());
    let b = await one.saveReport(sampleReportFields(project.id, { remarks: 'b1' }));
    for (let i = 2; i <= 9; i++)
      b = await one.saveReport(sampleReportFields(project.id, { remarks: `b${i}` }), b.id);
    const tx = one.db.transaction('history', 'readwrite');
    for (const key of await tx.store.getAllKeys()) {
      const entry = (await tx.store.get(key))!;
      await tx.store.put({ ...entry, record: { ...entry.record, remarks: 42 } } as never);
    }
    await tx.done;
    const { backup, leftOut } = await exportBackup(one);
    expect(leftOut.length).toBe(8);

    // Computer 2: the same project, a report A of the same round, deleted; then the backup imported.
    const two = await DraftStore.open(freshDbName(), { now: clock(1_800_000_000_000) });
    await importBackup(two, { ...backup, reports: [] });
    const a = await two.saveReport(sampleReportFields(project.id, { remarks: 'a1' }));
    await two.delete('report', a.id);
    await importBackup(two, backup);
    const before = (await two.get('report', b.id))!;
    expect(before.revision).toBe(9);

    await two.restoreFromTrash('report', a.id);
    const after = (await two.get('report', b.id))!;
    expect(after.remarks).toBe('a1');
    // useFollowSavedElsewhere takes a stored version only when its revision is above the one it knows (9).
    expect(after.revision).toBeGreaterThan(before.revision);
  });

  it('refuses to restore a version into a record deleted meanwhile (say in another window)', async () => {
    const store = await openStore();
    const project = await store.saveProject(sampleProjectFields());
    const report = await store.saveReport(sampleReportFields(project.id, { remarks: 'ร่าง ๑' }));
    await store.saveReport(sampleReportFields(project.id, { remarks: 'ร่าง ๒' }), report.id);
    await store.delete('report', report.id);
    await expect(store.restoreRevision('report', report.id, 1)).rejects.toBeInstanceOf(RecordInTrashError);
    expect(await store.get('report', report.id)).toBeUndefined();
    expect((await store.listTrash()).map((e) => e.id)).toEqual([report.id]);
  });

  it('empties the trash for good, history included', async () => {
    const store = await openStore();
    const project = await store.saveProject(sampleProjectFields());
    await store.saveProject(sampleProjectFields({ remark: 'แก้ไข' }), project.id);
    await store.delete('project', project.id);
    expect(await store.emptyTrash()).toBe(1);
    expect(await store.listTrash()).toEqual([]);
    expect(await store.history('project', project.id)).toEqual([]);
    await expect(store.restoreFromTrash('project', project.id)).rejects.toThrow(/trash/);
  });

  it('reports a damaged stored record instead of dropping it or crashing the list', async () => {
    const store = await openStore();
    const good = await store.saveProject(sampleProjectFields());
    await store.db.put('projects', { id: 'damaged', name: 42 });
    const { records, unreadable } = await store.list('project');
    expect(records.map((p) => p.id)).toEqual([good.id]);
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]).toBeInstanceOf(StoredRecordError);
    expect(unreadable[0]!.message).toMatch(/damaged.*name/);
  });

  it('lists every record of a store larger than one part of a read, each once', async () => {
    const store = await openStore();
    const saved = await store.saveMany(
      'project',
      Array.from({ length: 1001 }, (_, n) => ({ fields: sampleProjectFields({ name: `โครงการ ${n}` }) })),
    );
    const { records, unreadable } = await store.list('project');
    expect(records.map((p) => p.id).sort()).toEqual(saved.map((p) => p.id).sort());
    expect(unreadable).toEqual([]);
  });

  it('finds the reports of some rounds, and reports the damaged ones among them', async () => {
    const store = await openStore();
    const project = await store.saveProject(sampleProjectFields());
    const wanted = await store.saveReport(sampleReportFields(project.id, { fiscalYear: 2570, round: 1 }));
    const alsoWanted = await store.saveReport(sampleReportFields(project.id, { fiscalYear: 2569, round: 2 }));
    await store.saveReport(sampleReportFields(project.id, { fiscalYear: 2570, round: 2 }));
    await store.saveReport(sampleReportFields(project.id, { fiscalYear: 2569, round: 1 }));
    // Damaged inside a wanted round, and in another round.
    await store.db.put('reports', { id: 'bad-remarks', fiscalYear: 2570, round: 1, remarks: 7 });
    await store.db.put('reports', { id: 'bad-elsewhere', fiscalYear: 2568, round: 1, remarks: 7 });
    const { records, unreadable } = await store.listReportsOfRounds([
      { fiscalYear: 2569, round: 2 },
      { fiscalYear: 2570, round: 1 },
    ]);
    expect(records.map((r) => r.id).sort()).toEqual([wanted.id, alsoWanted.id].sort());
    expect(unreadable.map((e) => e.message).join()).toContain('bad-remarks');
    expect(unreadable).toHaveLength(1);
  });
});

describe('store change announcements', () => {
  it('tells other contexts after a save, a delete and a setting change', async () => {
    const { onStoreChange } = await import('../../../utils/store/store-changes');
    const seen: unknown[] = [];
    const stop = onStoreChange((change) => seen.push(change));
    const store = await DraftStore.open(freshDbName());
    const project = await store.saveProject(sampleProjectFields());
    await store.delete('project', project.id);
    await store.setMeta('unitCode', '3100300');
    await expect
      .poll(() => seen)
      .toEqual([
        { kind: 'project', id: project.id },
        { kind: 'project', id: project.id },
        { kind: 'meta', id: 'unitCode' },
      ]);
    stop();
  });

  it('writes and announces nothing when a meta value is set to what it already is', async () => {
    const { onStoreChange } = await import('../../../utils/store/store-changes');
    const store = await DraftStore.open(freshDbName());
    expect(await store.setMeta('unitCode', '3100300')).toBe(true);
    const stamp = await store.getMeta('planStamp');
    const seen: unknown[] = [];
    const stop = onStoreChange((change) => seen.push(change));
    expect(await store.setMeta('unitCode', '3100300')).toBe(false);
    expect(await store.setMeta('settings', { b: 1, a: [1, 2] })).toBe(true);
    expect(await store.setMeta('settings', { a: [1, 2], b: 1 })).toBe(false);
    expect(await store.setMeta('settings', { a: [2, 1], b: 1 })).toBe(true);
    await expect
      .poll(() => seen)
      .toEqual([
        { kind: 'meta', id: 'settings' },
        { kind: 'meta', id: 'settings' },
      ]);
    expect(await store.getMeta('unitCode')).toBe('3100300');
    expect(await store.getMeta('planStamp')).not.toBe(stamp); // the settings changed the plan
    stop();
  });

  it('reads an announcement it cannot understand as a change to everything', async () => {
    const { onStoreChange } = await import('../../../utils/store/store-changes');
    const seen: unknown[] = [];
    const stop = onStoreChange((change) => seen.push(change));
    const other = new BroadcastChannel('eplan-store-changes'); // as another context, say an older version
    other.postMessage({ kind: 'everything', id: 42 });
    other.postMessage('changed');
    other.close();
    await expect.poll(() => seen).toEqual([{ kind: 'all' }, { kind: 'all' }]);
    stop();
  });
});
