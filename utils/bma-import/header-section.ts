import { fiscalYearRange } from '../calendar/fiscal-year';
import { comparePlainDates, type PlainDate } from '../calendar/plain-date';
import { BeYearSchema } from '../model/fields';
import { parseBahtAmount } from '../thai/amount';
import { formatThaiDate, parseThaiDate } from '../thai/date';
import { thaiDigitsToAscii } from '../thai/digits';
import type { BmaReport, LineRange } from './bma-report';
import { REQUIRED_HEADER_FIELDS } from './bma-report';
import { displayBaht } from './display-amount';
import { bmaProblem, type BmaImportProblem } from './import-problem';
import { isProgressSectionLine } from './progress-lines';
import { isCertificationLine, isTitleLine, sectionOfHeading, type ReportSection } from './report-landmarks';
import type { SourceLine } from './source-lines';
import { TracedTextBuilder, type TracedText } from './traced-text';

/** Section 1 of the report: everything but the entries. */
export type BmaHeader = Omit<BmaReport, 'entries'>;

/** Paths of the header's text values, as problems name them. */
export type HeaderPath =
  | 'projectCode'
  | 'name'
  | 'fiscalYear'
  | 'startDate'
  | 'endDate'
  | 'budgetReceived'
  | 'budgetSpent'
  | 'responsibleUnit'
  | 'responsiblePerson'
  | 'rationale'
  | 'objective'
  | 'target'
  | 'strategy.issue'
  | 'strategy.subIssue'
  | 'strategy.goal'
  | 'strategy.indicator';

/** `label : value` fields, with the label as printed (messages quote it, so users find it on the page). */
const LABELLED_FIELDS: readonly { path: HeaderPath; label: string; pattern: string }[] = [
  { path: 'name', label: 'ชื่อโครงการ/กิจกรรม', pattern: 'ชื่อโครงการ\\s*/\\s*กิจกรรม' },
  { path: 'projectCode', label: 'รหัสโครงการ', pattern: 'รหัสโครงการ' },
  { path: 'fiscalYear', label: 'ปีงบประมาณ พ.ศ.', pattern: 'ปีงบประมาณ(?:\\s*พ\\.?\\s*ศ\\.?)?' },
  { path: 'startDate', label: 'เริ่มต้นโครงการ', pattern: 'เริ่มต้นโครงการ' },
  { path: 'endDate', label: 'สิ้นสุดโครงการ', pattern: 'สิ้นสุดโครงการ' },
  { path: 'budgetReceived', label: 'งบประมาณที่ได้รับ', pattern: 'งบประมาณที่ได้รับ' },
  { path: 'budgetSpent', label: 'งบประมาณที่ใช้ไป', pattern: 'งบประมาณที่ใช้ไป' },
  { path: 'responsibleUnit', label: 'หน่วยงานที่รับผิดชอบ', pattern: 'หน่วยงานที่รับผิดชอบ' },
  { path: 'responsiblePerson', label: 'ชื่อผู้รับผิดชอบ', pattern: 'ชื่อผู้รับผิดชอบ' },
  { path: 'strategy.issue', label: 'ประเด็นยุทธศาสตร์', pattern: 'ประเด็นยุทธศาสตร์' },
  { path: 'strategy.subIssue', label: 'ประเด็นยุทธศาสตร์ย่อย', pattern: 'ประเด็นยุทธศาสตร์ย่อย' },
  { path: 'strategy.goal', label: 'เป้าหมายที่', pattern: 'เป้าหมายที่' },
  { path: 'strategy.indicator', label: 'ตัวชี้วัด', pattern: 'ตัวชี้วัด' },
];

/** The printed label of a header field, for messages. */
export const HEADER_LABELS: Readonly<Record<HeaderPath, string>> = {
  ...(Object.fromEntries(LABELLED_FIELDS.map((f) => [f.path, f.label])) as Record<HeaderPath, string>),
  rationale: 'หลักการและเหตุผล',
  objective: 'วัตถุประสงค์ของโครงการ',
  target: 'เป้าหมายของโครงการ',
};

/** A label starts the line or follows whitespace (two fields share a line, split by a tab) and ends in `:`. */
const LABEL_PATTERN = new RegExp(
  `(?<=^|\\s)(${LABELLED_FIELDS.map((f) => `(?:${f.pattern})`).join('|')})[.\\s]*:`,
  'g',
);

