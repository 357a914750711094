import { COMPLETED_STATUS } from '../catalogue/report-statuses';
import type { RoundReport } from '../model/round-report';
import { fieldsOf, type DraftStore } from '../store/draft-store';
import { META_KEYS } from '../store/meta-keys';
import { recognisePortalPage } from './page-kind';
import { SAVE_ANSWER_WITHIN_MS, PendingSubmissionSchema } from './pending-submission';
import { recordRoundsSeen } from './record-rounds-seen';

/** The portal's name for the report's status: where a send recorded by an earlier version has it. */
const SENT_STATUS_NAME = 'status_process';

/**
 * The portal said the save succeeded: the round draft that was sent becomes submitted, with the time and
 * the values sent (so the 12-month checks and the reminders know), and the portal is known to have the
 * round, locked for the year if it was sent as completed (so the other round is not chased either).
 * Returns the report's id, or null when nothing was waiting (a save made without the assistant, or too
 * long ago to be this one).
 */
export async function markPendingSubmitted(
  store: DraftStore,
  now: number,
  /** The page whose form the portal saved (`document.referrer` of its answer), if the browser said. */
  savedFrom?: string,
): Promise<string | null> {
  const pending = PendingSubmissionSchema.safeParse(await store.getMeta(META_KEYS.pendingSubmission));
  await store.setMeta(META_KEYS.pendingSubmission, null);
  if (!pending.success || now - pending.data.at > SAVE_ANSWER_WITHIN_MS) return null;
  const { reportId, values, at, status: sentStatus } = pending.data;
  const report = reportId ? await store.get('report', reportId) : undefined;
  if (!report) return null;
  // A damaged project only loses the portal id: the portal's pages still say what it has.
  const project = await store.get('project', report.projectId).catch(() => undefined);
  const portalId = project?.portalId;
  // The answer to a save of another project's or round's form (made while the assistant was away) is not
  // this send's: the send never reached the portal, and its draft stays unsent.
  if (savedFrom && namesAnotherRound(savedFrom, report, portalId)) return null;
  await store.saveReport(
    { ...fieldsOf(report), lifecycle: 'submitted', submittedAt: at, submittedValues: values },
    report.id,
  );
  if (portalId !== undefined) {
    // What was sent, never the draft's own status (the person may have changed it on the page).
    const status = sentStatus !== undefined ? sentStatus : (values[SENT_STATUS_NAME] ?? null);
    await recordRoundsSeen(store, [
      {
        portalId,
        fiscalYear: report.fiscalYear,
        round: report.round,
        saved: true,
        locked: status === COMPLETED_STATUS,
        seenAt: now,
      },
    ]);
  }
  return report.id;
}

/** Whether a report page's address names another round than this report's (only what it names counts). */
function namesAnotherRound(href: string, report: RoundReport, portalId: string | undefined): boolean {
  const page = recognisePortalPage(href);
  if (page?.kind !== 'report') return false;
  const differs = <T>(named: T | undefined, own: T | undefined) =>
    named !== undefined && own !== undefined && named !== own;
  return (
    differs(page.round, report.round) ||
    differs(page.fiscalYear, report.fiscalYear) ||
    differs(page.projectId, portalId)
  );
}
