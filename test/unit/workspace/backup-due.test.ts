import { describe, expect, it } from 'vitest';
import { backupIsDue } from '../../../utils/workspace/backup-due';

const DAY = 24 * 60 * 60 * 1000;
const now = Date.UTC(2026, 10, 23, 3, 0);

describe('the backup reminder', () => {
  it('stays quiet while there is nothing to lose', () => {
    expect(backupIsDue(undefined, false, now)).toBe(false);
  });

  it('reminds when drafts were never backed up', () => {
    expect(backupIsDue(undefined, true, now)).toBe(true);
  });

  it('stays quiet for 30 Bangkok calendar days after a backup, then reminds all day', () => {
    // Backed up at 23:59 on 1 November in Bangkok: due from 00:00 on 1 December, not at 23:59.
    const backup = Date.parse('2026-11-01T23:59:00+07:00');
    expect(backupIsDue(backup, true, Date.parse('2026-11-30T23:59:59+07:00'))).toBe(false);
    expect(backupIsDue(backup, true, Date.parse('2026-12-01T00:00:00+07:00'))).toBe(true);
    expect(backupIsDue(now - 29 * DAY, true, now)).toBe(false);
    expect(backupIsDue(now - 30 * DAY, true, now)).toBe(true);
    expect(backupIsDue(now - 400 * DAY, true, now)).toBe(true);
  });

  it('does not remind right after a backup made while the workspace was open (later the same day)', () => {
    // The workspace's `now` is when it opened; a backup made since is later than it.
    const opened = Date.parse('2026-11-23T09:00:00+07:00');
    expect(backupIsDue(Date.parse('2026-11-23T09:05:00+07:00'), true, opened)).toBe(false);
    expect(backupIsDue(Date.parse('2026-11-23T23:59:00+07:00'), true, opened)).toBe(false);
  });

  it('reminds when the last backup is on a later day (a clock set wrong) or not a point in time', () => {
    expect(backupIsDue(now + DAY, true, now)).toBe(true);
    expect(backupIsDue(Number.NaN, true, now)).toBe(true);
    expect(backupIsDue(Number.NEGATIVE_INFINITY, true, now)).toBe(true);
  });
});