/** Longest pattern first, so ประเด็นยุทธศาสตร์ย่อย is not taken for ประเด็นยุทธศาสตร์. */
const LABEL_MATCHERS = [...LABELLED_FIELDS]
  .sort((a, b) => b.pattern.length - a.pattern.length)
  .map((field) => ({ path: field.path, whole: new RegExp(`^(?:${field.pattern})$`) }));

function pathOfLabel(printed: string): HeaderPath | undefined {
  return LABEL_MATCHERS.find((matcher) => matcher.whole.test(printed))?.path;
}

interface LabelAt {
  path: HeaderPath;
  /** Index in line.text where the value starts / the label starts. */
  valueStart: number;
  labelStart: number;
}

function labelsOn(line: SourceLine): LabelAt[] {
  const found: LabelAt[] = [];
  for (const match of line.text.matchAll(LABEL_PATTERN)) {
    const path = pathOfLabel(match[1] ?? '');
    if (path !== undefined) {
      found.push({ path, labelStart: match.index, valueStart: match.index + match[0].length });
    }
  }
  return found;
}

const FREE_TEXT_SECTIONS: Partial<Record<ReportSection, HeaderPath>> = {
  rationale: 'rationale',
  objective: 'objective',
  target: 'target',
};

export interface HeaderRead {
  header: BmaHeader;
  /** The text read for each field, with where each character came from. */
  texts: ReadonlyMap<HeaderPath, TracedText>;
  sources: Partial<Record<HeaderPath, LineRange>>;
  /** Index into the lines where section 2 (the progress entries) starts. */
  entriesStart: number;
  problems: BmaImportProblem[];
}

interface HeaderLinesRead {
  texts: Map<HeaderPath, TracedText>;
  entriesStart: number;
  problems: BmaImportProblem[];
}

/** Collects each field's text; the first occurrence of a field wins (page headers never repeat fields). */
function collectHeaderTexts(lines: readonly SourceLine[]): HeaderLinesRead {
  const builders = new Map<HeaderPath, TracedTextBuilder>();
  const problems: BmaImportProblem[] = [];
  let section: ReportSection = 'labelled';
  /** A value wrapped onto the very next line continues there. */
  let lastValue: { path: HeaderPath; line: number } | null = null;
  const builderFor = (path: HeaderPath) => {
    const builder = builders.get(path) ?? new TracedTextBuilder();
    builders.set(path, builder);
    return builder;
  };

  let index = 0;
  for (; index < lines.length; index++) {
    const line = lines[index];
    if (line === undefined || line.text === '' || isTitleLine(line)) continue;
    const heading = sectionOfHeading(line);
    if (heading === 'entries') {
      index++;
      break;
    }
    if (isProgressSectionLine(line) || isCertificationLine(line)) break;
    if (heading !== null) {
      section = heading;
      lastValue = null;
      continue;
    }
    const labels = labelsOn(line);
    if (labels.length > 0) {
      labels.forEach((label, i) => {
        const end = labels[i + 1]?.labelStart ?? line.text.length;
        if (builders.has(label.path)) return;
        builderFor(label.path).appendLine(line, line.start + label.valueStart, line.start + end);
      });
      const last = labels.at(-1);
      lastValue = last ? { path: last.path, line: line.number } : null;
      continue;
    }
    const freeTextPath = FREE_TEXT_SECTIONS[section];
    if (freeTextPath !== undefined) {
      builderFor(freeTextPath).appendLine(line);
    } else if (lastValue !== null && lastValue.line === line.number - 1) {
      builderFor(lastValue.path).appendLine(line);
      lastValue = { path: lastValue.path, line: line.number };
    } else {
      problems.push(
        bmaProblem(
          'unrecognised-line',
          'report',
          { line: line.number, text: line.text },
          { line: line.number },
        ),
      );
    }
  }

  const texts = new Map<HeaderPath, TracedText>();
  for (const [path, builder] of builders) texts.set(path, builder.build());
  return { texts, entriesStart: index, problems };
}

function rangeOf(text: TracedText): LineRange | undefined {
  const first = text.lines[0];
  const last = text.lines.at(-1);
  return first === undefined || last === undefined ? undefined : { first, last };
}

/**
 * Reads section 1: the labelled fields (`รหัสโครงการ... : 03000000-6917`), the free texts under 1.3–1.5,
 * and 1.6's strategy. Numbers and dates are converted here; a required field that is absent or unreadable
 * is null with an error, never a guess.
 */
