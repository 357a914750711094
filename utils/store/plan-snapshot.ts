import type { IDBPDatabase } from 'idb';
// The small build of zod: this is read by the workspace's first, smallest code, before the rest has loaded.
import * as z from 'zod/mini';
import { META_KEYS } from './meta-keys';
import { newPlanStamp, planStampTime } from './plan-stamp-value';
import type { DraftDb } from './schema';

/** What a drawing of the plan depends on besides the store. */
const PlanSnapshotContextSchema = z.object({
  /** The Bangkok day it was drawn on (utils/calendar/bangkok-day.ts): deadlines and days left change daily. */
  bangkokDay: z.number(),
  language: z.enum(['th', 'en']),
  /** The workspace address it was drawn for: the plan (`#`) or its "needs attention" view (`#outstanding`). */
  hash: z.string(),
  /** The extension version whose markup it is. */
  extensionVersion: z.string(),
});
export type PlanSnapshotContext = z.infer<typeof PlanSnapshotContextSchema>;

/**
 * The widths of the plan table's columns as last measured in the person's window: shares of the table's
 * width, in order, and the window's width then. A drawing made without a window (the background's) has
 * none of its own and carries these over.
 */
const PlanColumnsSchema = z.object({ drawnAt: z.number(), shares: z.array(z.number()) });
export type PlanColumns = z.infer<typeof PlanColumnsSchema>;

/**
 * The workspace's plan as last drawn: its markup, its columns' widths if measured, and the plan stamp of
 * the read it was drawn from (utils/store/plan-stamp.ts). While the stamp is unchanged and the context is
 * the same, the markup shows exactly what a fresh drawing would, so the page can show it at once while its
 * code loads.
 */
const PlanSnapshotSchema = z.extend(PlanSnapshotContextSchema, {
  stamp: z.string(),
  html: z.string(),
  columns: z.optional(PlanColumnsSchema),
});
type PlanSnapshot = z.infer<typeof PlanSnapshotSchema>;

/** What is shown of the plan as last drawn: its markup, and its columns' widths if known. */
export type PlanDrawing = Pick<PlanSnapshot, 'html' | 'columns'>;

const sameContext = (a: PlanSnapshotContext, b: PlanSnapshotContext) =>
  (Object.keys(PlanSnapshotContextSchema.shape) as (keyof PlanSnapshotContext)[]).every((k) => a[k] === b[k]);

/** The kept drawing, if readable, and the store's plan stamp now. */
async function readKeptAndStamp(db: IDBPDatabase<DraftDb>) {
  const tx = db.transaction('meta');
  const [stamp, stored] = await Promise.all([
    tx.store.get(META_KEYS.planStamp),
    tx.store.get(META_KEYS.planSnapshot),
    tx.done,
  ]);
  const kept = PlanSnapshotSchema.safeParse(stored?.value);
  return { kept: kept.success ? kept.data : undefined, stamp: stamp?.value };
}

/** Whether the kept drawing is what an opening today, in this version, would draw from the store now. */
const currentFor = (
  kept: PlanSnapshot | undefined,
  stamp: unknown,
  { bangkokDay, extensionVersion }: Pick<PlanSnapshotContext, 'bangkokDay' | 'extensionVersion'>,
): kept is PlanSnapshot =>
  kept !== undefined &&
  kept.stamp === stamp &&
  kept.bangkokDay === bangkokDay &&
  kept.extensionVersion === extensionVersion;

/**
 * The plan's markup as last drawn, if it is still what the plan shows: nothing changed in the store since,
 * and it was drawn for this day, language, address and version. Otherwise, if what the plan shows changed
 * since it was drawn, when (if known): a drawing of that change may be on its way
 * (entrypoints/workspace/draw-plan-ahead.ts).
 */
export async function readCurrentPlanSnapshot(
  db: IDBPDatabase<DraftDb>,
  context: PlanSnapshotContext,
): Promise<PlanDrawing | { changedAt: number | undefined }> {
  const { kept, stamp } = await readKeptAndStamp(db);
  if (!kept || kept.stamp !== stamp) return { changedAt: planStampTime(stamp) };
  return sameContext(kept, context) ? { html: kept.html, columns: kept.columns } : { changedAt: undefined };
}

/**
 * Whether the plan as last drawn is still what an opening today, in this version, would draw: nothing
 * changed in the store since. (The language and address it was drawn for are the page's to know.) With it,
 * the column widths last measured in the person's window, current or not: a drawing made without a window
 * (the background's) carries them over.
 */
export async function keptPlanState(
  db: IDBPDatabase<DraftDb>,
  today: Pick<PlanSnapshotContext, 'bangkokDay' | 'extensionVersion'>,
): Promise<{ current: boolean; columns: PlanColumns | undefined }> {
  const { kept, stamp } = await readKeptAndStamp(db);
  return { current: currentFor(kept, stamp, today), columns: kept?.columns };
}

/**
 * Keeps the plan's markup, drawn from a read that saw `readStamp`. If the store has changed since that
 * read, keeps nothing (the drawing that follows the change will be kept) and says so. With `onlyOverStale`,
 * keeps nothing either if the kept drawing is current for the store: an open workspace kept its own, in
 * its window, since the background looked.
 */
export async function savePlanSnapshot(
  db: IDBPDatabase<DraftDb>,
  drawn: PlanSnapshotContext & PlanDrawing,
  readStamp: unknown,
  { onlyOverStale = false } = {},
): Promise<boolean> {
  const tx = db.transaction('meta', 'readwrite');
  const [current, kept] = await Promise.all([
    tx.store.get(META_KEYS.planStamp).then((entry) => entry?.value),
    tx.store.get(META_KEYS.planSnapshot).then((entry) => PlanSnapshotSchema.safeParse(entry?.value).data),
  ]);
  if (current !== readStamp || (onlyOverStale && currentFor(kept, current, drawn))) {
    await tx.done;
    return false;
  }
  // No stamp yet means no write since the store was created or upgraded: give it one to be current for.
  const stamp = typeof current === 'string' ? current : newPlanStamp(Date.now());
  if (stamp !== current) await tx.store.put({ key: META_KEYS.planStamp, value: stamp });
  await tx.store.put({ key: META_KEYS.planSnapshot, value: PlanSnapshotSchema.parse({ ...drawn, stamp }) });
  await tx.done;
  return true;
}
