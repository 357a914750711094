import { RecoverySnapshotSchema } from '../messaging/content-protocol';
import type { DraftStore } from '../store/draft-store';
import { recoveryMetaKey } from '../store/meta-keys';
import { SAVE_ANSWER_WITHIN_MS } from './pending-submission';
import { recoveryKeyOf } from './recovery-key';

/** Whether a portal address is the plan form's save handler (PORTAL.md: the form posts there). */
export function isPlanSaveAnswer(url: string): boolean {
  try {
    return /\/projectcreateadd\.php$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/**
 * The portal's save handler answered the plan form's send: its text in the recovery slot is marked
 * answered (RecoverySnapshotSchema.answeredAt). Returns whether a send was waiting for that answer.
 */
export async function markPlanSendAnswered(store: DraftStore, now: number): Promise<boolean> {
  const key = recoveryMetaKey(recoveryKeyOf({ kind: 'plan' }));
  const slot = RecoverySnapshotSchema.safeParse(await store.getMeta(key));
  if (!slot.success) return false;
  const { sentAt, answeredAt } = slot.data;
  if (sentAt === undefined || answeredAt !== undefined || now - sentAt > SAVE_ANSWER_WITHIN_MS) return false;
  await store.setMeta(key, { ...slot.data, answeredAt: now });
  return true;
}
