import type { PlainDate } from '../calendar/plain-date';
import { roundSchedule, type Round } from '../calendar/rounds';
import { COMPLETED_STATUS, type ReportStatus } from '../catalogue/report-statuses';
import { emptyRoundReport, type RoundReportFields } from '../model/round-report';
import { formatThaiDate } from '../thai/date';
import type { BmaProgressEntry, BmaReport } from './bma-report';
import { composeRemarks, DEFAULT_MAX_REMARKS_LENGTH } from './compose-remarks';
import { damagedCharacterIndexes } from './damaged-characters';
import { displayBaht } from './display-amount';
import {
  inferDisbursedReading,
  sameBaht,
  type DisbursedBasis,
  type DisbursedReading,
} from './disbursed-reading';
import { proposalNote, type ProposalNote } from './proposal-note';
import {
  selectRoundEntries,
  type LeftOutBmaEntry,
  type RoundEntries,
  type UsedBmaEntry,
} from './round-entries';

const IN_PROGRESS_STATUS: ReportStatus = '2';
/** The project id a proposal carries until the caller gives the draft's own. */
export const UNASSIGNED_PROJECT_ID = 'unassigned';

export interface ProposeRoundOptions {
  /** The draft's project id (RecordId); `unassigned` when not given. */
  projectId?: string;
  /** Overrides what inferDisbursedReading concludes from the report. */
  disbursedReading?: DisbursedReading;
  maxRemarksLength?: number;
  /** Ends the remarks with `ความก้าวหน้าของงาน ร้อยละ N (ณ date)`; on by default. */
  progressSummary?: boolean;
}

/** A round draft proposed from a BMA report, with what it rests on, for a "read vs proposed" view. */
export interface RoundDraftProposal {
  /** emptyRoundReport with remarks, disbursed, status and ordinanceBudget filled where the report says. */
  fields: RoundReportFields;
  periodStart: PlainDate;
  /** 31 March (round 1) or 30 September (round 2) of the fiscal year. */
  cutOff: PlainDate;
  used: UsedBmaEntry[];
  leftOut: LeftOutBmaEntry[];
  disbursedBasis: DisbursedBasis;
  notes: ProposalNote[];
}

const display = (date: PlainDate) => formatThaiDate(date, { month: 'short' });
const listOf = (numbers: readonly number[]) => numbers.join(', ');

function hasDamagedText(entry: BmaProgressEntry): boolean {
  return damagedCharacterIndexes(entry.narrative).length > 0;
}

interface RoundWindow {
  fiscalYear: number;
  periodStart: PlainDate;
  cutOff: PlainDate;
}

/** Why each entry is in or out of the round, where that is not plain from its date. */
function notesOnSelection(report: BmaReport, { used, leftOut }: RoundEntries, window: RoundWindow) {
  const notes: ProposalNote[] = [];
  for (const entry of used) {
    if (entry.placement !== 'between-neighbours') continue;
    const next = report.entries.slice(entry.index + 1).find((later) => later.date !== null);
    if (next?.date) {
      notes.push(
        proposalNote('undated-placed', { number: entry.number, next: next.number, date: display(next.date) }),
      );
    }
  }
  const numbersLeftOut = (reason: LeftOutBmaEntry['reason']) =>
    leftOut.filter((entry) => entry.reason === reason).map((entry) => entry.number);
  for (const number of numbersLeftOut('undated-uncertain')) {
    notes.push(proposalNote('undated-left-out', { number }));
  }
  const after = numbersLeftOut('after-cut-off');
  if (after.length > 0) {
    notes.push(proposalNote('after-cut-off', { numbers: listOf(after), date: display(window.cutOff) }));
  }
  const before = numbersLeftOut('before-fiscal-year');
  if (before.length > 0) {
    notes.push(
      proposalNote('before-fiscal-year', {
        numbers: listOf(before),
        date: display(window.periodStart),
        fiscalYear: window.fiscalYear,
      }),
    );
  }
  return notes;
}

interface DisbursedProposal {
  amount: number | null;
  notes: ProposalNote[];
}

function proposeDisbursed(
  entries: readonly BmaProgressEntry[],
  basis: DisbursedBasis,
  report: BmaReport,
  round: Round,
): DisbursedProposal {
  if (entries.length === 0) return { amount: null, notes: [] };
  const notes: ProposalNote[] = [];
  const known = entries.filter((entry) => entry.disbursed !== null);
  const unknown = entries.filter((entry) => entry.disbursed === null).map((entry) => entry.number);
  if (unknown.length > 0) notes.push(proposalNote('disbursed-unknown', { numbers: listOf(unknown) }));
  if (known.length === 0) return { amount: null, notes };

  let amount: number;
  if (basis.reading === 'per-report') {
    // Summed in satang so 0.1 + 0.2 stays 0.30 baht.
    amount = known.reduce((total, entry) => total + Math.round((entry.disbursed ?? 0) * 100), 0) / 100;
    notes.push(
      proposalNote('disbursed-per-report', {
        amount: displayBaht(amount),
        numbers: listOf(known.map((e) => e.number)),
      }),
    );
  } else {
    const latest = known.at(-1);
    amount = latest?.disbursed ?? 0;
    notes.push(
      proposalNote('disbursed-cumulative', { amount: displayBaht(amount), number: latest?.number ?? '' }),
    );
  }
  if (known.every((entry) => entry.disbursed === 0)) notes.push(proposalNote('disbursed-all-zero'));
  if (round === 2 && report.budgetSpent !== null && !sameBaht(report.budgetSpent, amount)) {
    notes.push(
      proposalNote('disbursed-vs-spent', {
        amount: displayBaht(amount),
        spent: displayBaht(report.budgetSpent),
      }),
    );
  }
  if (!Number.isInteger(amount)) {
    notes.push(proposalNote('fractional-disbursed', { amount: displayBaht(amount) }));
  }
  return { amount, notes };
}

