import { describe, expect, it } from 'vitest';
import { startFirstRead } from '../../../entrypoints/workspace/first-read';
import { META_KEYS, recoveryMetaKey } from '../../../utils/store/meta-keys';
import { openSharedStore } from '../../../utils/store/open-shared-store';
import { announceStoreChange } from '../../../utils/store/store-changes';

// BroadcastChannel delivers on a later task.
const delivered = () => new Promise((done) => setTimeout(done, 50));

describe('the read the workspace starts before its code loads', () => {
  it("gives the unit's plan when nothing changed meanwhile", async () => {
    const store = await openSharedStore();
    await store.setMeta(META_KEYS.unitCode, '3100300');
    const first = startFirstRead();
    await delivered();
    await expect(first.take()).resolves.toMatchObject({ unitCode: '3100300', projects: [], reports: [] });
  });

  it('is still used after a change the plan never shows (text kept while typing on the portal)', async () => {
    const first = startFirstRead();
    announceStoreChange({ kind: 'meta', id: recoveryMetaKey('report:1201:2570:1') });
    await delivered();
    expect(first.take()).toBeDefined();
  });

  it('is not used once the store has changed since it started, so the change is never missed', async () => {
    const first = startFirstRead();
    announceStoreChange({ kind: 'project', id: 'p-new' });
    await delivered();
    expect(first.take()).toBeUndefined();
  });
});
