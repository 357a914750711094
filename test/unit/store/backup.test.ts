import { describe, expect, it, vi } from 'vitest';
import {
  BackupUnitMismatchError,
  exportBackup,
  importBackup,
  parseBackup,
  serializeBackup,
} from '../../../utils/store/backup';
import { DraftStore } from '../../../utils/store/draft-store';
import { META_KEYS } from '../../../utils/store/meta-keys';
import { freshDbName, sampleProjectFields, sampleReportFields } from '../sample-drafts';

/** Every store's raw content, to prove a rejected import changed nothing at all. */
async function dump(store: DraftStore) {
  const out: Record<string, unknown[]> = {};
  for (const name of ['projects', 'reports', 'history', 'trash', 'meta'] as const) {
    out[name] = await store.db.getAll(name);
  }
  return out;
}

/** A store with four projects, reports, history and something in the trash. */
async function populatedStore() {
  const store = await DraftStore.open(freshDbName());
  await store.setMeta('unitCode', '3100300');
  const projects = [];
  for (let i = 0; i < 4; i++) {
    projects.push(
      await store.saveProject(sampleProjectFields({ name: `โครงการที่ ${i + 1}`, portalId: `${100 + i}` })),
    );
  }
  const report = await store.saveReport(sampleReportFields(projects[0]!.id, { remarks: 'ร่างแรก' }));
  await store.saveReport(sampleReportFields(projects[0]!.id, { remarks: 'ร่างที่สอง', status: '3' }), report.id);
  await store.saveReport(
    sampleReportFields(projects[1]!.id, { round: 2, ordinanceBudget: null, disbursed: null }),
  );
  await store.delete('project', projects[3]!.id);
  return store;
}