interface StatusProposal {
  status: ReportStatus | null;
  latest: BmaProgressEntry | null;
  notes: ProposalNote[];
}

/** Completed only at 100 %: the portal locks a completed project for the year, so nothing less counts. */
function proposeStatus(entries: readonly BmaProgressEntry[]): StatusProposal {
  const last = entries.at(-1);
  if (last === undefined) return { status: null, latest: null, notes: [proposalNote('no-entries')] };
  const notes: ProposalNote[] = [];
  if (last.percent === null) notes.push(proposalNote('progress-unknown', { number: last.number }));
  const latest = entries.findLast((entry) => entry.percent !== null) ?? null;
  if (latest === null || latest.percent === null) return { status: null, latest: null, notes };
  // Above 100 is a misprint (55 typed as 155): "completed" locks the project for the year, so it is the
  // person's to choose.
  if (latest.percent > 100) {
    notes.push(proposalNote('status-percent-impossible', { number: latest.number, percent: latest.percent }));
    return { status: null, latest, notes };
  }
  if (latest.percent === 100) {
    notes.push(proposalNote('status-completed', { number: latest.number }));
    return { status: COMPLETED_STATUS, latest, notes };
  }
  notes.push(proposalNote('status-in-progress', { number: latest.number, percent: latest.percent }));
  return { status: IN_PROGRESS_STATUS, latest, notes };
}

/**
 * Proposes the e-PlanNACC report for one round of a fiscal year from a BMA report: remarks from the
 * entries up to the round's cut-off, the amount disbursed by then, and the status the latest percent
 * implies. Every assumption is a note; nothing is saved.
 */
export function proposeRoundDraft(
  report: BmaReport,
  fiscalYear: number,
  round: Round,
  options: ProposeRoundOptions = {},
): RoundDraftProposal {
  const { periodStart, periodEnd: cutOff } = roundSchedule(fiscalYear, round);
  const notes: ProposalNote[] = [
    proposalNote('cut-off', {
      months: round === 1 ? 6 : 12,
      from: display(periodStart),
      to: display(cutOff),
    }),
  ];
  if (report.fiscalYear !== null && report.fiscalYear !== fiscalYear) {
    notes.push(proposalNote('fiscal-year-mismatch', { reportYear: report.fiscalYear, fiscalYear }));
  }

  const selection = selectRoundEntries(report.entries, periodStart, cutOff);
  const { used, leftOut } = selection;
  notes.push(...notesOnSelection(report, selection, { fiscalYear, periodStart, cutOff }));
  const usedEntries = used.flatMap((entry) => report.entries[entry.index] ?? []);

  const disbursedBasis: DisbursedBasis = options.disbursedReading
    ? { reading: options.disbursedReading, because: 'chosen' }
    : inferDisbursedReading(report);
  const disbursed = proposeDisbursed(usedEntries, disbursedBasis, report, round);
  notes.push(...disbursed.notes);

  const status = proposeStatus(usedEntries);
  notes.push(...status.notes);

  const summary =
    options.progressSummary === false || status.latest?.percent == null
      ? null
      : { percent: status.latest.percent, date: status.latest.date };
  const maxLength = options.maxRemarksLength ?? DEFAULT_MAX_REMARKS_LENGTH;
  const composed = composeRemarks(usedEntries, summary, maxLength);
  if (composed.shortened.length > 0) {
    notes.push(proposalNote('remarks-shortened', { numbers: listOf(composed.shortened), limit: maxLength }));
  }
  const damaged = usedEntries.filter(hasDamagedText).map((entry) => entry.number);
  if (damaged.length > 0) notes.push(proposalNote('damaged-text', { numbers: listOf(damaged) }));

  const received = report.budgetReceived;
  if (received === 0) notes.push(proposalNote('no-budget'));

  const fields: RoundReportFields = {
    ...emptyRoundReport(options.projectId ?? UNASSIGNED_PROJECT_ID, fiscalYear, round),
    ordinanceBudget: received !== null && received > 0 ? received : null,
    disbursed: disbursed.amount,
    status: status.status,
    remarks: usedEntries.length === 0 ? '' : composed.remarks,
  };
  return { fields, periodStart, cutOff, used, leftOut, disbursedBasis, notes };
}
