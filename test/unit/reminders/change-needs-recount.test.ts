import { describe, expect, it } from 'vitest';
import { changeNeedsRecount } from '../../../utils/reminders/change-needs-recount';
import { META_KEYS, recoveryMetaKey } from '../../../utils/store/meta-keys';

describe('which store changes the background recounts the reminders after', () => {
  it('recounts after any record, an import, and what the reminders read from the meta store', () => {
    expect(changeNeedsRecount({ kind: 'project', id: 'p1' })).toBe(true);
    expect(changeNeedsRecount({ kind: 'report' })).toBe(true);
    expect(changeNeedsRecount({ kind: 'all' })).toBe(true);
    expect(changeNeedsRecount({ kind: 'meta' })).toBe(true);
    expect(changeNeedsRecount({ kind: 'meta', id: META_KEYS.settings })).toBe(true);
    expect(changeNeedsRecount({ kind: 'meta', id: META_KEYS.portalRounds })).toBe(true);
    expect(changeNeedsRecount({ kind: 'meta', id: META_KEYS.unitCode })).toBe(true);
  });

  it('recounts after a meta key it does not know, so a new setting never leaves the badge stale', () => {
    expect(changeNeedsRecount({ kind: 'meta', id: 'someFutureSetting' })).toBe(true);
  });

  it('does not recount for text kept while typing on the portal, the page seen, or its own log', () => {
    expect(changeNeedsRecount({ kind: 'meta', id: recoveryMetaKey('report:1201:2570:1') })).toBe(false);
    expect(changeNeedsRecount({ kind: 'meta', id: META_KEYS.lastPortalPage })).toBe(false);
    expect(changeNeedsRecount({ kind: 'meta', id: META_KEYS.notificationLog })).toBe(false);
    expect(changeNeedsRecount({ kind: 'meta', id: META_KEYS.taughtBindings })).toBe(false);
    expect(changeNeedsRecount({ kind: 'meta', id: META_KEYS.planSnapshot })).toBe(false);
  });
});