describe('backup export and import', () => {
  it('round trip: export, wipe, import gives back every record, version and trash entry', async () => {
    const store = await populatedStore();
    const before = await dump(store);
    const text = serializeBackup((await exportBackup(store, Date.parse('2026-11-22T03:00:00Z'))).backup);

    const empty = await DraftStore.open(freshDbName());
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(parsed.backup.exportedAt).toBe('2026-11-22T03:00:00.000Z');
    expect(parsed.backup.unitCode).toBe('3100300');
    const summary = await importBackup(empty, parsed.backup);
    expect(summary).toMatchObject({ added: 5, updated: 0, unchanged: 0, historyAdded: 1, trashAdded: 1 });

    const after = await dump(empty);
    expect(after.projects).toEqual(before.projects);
    expect(after.reports).toEqual(before.reports);
    expect(after.trash).toEqual(before.trash);
    // The plan stamp is the store's own bookkeeping (utils/store/plan-stamp.ts), new with every write.
    const keyOf = (entry: unknown) => (entry as { key: string }).key;
    const userMeta = (entries: unknown[] = []) => entries.filter((e) => keyOf(e) !== META_KEYS.planStamp);
    expect(userMeta(after.meta)).toEqual(userMeta(before.meta));
    expect(after.meta?.map(keyOf)).toContain(META_KEYS.planStamp);
    expect(after.history).toEqual(before.history);
  });

  it('importing the same backup twice changes nothing the second time', async () => {
    const store = await populatedStore();
    const backup = (await exportBackup(store)).backup;
    const before = await dump(store);
    expect(await importBackup(store, backup)).toMatchObject({
      added: 0,
      updated: 0,
      unchanged: 5,
      historyAdded: 0,
    });
    expect(await dump(store)).toEqual(before);
  });

  it('importing an older backup keeps the newer local text in the history', async () => {
    const store = await populatedStore();
    const backup = (await exportBackup(store)).backup;
    const [report] = (await store.list('report')).records.filter((r) => r.remarks === 'ร่างที่สอง');
    await store.saveReport({ ...sampleReportFields(report!.projectId), remarks: 'พิมพ์หลังสำรอง' }, report!.id);
    expect(await importBackup(store, backup)).toMatchObject({ updated: 1 });
    expect((await store.get('report', report!.id))?.remarks).toBe('ร่างที่สอง');
    expect((await store.history('report', report!.id)).map((r) => r.remarks)).toContain('พิมพ์หลังสำรอง');
  });

  it("refuses another unit's backup unless asked, and changes nothing", async () => {
    const store = await populatedStore();
    const backup = { ...(await exportBackup(store)).backup, unitCode: '3104000' };
    const other = await DraftStore.open(freshDbName());
    await other.setMeta('unitCode', '3100300');
    const before = await dump(other);
    await expect(importBackup(other, backup)).rejects.toBeInstanceOf(BackupUnitMismatchError);
    expect(await dump(other)).toEqual(before);
  });

  it("takes the file's unit as the user's only when it is one of the 77", async () => {
    const store = await populatedStore();
    const { backup } = await exportBackup(store);
    const fresh = await DraftStore.open(freshDbName());
    await importBackup(fresh, { ...backup, unitCode: '3199999' }, { allowOtherUnit: true });
    expect(await fresh.getMeta('unitCode')).toBeUndefined();
    const another = await DraftStore.open(freshDbName());
    await importBackup(another, backup);
    expect(await another.getMeta('unitCode')).toBe('3100300');
  });

  it('names each problem with its path', async () => {
    const store = await populatedStore();
    const backup = JSON.parse(serializeBackup((await exportBackup(store)).backup));
    backup.projects[3] = { ...backup.projects[0], id: 'x-1', name: '' };
    backup.reports[0].disbursed = '12,500';
    const result = parseBackup(JSON.stringify(backup));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContain('projects[3].name: the project name is empty');
    expect(result.problems.some((p) => p.startsWith('reports[0].disbursed: '))).toBe(true);
  });

  describe('a bad file leaves the store exactly as it was', async () => {
    const good = async () => JSON.parse(serializeBackup((await exportBackup(await populatedStore())).backup));
    const cases: [string, () => Promise<string>, RegExp][] = [
      [
        'corrupt',
        async () => '{"format": "eplan-assistant-backup", "formatVersion": 1, ]]',
        /not valid JSON/,
      ],
      [
        'truncated',
        async () => {
          const text = JSON.stringify(await good());
          return text.slice(0, Math.floor(text.length / 2));
        },
        /not valid JSON.*cut short/,
      ],
      ['newer version', async () => JSON.stringify({ ...(await good()), formatVersion: 2 }), /newer version/],
      ['not a backup', async () => JSON.stringify({ hello: 'world' }), /not an e-Plan Assistant backup/],
      [
        'hostile: prototype pollution and unknown keys',
        async () => {
          const b = await good();
          return JSON.stringify(b).replace(
            '"projects":[{',
            '"projects":[{"__proto__":{"polluted":true},"constructor":{"x":1},',
          );
        },
        /projects\[0\]: Unrecognized keys/,
      ],
      [
        'hostile: wrong types and path-like ids',
        async () => {
          const b = await good();
          b.reports[0].id = '../../etc/passwd';
          b.reports[0].fiscalYear = 1e308;
          b.history = 'all of it';
          return JSON.stringify(b);
        },
        /reports\[0\]\.id: /,
      ],
      [
        'hostile: a report pointing at a project that is not there',
        async () => {
          const b = await good();
          b.reports[0].projectId = 'nowhere';
          return JSON.stringify(b);
        },
        /reports\[0\]\.projectId: no project with id nowhere/,
      ],
    ];
    for (const [label, makeText, message] of cases) {
      it(label, async () => {
        const store = await populatedStore();
        const before = await dump(store);
        const result = parseBackup(await makeText());
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.problems.join('\n')).toMatch(message);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(await dump(store)).toEqual(before);
      });
    }
  });

  it('a failure half-way through an import rolls all of it back', async () => {
    const source = await populatedStore();
    const backup = (await exportBackup(source)).backup;
    const target = await DraftStore.open(freshDbName());
    await target.saveProject(sampleProjectFields({ name: 'โครงการเดิมในเครื่อง' }));
    const before = await dump(target);
    // The records are written, then the disk fills before the history and trash are.
    const original = target.putNewVersions.bind(target);
    vi.spyOn(target, 'putNewVersions').mockImplementation(async (...args) => {
      await original(...args);
      throw new Error('disk full');
    });
    await expect(importBackup(target, backup)).rejects.toThrow('disk full');
    expect(await dump(target)).toEqual(before);
  });

  it('a damaged record never stops a backup: it is left out and named, and the rest can be imported', async () => {
    const store = await populatedStore();
    const [report] = await store.db.getAll('reports');
    await store.db.put('reports', { ...report, status: 'เสีย' });
    const { backup, leftOut } = await exportBackup(store);
    expect(leftOut).toHaveLength(1);
    expect(leftOut[0]).toContain(String(report!.id));
    expect(backup.reports.map((r) => r.id)).not.toContain(report!.id);
    expect(parseBackup(serializeBackup(backup)).ok).toBe(true);
  });

  it('a backup holding a good copy of a damaged record brings it back, and keeps the damaged one aside', async () => {
    const store = await populatedStore();
    const { backup } = await exportBackup(store);
    const [report] = await store.db.getAll('reports');
    const damaged = { ...report, status: 'เสีย' };
    await store.db.put('reports', damaged);
    await importBackup(store, backup);
    expect(await store.get('report', String(report!.id))).toEqual(report);
    const meta = await store.db.getAll('meta');
    expect(meta.filter((m) => m.key.startsWith('unreadable:')).map((m) => m.value)).toEqual([damaged]);
  });
});