export function readHeaderSection(lines: readonly SourceLine[]): HeaderRead {
  const collected = collectHeaderTexts(lines);
  const { texts } = collected;
  const problems = [...collected.problems];
  const sources: Partial<Record<HeaderPath, LineRange>> = {};
  for (const [path, text] of texts) {
    const range = rangeOf(text);
    if (range) sources[path] = range;
  }

  const textOf = (path: HeaderPath): string | null => {
    const value = texts.get(path)?.text ?? '';
    return value === '' ? null : value;
  };
  /** Converts a field's text, or reports why it could not. */
  const convert = <T>(path: HeaderPath, read: (text: string) => T | null): T | null => {
    const text = textOf(path);
    if (text === null) return null;
    const value = read(text);
    if (value === null) {
      problems.push(
        bmaProblem(
          'field-unreadable',
          path,
          { label: HEADER_LABELS[path], value: text, line: sources[path]?.first ?? '?' },
          { line: sources[path]?.first ?? null },
        ),
      );
    }
    return value;
  };
  const readDate = (text: string) => {
    const result = parseThaiDate(text);
    return result.ok ? result.value : null;
  };
  const readBaht = (text: string) => {
    const result = parseBahtAmount(text);
    return result.ok ? result.value : null;
  };

  const header: BmaHeader = {
    projectCode: convert('projectCode', (text) => thaiDigitsToAscii(text)),
    name: textOf('name'),
    fiscalYear: convert('fiscalYear', (text) => {
      const year = thaiDigitsToAscii(text);
      return /^\d{4}$/.test(year) && BeYearSchema.safeParse(Number(year)).success ? Number(year) : null;
    }),
    startDate: convert('startDate', readDate),
    endDate: convert('endDate', readDate),
    budgetReceived: convert('budgetReceived', readBaht),
    budgetSpent: convert('budgetSpent', readBaht),
    responsibleUnit: textOf('responsibleUnit'),
    responsiblePerson: textOf('responsiblePerson'),
    rationale: textOf('rationale'),
    objective: textOf('objective'),
    target: textOf('target'),
    strategy: {
      issue: textOf('strategy.issue'),
      subIssue: textOf('strategy.subIssue'),
      goal: textOf('strategy.goal'),
      indicator: textOf('strategy.indicator'),
    },
  };

  for (const path of REQUIRED_HEADER_FIELDS) {
    if (textOf(path) === null) {
      problems.push(bmaProblem('field-missing', path, { label: HEADER_LABELS[path] }));
    }
  }
  problems.push(...checkHeaderConsistency(header, sources));
  return { header, texts, sources, entriesStart: collected.entriesStart, problems };
}

/** Values that were read but disagree with each other. */
function checkHeaderConsistency(
  header: BmaHeader,
  sources: Partial<Record<HeaderPath, LineRange>>,
): BmaImportProblem[] {
  const problems: BmaImportProblem[] = [];
  const at = (path: HeaderPath) => ({ line: sources[path]?.first ?? null });
  if (header.projectCode !== null && !/^\d{8}-\d{4}$/.test(header.projectCode)) {
    problems.push(
      bmaProblem('project-code-unusual', 'projectCode', { value: header.projectCode }, at('projectCode')),
    );
  }
  const { startDate, endDate, fiscalYear } = header;
  if (startDate && endDate && comparePlainDates(startDate, endDate) > 0) {
    problems.push(bmaProblem('dates-reversed', 'endDate', dateParams(startDate, endDate), at('endDate')));
  }
  if (startDate && endDate && fiscalYear !== null) {
    const year = fiscalYearRange(fiscalYear);
    const outside = comparePlainDates(endDate, year.start) < 0 || comparePlainDates(startDate, year.end) > 0;
    if (outside) {
      problems.push(
        bmaProblem(
          'dates-outside-fiscal-year',
          'fiscalYear',
          { ...dateParams(startDate, endDate), fiscalYear },
          at('fiscalYear'),
        ),
      );
    }
  }
  const { budgetReceived, budgetSpent } = header;
  if (budgetReceived !== null && budgetSpent !== null && budgetSpent > budgetReceived) {
    problems.push(
      bmaProblem(
        'spent-exceeds-received',
        'budgetSpent',
        { spent: displayBaht(budgetSpent), received: displayBaht(budgetReceived) },
        at('budgetSpent'),
      ),
    );
  }
  return problems;
}

function dateParams(start: PlainDate, end: PlainDate) {
  return { start: formatThaiDate(start, { month: 'short' }), end: formatThaiDate(end, { month: 'short' }) };
}
