import { META_KEYS } from '../store/meta-keys';
import { changeReachesBeyond, type StoreChange } from '../store/store-changes';

/**
 * Meta keys the reminders never read: writing them cannot change the badge or what is due. Any other key,
 * including one added later, counts as a change, so a new setting can never leave the badge stale. The
 * reminders' own log of what was shown is among them: their bookkeeping is no reason to recount.
 */
const NOT_COUNTED: ReadonlySet<string> = new Set([
  META_KEYS.lastPortalPage,
  META_KEYS.lastBackupAt,
  META_KEYS.taughtBindings,
  META_KEYS.pendingSubmission,
  META_KEYS.notificationLog,
  META_KEYS.planStamp,
  META_KEYS.planSnapshot,
  META_KEYS.unnamedProject,
]);

/**
 * Whether the background recounts the reminders after this change. Not for the text kept for recovery
 * (saved while the user types on the portal), the portal page last seen and the like: at the scale of
 * every unit's plan a recount is a few hundred ms of the background's time, taken from the page being
 * typed in.
 */
export function changeNeedsRecount(change: StoreChange): boolean {
  return changeReachesBeyond(change, NOT_COUNTED);
}
