import { describe, expect, it } from 'vitest';
import { META_KEYS, recoveryMetaKey } from '../../../utils/store/meta-keys';
import { changeShowsOnPlan } from '../../../utils/store/plan-stamp';

describe('which announced changes the workspace reads its plan again for', () => {
  it('reads again after a record, an import, a setting or a meta key it does not know', () => {
    expect(changeShowsOnPlan({ kind: 'report', id: 'r1' })).toBe(true);
    expect(changeShowsOnPlan({ kind: 'all' })).toBe(true);
    expect(changeShowsOnPlan({ kind: 'meta' })).toBe(true);
    expect(changeShowsOnPlan({ kind: 'meta', id: META_KEYS.settings })).toBe(true);
    expect(changeShowsOnPlan({ kind: 'meta', id: META_KEYS.lastBackupAt })).toBe(true);
    expect(changeShowsOnPlan({ kind: 'meta', id: 'someFutureSetting' })).toBe(true);
  });

  it('does not for text kept while the user types on the portal beside it, or the page it last saw', () => {
    expect(changeShowsOnPlan({ kind: 'meta', id: recoveryMetaKey('report:1201:2570:1') })).toBe(false);
    expect(changeShowsOnPlan({ kind: 'meta', id: META_KEYS.lastPortalPage })).toBe(false);
  });
});
