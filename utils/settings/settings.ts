import { z } from 'zod';
import { DeadlineOverridesSchema, type DeadlineOverrides } from '../calendar/rounds';

/** Lead times offered by default: 14, 7, 3 and 1 days before, and on the day (0). */
export const DEFAULT_LEAD_DAYS: readonly number[] = [14, 7, 3, 1, 0];
/** A round counts on the badge once it is due within this many days (or overdue). */
export const DEFAULT_WARNING_DAYS = 30;
export const MAX_WARNING_DAYS = 120;

/** Lead times as the user picked them: unique, furthest first, so "which lead is next" is a simple scan. */
const LeadDaysSchema = z
  .array(z.number().int().min(0).max(MAX_WARNING_DAYS))
  .max(20)
  .transform((days) => [...new Set(days)].sort((a, b) => b - a));

/**
 * What the user chose about reminders and the interface. The unit lives apart under META_KEYS.unitCode
 * (older than these settings, and the background's `unit.set` message writes it).
 */
export const SettingsSchema = z.strictObject({
  /** Count a round on the badge when it is due within this many Bangkok days, or overdue. */
  warningDays: z.number().int().min(1).max(MAX_WARNING_DAYS),
  /** Notify this many days before a deadline; 0 = on the due day. */
  leadDays: LeadDaysSchema,
  /** Once a day while a round is overdue. */
  remindWhileOverdue: z.boolean(),
  /** No notifications at all; the badge still counts. */
  quiet: z.boolean(),
  /** NACC has moved dates before: per fiscal year replacements for the circular's deadlines. */
  deadlineOverrides: DeadlineOverridesSchema,
  /** Interface and notification language; absent = the browser's (Thai unless it prefers English). */
  language: z.enum(['th', 'en']).optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  warningDays: DEFAULT_WARNING_DAYS,
  leadDays: [...DEFAULT_LEAD_DAYS],
  remindWhileOverdue: true,
  quiet: false,
  deadlineOverrides: {},
};

/**
 * The moved deadlines that can be read, one by one: a damaged one (or one a later version's checks refuse)
 * goes back to the circular's date, and the others stay moved.
 */
function readableDeadlineOverrides(raw: unknown): DeadlineOverrides {
  const overrides: DeadlineOverrides = {};
  if (typeof raw !== 'object' || raw === null) return overrides;
  for (const [fiscalYear, rounds] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof rounds !== 'object' || rounds === null) continue;
    for (const [round, due] of Object.entries(rounds as Record<string, unknown>)) {
      const one = DeadlineOverridesSchema.safeParse({ [fiscalYear]: { [round]: due } });
      if (one.success) overrides[fiscalYear] = { ...overrides[fiscalYear], ...one.data[fiscalYear] };
    }
  }
  return overrides;
}

/**
 * Reads settings from disk field by field: a field that is missing or damaged (written by another version,
 * edited by hand) falls back to its default and the others are kept, so reminders never stop because of it.
 */
const StoredSettingsSchema = z
  .object({
    warningDays: SettingsSchema.shape.warningDays.catch(DEFAULT_SETTINGS.warningDays),
    leadDays: SettingsSchema.shape.leadDays.catch(() => [...DEFAULT_LEAD_DAYS]),
    remindWhileOverdue: SettingsSchema.shape.remindWhileOverdue.catch(DEFAULT_SETTINGS.remindWhileOverdue),
    quiet: SettingsSchema.shape.quiet.catch(DEFAULT_SETTINGS.quiet),
    deadlineOverrides: z.unknown().transform(readableDeadlineOverrides),
    language: SettingsSchema.shape.language.catch(undefined),
  })
  .catch(() => ({ ...DEFAULT_SETTINGS, leadDays: [...DEFAULT_LEAD_DAYS] }));

export function settingsFromStored(raw: unknown): Settings {
  const read = StoredSettingsSchema.parse(raw ?? {});
  // Leave `language` out rather than undefined, so what is written back stays strict-schema clean.
  const { language, ...rest } = read;
  return language === undefined ? rest : { ...rest, language };
}
