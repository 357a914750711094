import type { BmaReport, LineRange } from './bma-report';
import { findDamagedCharacters } from './damaged-characters';
import { readHeaderSection, type HeaderPath } from './header-section';
import { bmaProblem, hasErrors, type BmaImportProblem } from './import-problem';
import { readProgressEntries } from './progress-entries';
import { isProgressSectionLine } from './progress-lines';
import { isTitleLine } from './report-landmarks';
import { splitSourceLines, type SourceLine } from './source-lines';

/** Header fields whose text is checked for damaged characters (numbers and dates fail to parse instead). */
const TEXT_FIELDS: readonly HeaderPath[] = [
  'name',
  'responsibleUnit',
  'responsiblePerson',
  'rationale',
  'objective',
  'target',
  'strategy.issue',
  'strategy.subIssue',
  'strategy.goal',
  'strategy.indicator',
];

/**
 * - `complete`: every required field was read (warnings may still ask the user to look);
 * - `incomplete`: a report, but some required values could not be read (errors say which; they are null);
 * - `not-a-report`: the text is something else; nothing was read.
 */
export type BmaParseResult =
  | {
      status: 'complete' | 'incomplete';
      report: BmaReport;
      problems: BmaImportProblem[];
      /** Lines each header field was read from, by its path in BmaReport (entries carry their own). */
      sources: Partial<Record<HeaderPath, LineRange>>;
    }
  | { status: 'not-a-report'; report: null; problems: BmaImportProblem[]; sources: Record<string, never> };

const PROJECT_CODE_LABEL = /(?:^|\s)รหัสโครงการ[.\s]*:/;

function looksLikeBmaReport(lines: readonly SourceLine[]): boolean {
  return lines.some(
    (line) => isTitleLine(line) || PROJECT_CODE_LABEL.test(line.text) || isProgressSectionLine(line),
  );
}

/** Problems about absent things (no line) first, then in the order of the text. */
function byPlace(a: BmaImportProblem, b: BmaImportProblem): number {
  return (a.line ?? 0) - (b.line ?? 0);
}

/**
 * Reads the text of a progress report printed from BMA's project-monitoring system (แบบแสดงรายงาน
 * ความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ), as pasted or opened from a .txt: Windows or Unix line endings,
 * blank lines and surrounding whitespace are all fine. Never throws: what could not be read is null in the
 * report and explained in `problems`, with the line (and column) it concerns.
 */
export function parseBmaReport(text: string): BmaParseResult {
  const lines = splitSourceLines(text);
  if (!looksLikeBmaReport(lines)) {
    return {
      status: 'not-a-report',
      report: null,
      problems: [bmaProblem('not-a-report', 'report')],
      sources: {},
    };
  }

  const header = readHeaderSection(lines);
  const progress = readProgressEntries(lines, header.entriesStart);
  const problems = [...header.problems, ...progress.problems];

  for (const path of TEXT_FIELDS) {
    const value = header.texts.get(path);
    if (value) problems.push(...findDamagedCharacters(path, value));
  }
  progress.narratives.forEach((narrative, i) => {
    problems.push(...findDamagedCharacters(`entries[${i}].narrative`, narrative));
  });
  if (progress.entries.length === 0) problems.push(bmaProblem('no-entries', 'entries'));
  if (!progress.certificationFound) problems.push(bmaProblem('certification-missing', 'report'));

  const report: BmaReport = { ...header.header, entries: progress.entries };
  problems.sort(byPlace);
  return {
    status: hasErrors(problems) ? 'incomplete' : 'complete',
    report,
    problems,
    sources: header.sources,
  };
}
