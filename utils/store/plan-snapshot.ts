import type { IDBPDatabase } from 'idb';
// The small build of zod: this is read by the workspace's first, smallest code, before the rest has loaded.
import * as z from 'zod/mini';
import { META_KEYS } from './meta-keys';
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
 * The workspace's plan as last drawn: its markup, and the plan stamp of the read it was drawn from
 * (utils/store/plan-stamp.ts). While the stamp is unchanged and the context is the same, the markup shows
 * exactly what a fresh drawing would, so the page can show it at once while its code loads.
 */
const PlanSnapshotSchema = z.extend(PlanSnapshotContextSchema, {
  stamp: z.string(),
  html: z.string(),
});

const sameContext = (a: PlanSnapshotContext, b: PlanSnapshotContext) =>
  (Object.keys(PlanSnapshotContextSchema.shape) as (keyof PlanSnapshotContext)[]).every((k) => a[k] === b[k]);

/** The kept drawing, if readable, and the store's plan stamp now. */
async function readKept(db: IDBPDatabase<DraftDb>) {
  const tx = db.transaction('meta');
  const [stamp, stored] = await Promise.all([
    tx.store.get(META_KEYS.planStamp),
    tx.store.get(META_KEYS.planSnapshot),
    tx.done,
  ]);
  const snapshot = PlanSnapshotSchema.safeParse(stored?.value);
  return snapshot.success && snapshot.data.stamp === stamp?.value ? snapshot.data : undefined;
}

/**
 * The plan's markup as last drawn, if it is still what the plan shows: nothing changed in the store since,
 * and it was drawn for this day, language, address and version. Otherwise nothing.
 */
export async function readCurrentPlanSnapshot(
  db: IDBPDatabase<DraftDb>,
  context: PlanSnapshotContext,
): Promise<string | undefined> {
  const kept = await readKept(db);
  return kept && sameContext(kept, context) ? kept.html : undefined;
}

/**
 * Whether the plan as last drawn is still what an opening today, in this version, would draw: nothing
 * changed in the store since. (The language and address it was drawn for are the page's to know.)
 */
export async function planSnapshotIsCurrent(
  db: IDBPDatabase<DraftDb>,
  { bangkokDay, extensionVersion }: Pick<PlanSnapshotContext, 'bangkokDay' | 'extensionVersion'>,
): Promise<boolean> {
  const kept = await readKept(db);
  return kept?.bangkokDay === bangkokDay && kept.extensionVersion === extensionVersion;
}

/**
 * Keeps the plan's markup, drawn from a read that saw `readStamp`. If the store has changed since that
 * read, keeps nothing (the drawing that follows the change will be kept) and says so.
 */
export async function savePlanSnapshot(
  db: IDBPDatabase<DraftDb>,
  drawn: PlanSnapshotContext & { html: string },
  readStamp: unknown,
): Promise<boolean> {
  const tx = db.transaction('meta', 'readwrite');
  const current = (await tx.store.get(META_KEYS.planStamp))?.value;
  if (current !== readStamp) {
    await tx.done;
    return false;
  }
  // No stamp yet means no write since the store was created or upgraded: give it one to be current for.
  const stamp = typeof current === 'string' ? current : crypto.randomUUID();
  if (stamp !== current) await tx.store.put({ key: META_KEYS.planStamp, value: stamp });
  await tx.store.put({ key: META_KEYS.planSnapshot, value: PlanSnapshotSchema.parse({ ...drawn, stamp }) });
  await tx.done;
  return true;
}
