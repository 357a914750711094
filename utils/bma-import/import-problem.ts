import type { BMA_IMPORT_STRINGS } from '../i18n/strings/bma-import';
import { translate } from '../i18n/translate';
import { type Language } from '../i18n/language';

export type BmaImportMessageKey = keyof (typeof BMA_IMPORT_STRINGS)['th'];
type ProblemMessageKey = Exclude<BmaImportMessageKey, `bmaImportNote${string}`>;

/**
 * `error`: a field the report must have could not be read (it is null in the result);
 * `warning`: read, but the user should look at it (a damaged character, a reading the seed forced on us).
 */
export type BmaProblemSeverity = 'error' | 'warning';

const PROBLEM_KINDS = {
  'not-a-report': { severity: 'error', messageKey: 'bmaImportNotAReport' },
  'field-missing': { severity: 'error', messageKey: 'bmaImportFieldMissing' },
  'field-unreadable': { severity: 'error', messageKey: 'bmaImportFieldUnreadable' },
  'no-entries': { severity: 'error', messageKey: 'bmaImportNoEntries' },
  'entry-progress-missing': { severity: 'error', messageKey: 'bmaImportEntryProgressMissing' },
  'entry-narrative-missing': { severity: 'error', messageKey: 'bmaImportEntryNarrativeMissing' },
  'entry-date-unreadable': { severity: 'error', messageKey: 'bmaImportEntryDateUnreadable' },
  'entry-percent-unreadable': { severity: 'error', messageKey: 'bmaImportEntryPercentUnreadable' },
  'entry-disbursed-unreadable': { severity: 'error', messageKey: 'bmaImportEntryDisbursedUnreadable' },
  'damaged-character': { severity: 'warning', messageKey: 'bmaImportDamagedCharacter' },
  'entry-date-missing': { severity: 'warning', messageKey: 'bmaImportEntryDateMissing' },
  'percent-line-labelled-next': { severity: 'warning', messageKey: 'bmaImportPercentLineLabelledNext' },
  'duplicate-report-label': { severity: 'warning', messageKey: 'bmaImportDuplicateReportLabel' },
  'entry-number-mismatch': { severity: 'warning', messageKey: 'bmaImportEntryNumberMismatch' },
  'entry-number-inferred': { severity: 'warning', messageKey: 'bmaImportEntryNumberInferred' },
  'entry-number-gap': { severity: 'warning', messageKey: 'bmaImportEntryNumberGap' },
  'duplicate-entry-number': { severity: 'warning', messageKey: 'bmaImportDuplicateEntryNumber' },
  'entry-dates-out-of-order': { severity: 'warning', messageKey: 'bmaImportEntryDatesOutOfOrder' },
  'percent-decreased': { severity: 'warning', messageKey: 'bmaImportPercentDecreased' },
  'percent-out-of-range': { severity: 'warning', messageKey: 'bmaImportPercentOutOfRange' },
  'plan-status-unreadable': { severity: 'warning', messageKey: 'bmaImportPlanStatusUnreadable' },
  'page-break-in-narrative': { severity: 'warning', messageKey: 'bmaImportPageBreakInNarrative' },
  'unrecognised-line': { severity: 'warning', messageKey: 'bmaImportUnrecognisedLine' },
  'certification-missing': { severity: 'warning', messageKey: 'bmaImportCertificationMissing' },
  'spent-exceeds-received': { severity: 'warning', messageKey: 'bmaImportSpentExceedsReceived' },
  'dates-reversed': { severity: 'warning', messageKey: 'bmaImportDatesReversed' },
  'project-code-unusual': { severity: 'warning', messageKey: 'bmaImportProjectCodeUnusual' },
  'dates-outside-fiscal-year': { severity: 'warning', messageKey: 'bmaImportDatesOutsideFiscalYear' },
} as const satisfies Record<string, { severity: BmaProblemSeverity; messageKey: ProblemMessageKey }>;

export type BmaProblemCode = keyof typeof PROBLEM_KINDS;

export type ProblemParams = Record<string, string | number>;

/** Something the importer could not read, or read but wants the user to check. */
export interface BmaImportProblem {
  /** Path of the value in BmaReport (`entries[2].narrative`, `strategy.issue`), or `report` for the whole text. */
  field: string;
  severity: BmaProblemSeverity;
  code: BmaProblemCode;
  /** Text for people: translate(language, messageKey, params), or problemMessage(). */
  messageKey: BmaImportMessageKey;
  params: ProblemParams;
  /** 1-based line of the pasted text the problem is on; null when it is about something absent. */
  line: number | null;
  /** 1-based column in that line, for a problem at one character. */
  column: number | null;
  /** Index in the field's value of the character concerned (damaged characters). */
  index: number | null;
}

export interface ProblemPlace {
  line?: number | null;
  column?: number | null;
  index?: number | null;
}

export function bmaProblem(
  code: BmaProblemCode,
  field: string,
  params: ProblemParams = {},
  place: ProblemPlace = {},
): BmaImportProblem {
  const kind = PROBLEM_KINDS[code];
  return {
    field,
    severity: kind.severity,
    code,
    messageKey: kind.messageKey,
    params,
    line: place.line ?? null,
    column: place.column ?? null,
    index: place.index ?? null,
  };
}

export function problemMessage(problem: Pick<BmaImportProblem, 'messageKey' | 'params'>, language: Language) {
  return translate(language, problem.messageKey, problem.params);
}

export function hasErrors(problems: readonly BmaImportProblem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
