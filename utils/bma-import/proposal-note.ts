import { translate } from '../i18n/translate';
import { type Language } from '../i18n/language';
import type { BmaImportMessageKey, ProblemParams } from './import-problem';

type NoteMessageKey = Extract<BmaImportMessageKey, `bmaImportNote${string}`>;

const NOTE_KEYS = {
  'cut-off': 'bmaImportNoteCutOff',
  'undated-placed': 'bmaImportNoteUndatedPlaced',
  'undated-left-out': 'bmaImportNoteUndatedLeftOut',
  'after-cut-off': 'bmaImportNoteAfterCutOff',
  'before-fiscal-year': 'bmaImportNoteBeforeFiscalYear',
  'disbursed-per-report': 'bmaImportNoteDisbursedPerReport',
  'disbursed-cumulative': 'bmaImportNoteDisbursedCumulative',
  'disbursed-all-zero': 'bmaImportNoteDisbursedAllZero',
  'disbursed-unknown': 'bmaImportNoteDisbursedUnknown',
  'disbursed-vs-spent': 'bmaImportNoteDisbursedVsSpent',
  'fractional-disbursed': 'bmaImportNoteFractionalDisbursed',
  'status-completed': 'bmaImportNoteStatusCompleted',
  'status-in-progress': 'bmaImportNoteStatusInProgress',
  'status-percent-impossible': 'bmaImportNoteStatusPercentImpossible',
  'progress-unknown': 'bmaImportNoteProgressUnknown',
  'no-entries': 'bmaImportNoteNoEntries',
  'fiscal-year-mismatch': 'bmaImportNoteFiscalYearMismatch',
  'no-budget': 'bmaImportNoteNoBudget',
  'damaged-text': 'bmaImportNoteDamagedText',
  'remarks-shortened': 'bmaImportNoteRemarksShortened',
} as const satisfies Record<string, NoteMessageKey>;

export type ProposalNoteCode = keyof typeof NOTE_KEYS;

/** Something a proposal assumed or left to the user, shown beside the proposed values. */
export interface ProposalNote {
  code: ProposalNoteCode;
  messageKey: NoteMessageKey;
  params: ProblemParams;
}

export function proposalNote(code: ProposalNoteCode, params: ProblemParams = {}): ProposalNote {
  return { code, messageKey: NOTE_KEYS[code], params };
}

export function noteMessage(note: ProposalNote, language: Language): string {
  return translate(language, note.messageKey, note.params);
}
