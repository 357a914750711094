import { describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../../utils/store/db-version';
import { DraftStore, fieldsOf } from '../../../utils/store/draft-store';
import { freshDbName } from '../sample-drafts';
import { EARLIER_DATABASE_WRITERS } from './earlier-databases';

describe('database migrations', () => {
  it('has a writer for every earlier schema version', () => {
    const versions = Object.keys(EARLIER_DATABASE_WRITERS).map(Number);
    expect(versions.sort()).toEqual(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1));
  });

  for (const [version, write] of Object.entries(EARLIER_DATABASE_WRITERS)) {
    it(`opens a database written by version ${version} and keeps every draft readable and editable`, async () => {
      const name = freshDbName();
      await write(name);
      const store = await DraftStore.open(name);
      expect(store.db.version).toBe(DB_VERSION);

      const project = await store.get('project', 'p-v1');
      const report = await store.get('report', 'r-v1');
      expect(project?.name).toMatch(/^โครงการการบูรณาการ/);
      expect(project?.revision).toBe(1);
      expect(report).toMatchObject({
        projectId: 'p-v1',
        revision: 1,
        remarks: expect.stringMatching(/หนังสือ/),
      });
      expect(await store.getMeta('unitCode')).toBe('3100300');
      expect((await store.list('report')).unreadable).toEqual([]);

      // The upgraded record joins today's history like any other.
      const edited = await store.saveReport({ ...fieldsOf(report!), remarks: 'แก้ไขหลังอัปเกรด' }, 'r-v1');
      expect(edited.revision).toBe(2);
      expect((await store.history('report', 'r-v1'))[0]?.remarks).toBe(report!.remarks);
    });
  }

  it('creates a new database at the current version', async () => {
    const store = await DraftStore.open(freshDbName());
    expect(store.db.version).toBe(DB_VERSION);
    expect([...store.db.objectStoreNames].sort()).toEqual([
      'history',
      'meta',
      'projects',
      'reports',
      'trash',
    ]);
  });
});
