import type { Round, RoundSchedule } from '../calendar/rounds';
import type { Project } from '../model/project';
import type { RoundReport } from '../model/round-report';
import { checkReport } from '../rules/check-report';
import { reportCheckInputFromDraft } from '../rules/report-check-input-from-draft';

/** Why a project is listed under "needs attention"; null when nothing calls for it. */
export interface Attention {
  /** Rounds the reminders track (due soon or overdue, any fiscal year) with no submitted report yet. */
  owed: readonly RoundSchedule[];
  /** Rounds of the year shown whose unsubmitted draft fails a check (an error, not a warning). */
  roundsWithErrors: Round[];
}

/**
 * What a project needs from its officer in one fiscal year: a report owed in a round that is due or
 * overdue, or a draft the portal would reject. Drafts already submitted are the portal's now, not ours.
 */
export function attentionOf(
  project: Project,
  reportsOfYear: readonly RoundReport[],
  owed: readonly RoundSchedule[],
): Attention | null {
  const sixMonth = reportsOfYear.find((r) => r.round === 1) ?? null;
  const roundsWithErrors = reportsOfYear
    .filter((r) => r.lifecycle !== 'submitted')
    .filter((r) => checkReport(reportCheckInputFromDraft(r, project, sixMonth)).errors.length > 0)
    .map((r) => r.round)
    .sort();
  if (owed.length === 0 && roundsWithErrors.length === 0) return null;
  return { owed, roundsWithErrors };
}
