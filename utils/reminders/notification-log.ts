import { z } from 'zod';
import type { RoundSchedule } from '../calendar/rounds';

const IsoDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Notifying while overdue is its own stage, after every lead time (0 = the due day). */
export const OVERDUE_STAGE = -1;

/**
 * The last reminder shown for each deadline: on which Bangkok day, at which stage (a lead time in days, or
 * OVERDUE_STAGE), and for which due date (NACC may move it). Kept in the store, so a restarted service
 * worker knows what was already shown today.
 */
export const NotificationLogSchema = z.record(
  z.string().max(40),
  z.strictObject({ day: IsoDaySchema, stage: z.number().int().min(OVERDUE_STAGE), due: IsoDaySchema }),
);
export type NotificationLog = z.infer<typeof NotificationLogSchema>;
export type NotificationLogEntry = NotificationLog[string];

/** `2570-r1`: one deadline, whatever its date. */
export function deadlineKey({ fiscalYear, round }: Pick<RoundSchedule, 'fiscalYear' | 'round'>): string {
  return `${fiscalYear}-r${round}`;
}

/** A damaged log is read as empty: the worst case is one extra reminder today, never a missed one. */
export function notificationLogFromStored(raw: unknown): NotificationLog {
  return NotificationLogSchema.catch({}).parse(raw ?? {});
}
