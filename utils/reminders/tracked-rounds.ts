import { fiscalYearOf } from '../calendar/fiscal-year';
import { isLate, roundsOfFiscalYear, type DeadlineOverrides, type RoundSchedule } from '../calendar/rounds';

/**
 * The rounds reminders look at, at an instant, earliest due first:
 * - the round before the next one, while it is overdue: it stays until the next round falls due, so an
 *   overdue round is nagged about for about six months and never longer. By then round 2 (which covers the
 *   whole fiscal year) has superseded a missing 6-month report, or the next year's 6-month report is the
 *   one to chase; chasing older reports is the overseers' job, not a daily notification's;
 * - the next round to fall due (its due day is today or later).
 *
 * So on 22 Nov 2026: FY 2569 round 2 (due 31 Oct 2026, overdue) and FY 2570 round 1 (due 30 Apr 2027).
 * Ordered by due instant rather than by fiscal year and round, so deadlines NACC moved still line up, and
 * nothing changes on 1 October: the new fiscal year's first deadline is not until April.
 */
export function trackedRounds(nowMs: number, overrides?: DeadlineOverrides): RoundSchedule[] {
  const fiscalYear = fiscalYearOf(nowMs);
  const candidates = [fiscalYear - 1, fiscalYear, fiscalYear + 1]
    .flatMap((fy) => roundsOfFiscalYear(fy, overrides))
    .sort((a, b) => a.dueInstant - b.dueInstant || a.fiscalYear - b.fiscalYear || a.round - b.round);
  // Next year's rounds are due after this fiscal year ends (overrides cannot move them earlier than their
  // period's start), so a next round always exists.
  const next = candidates.findIndex((schedule) => !isLate(nowMs, schedule));
  const previous = candidates[next - 1];
  return previous ? [previous, candidates[next]!] : [candidates[next]!];
}
