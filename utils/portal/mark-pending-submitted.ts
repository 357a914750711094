import { fieldsOf, type DraftStore } from '../store/draft-store';
import { META_KEYS } from '../store/meta-keys';
import { SAVE_ANSWER_WITHIN_MS, PendingSubmissionSchema } from './pending-submission';

/**
 * The portal said the save succeeded: the round draft that was sent becomes submitted, with the time and
 * the values sent (so the 12-month checks and the reminders know). Returns the report's id, or null when
 * nothing was waiting (a save made without the assistant, or too long ago to be this one).
 */
export async function markPendingSubmitted(store: DraftStore, now: number): Promise<string | null> {
  const pending = PendingSubmissionSchema.safeParse(await store.getMeta(META_KEYS.pendingSubmission));
  await store.setMeta(META_KEYS.pendingSubmission, null);
  if (!pending.success || now - pending.data.at > SAVE_ANSWER_WITHIN_MS) return null;
  const { reportId, values, at } = pending.data;
  const report = reportId ? await store.get('report', reportId) : undefined;
  if (!report) return null;
  await store.saveReport(
    { ...fieldsOf(report), lifecycle: 'submitted', submittedAt: at, submittedValues: values },
    report.id,
  );
  return report.id;
}
