import { bangkokDayNumber } from '../calendar/bangkok-day';
import { EpochMsSchema } from '../model/record-meta';

/** How long drafts may go without a backup before the workspace reminds the user. */
export const BACKUP_REMINDER_DAYS = 30;

/**
 * Whether to remind the user to back up: there is something to lose and no backup was exported in the last
 * 30 days (or ever), counted in Bangkok calendar days as every date the workspace shows: a backup made on
 * 1 November is due again from 1 December, all day. A last backup on a later day than `now` (a clock set
 * wrong) counts as due, so a broken clock cannot silence the reminder for good; so does one that is not a
 * point in time. One later the same day is not: the workspace's `now` is when it opened (use-now.ts), and a
 * backup made since then is the one just made.
 */
export function backupIsDue(lastBackupAt: number | undefined, hasDrafts: boolean, now: number): boolean {
  if (!hasDrafts) return false;
  if (lastBackupAt === undefined || !Number.isFinite(lastBackupAt)) return true;
  const daysSince = bangkokDayNumber(now) - bangkokDayNumber(lastBackupAt);
  return daysSince < 0 || daysSince >= BACKUP_REMINDER_DAYS;
}

/** When a backup was last exported, as stored (`meta.lastBackupAt`); a damaged value reads as never. */
export function readLastBackupAt(raw: unknown): number | undefined {
  const parsed = EpochMsSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
