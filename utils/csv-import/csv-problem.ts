import type { CSV_IMPORT_STRINGS } from '../i18n/strings/csv-import';
import { translate } from '../i18n/translate';
import { type Language } from '../i18n/language';
import type { CsvField } from './csv-columns';

export type CsvImportMessageKey = keyof (typeof CSV_IMPORT_STRINGS)['th'];

/** `error`: the row (or, without a row, the whole file) is not saved; `warning`: saved, but look at it. */
export type CsvProblemSeverity = 'error' | 'warning';

const PROBLEM_KINDS = {
  // The file as a whole
  'file-empty': { severity: 'error', messageKey: 'csvProblemFileEmpty' },
  'file-too-large': { severity: 'error', messageKey: 'csvProblemFileTooLarge' },
  'file-is-workbook': { severity: 'error', messageKey: 'csvProblemFileIsWorkbook' },
  'file-not-text': { severity: 'error', messageKey: 'csvProblemFileNotText' },
  'read-as-windows-874': { severity: 'warning', messageKey: 'csvProblemReadAsWindows874' },
  'csv-syntax': { severity: 'error', messageKey: 'csvProblemCsvSyntax' },
  'missing-columns': { severity: 'error', messageKey: 'csvProblemMissingColumns' },
  'duplicate-column': { severity: 'error', messageKey: 'csvProblemDuplicateColumn' },
  'unknown-column': { severity: 'warning', messageKey: 'csvProblemUnknownColumn' },
  'unnamed-column': { severity: 'warning', messageKey: 'csvProblemUnnamedColumn' },
  'no-rows': { severity: 'error', messageKey: 'csvProblemNoRows' },
  'too-many-rows': { severity: 'error', messageKey: 'csvProblemTooManyRows' },
  // One row, or one cell of it
  'required-empty': { severity: 'error', messageKey: 'csvProblemRequiredEmpty' },
  'work-type-unknown': { severity: 'error', messageKey: 'csvProblemWorkTypeUnknown' },
  'dimension-unknown': { severity: 'error', messageKey: 'csvProblemDimensionUnknown' },
  'choice-label-differs': { severity: 'warning', messageKey: 'csvProblemChoiceLabelDiffers' },
  'target-group-unknown': { severity: 'error', messageKey: 'csvProblemTargetGroupUnknown' },
  'year-unreadable': { severity: 'error', messageKey: 'csvProblemYearUnreadable' },
  'year-looks-ce': { severity: 'error', messageKey: 'csvProblemYearLooksCe' },
  'budget-unreadable': { severity: 'error', messageKey: 'csvProblemBudgetUnreadable' },
  'budget-zero': { severity: 'warning', messageKey: 'csvProblemBudgetZero' },
  'quarter-unknown': { severity: 'error', messageKey: 'csvProblemQuarterUnknown' },
  'bma-code-invalid': { severity: 'error', messageKey: 'csvProblemBmaCodeInvalid' },
  'portal-id-invalid': { severity: 'error', messageKey: 'csvProblemPortalIdInvalid' },
  'text-too-long': { severity: 'error', messageKey: 'csvProblemTextTooLong' },
  'value-invalid': { severity: 'error', messageKey: 'csvProblemValueInvalid' },
  'question-marks': { severity: 'warning', messageKey: 'csvProblemQuestionMarks' },
  'extra-cells': { severity: 'warning', messageKey: 'csvProblemExtraCells' },
  'duplicate-row': { severity: 'warning', messageKey: 'csvProblemDuplicateRow' },
  'conflicting-row': { severity: 'error', messageKey: 'csvProblemConflictingRow' },
  'ambiguous-match': { severity: 'error', messageKey: 'csvProblemAmbiguousMatch' },
  'same-name-other-code': { severity: 'warning', messageKey: 'csvProblemSameNameOtherCode' },
} as const satisfies Record<string, { severity: CsvProblemSeverity; messageKey: CsvImportMessageKey }>;

export type CsvProblemCode = keyof typeof PROBLEM_KINDS;

export type CsvProblemParams = Record<string, string | number>;

/** Something in the file that stops a row (or the file) from being saved, or that the user should check. */
export interface CsvProblem {
  severity: CsvProblemSeverity;
  code: CsvProblemCode;
  messageKey: CsvImportMessageKey;
  params: CsvProblemParams;
  /** The row as Excel numbers it (the header is row 1); null for the file as a whole. */
  row: number | null;
  /** Where in the row: Excel's column letter and the header written above it; null for the whole row. */
  column: { letter: string; header: string; field: CsvField | null } | null;
}

export function csvProblem(
  code: CsvProblemCode,
  params: CsvProblemParams = {},
  place: { row?: number | null; column?: CsvProblem['column'] } = {},
): CsvProblem {
  const kind = PROBLEM_KINDS[code];
  return {
    severity: kind.severity,
    code,
    messageKey: kind.messageKey,
    params,
    row: place.row ?? null,
    column: place.column ?? null,
  };
}

/** The problem in words, without its place (the preview shows the place beside it). */
export function csvProblemMessage(problem: Pick<CsvProblem, 'messageKey' | 'params'>, language: Language) {
  return translate(language, problem.messageKey, problem.params);
}

export function hasCsvErrors(problems: readonly CsvProblem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
