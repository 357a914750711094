import Papa from 'papaparse';
import { ProjectFieldsSchema, type ProjectFields } from '../model/project';
import { CSV_COLUMNS, columnLetter, columnOfHeader, type CsvColumn, type CsvField } from './csv-columns';
import { csvProblem, hasCsvErrors, type CsvProblem } from './csv-problem';
import {
  readBmaCode,
  readBudgetYear,
  readDimension,
  readLongText,
  readName,
  readPlannedBudget,
  readPlanYears,
  readPortalId,
  readQuarter,
  readTargetGroups,
  readWorkType,
  type CellReading,
} from './read-cell-values';

/** More rows than any unit's plan: a file this long is something else, and a table of it would crawl. */
export const MAX_CSV_ROWS = 2_000;

/** One column of the file: where it is, what its header says, and which field it gives (if any). */
export interface CsvColumnPlace {
  index: number;
  letter: string;
  header: string;
  column: CsvColumn | null;
}

/** One data row, as read: the fields it gives (null when a problem keeps it from being saved). */
export interface ParsedCsvRow {
  /** As Excel numbers it: the header is row 1. */
  row: number;
  fields: ProjectFields | null;
  /** The file's own text of each field, to show beside a problem. */
  cells: Partial<Record<CsvField, string>>;
  problems: CsvProblem[];
}

export interface ParsedCsv {
  columns: CsvColumnPlace[];
  /** The fields the file has a column for; an update keeps the saved value of every other field. */
  givenFields: ReadonlySet<CsvField>;
  rows: ParsedCsvRow[];
  /** About the file as a whole; an error here means no row is read. */
  problems: CsvProblem[];
}

const READERS: { [F in CsvField]: (cell: string) => CellReading<ProjectFields[F]> } = {
  name: readName,
  bmaCode: readBmaCode,
  portalId: readPortalId,
  planYears: readPlanYears,
  workType: readWorkType,
  dimension: readDimension,
  budgetYear: readBudgetYear,
  plannedBudget: readPlannedBudget,
  quarter: readQuarter,
  targetGroups: readTargetGroups,
  objective: readLongText,
  remark: readLongText,
};

/**
 * Text a spreadsheet made from characters it could not write (Thai saved in a non-Thai code page turns
 * into ?), or that was garbled once before (U+FFFD).
 */
const LOST_CHARACTERS = /\?{2,}|[\u0e00-\u0e7f]\?|\?[\u0e00-\u0e7f]|\ufffd/;
const TEXT_FIELDS: readonly CsvField[] = ['name', 'objective', 'remark'];

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/**
 * Reads a project list from the text of a CSV file. The header row names the columns, Thai or English,
 * in any order; each data row becomes the fields of one project of `unitCode`, or the problems that keep
 * it from being one, each at the row and column Excel shows. Quoting follows RFC 4180 (papaparse), so
 * cells may hold commas, quotes and line breaks.
 */
export function parseProjectCsv(text: string, unitCode: string): ParsedCsv {
  const empty = (problems: CsvProblem[], columns: CsvColumnPlace[] = []): ParsedCsv => ({
    columns,
    givenFields: new Set(),
    rows: [],
    problems,
  });
  const result = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    // Excel writes commas, or semicolons where the comma is the decimal mark; "Unicode text" is tab-separated.
    delimitersToGuess: [',', ';', '\t'],
  });
  const quoting = result.errors.find((e) => e.type === 'Quotes');
  if (quoting) return empty([csvProblem('csv-syntax', { row: (quoting.row ?? 0) + 1 })]);

  const records = result.data;
  const headerIndex = records.findIndex((cells) => !isBlank(cells));
  if (headerIndex < 0) return empty([csvProblem('file-empty')]);

  const problems: CsvProblem[] = [];
  const columns = (records[headerIndex] ?? []).map((header, index): CsvColumnPlace => {
    const trimmed = header.trim();
    return { index, letter: columnLetter(index), header: trimmed, column: columnOfHeader(trimmed) ?? null };
  });
  const dataRecords = records
    .map((cells, index) => ({ cells, row: index + 1 }))
    .slice(headerIndex + 1)
    .filter(({ cells }) => !isBlank(cells));

  const placeOf = new Map<CsvField, CsvColumnPlace>();
  for (const place of columns) {
    if (place.column) {
      const first = placeOf.get(place.column.field);
      if (first) {
        problems.push(
          csvProblem(
            'duplicate-column',
            { header: place.header, first: first.letter },
            { row: headerIndex + 1, column: at(place) },
          ),
        );
      } else {
        placeOf.set(place.column.field, place);
      }
    } else if (place.header !== '') {
      problems.push(
        csvProblem('unknown-column', { header: place.header }, { row: headerIndex + 1, column: at(place) }),
      );
    } else if (dataRecords.some(({ cells }) => (cells[place.index] ?? '').trim() !== '')) {
      problems.push(csvProblem('unnamed-column', {}, { row: headerIndex + 1, column: at(place) }));
    }
  }
  const missing = CSV_COLUMNS.filter((c) => c.required && !placeOf.has(c.field));
  if (missing.length > 0) {
    problems.push(
      csvProblem('missing-columns', {
        columns: missing.map((c) => `“${c.headerTh}” (${c.headerEn})`).join(', '),
      }),
    );
  }
  if (!hasCsvErrors(problems) && dataRecords.length === 0) problems.push(csvProblem('no-rows'));
  if (dataRecords.length > MAX_CSV_ROWS) {
    problems.push(csvProblem('too-many-rows', { count: dataRecords.length, max: MAX_CSV_ROWS }));
  }
  if (hasCsvErrors(problems)) return empty(problems, columns);

  return {
    columns,
    givenFields: new Set(placeOf.keys()),
    rows: dataRecords.map(({ cells, row }) => readRow(cells, row, columns, placeOf, unitCode)),
    problems,
  };
}

function at(place: CsvColumnPlace): CsvProblem['column'] {
  return { letter: place.letter, header: place.header, field: place.column?.field ?? null };
}

function readRow(
  cells: readonly string[],
  row: number,
  columns: readonly CsvColumnPlace[],
  placeOf: ReadonlyMap<CsvField, CsvColumnPlace>,
  unitCode: string,
): ParsedCsvRow {
  const problems: CsvProblem[] = [];
  const texts: Partial<Record<CsvField, string>> = {};
  const values: Partial<Record<CsvField, unknown>> = {};

  for (const [field, place] of placeOf) {
    const cell = cells[place.index] ?? '';
    texts[field] = cell;
    const column = at(place);
    const required = CSV_COLUMNS.find((c) => c.field === field)?.required ?? false;
    if (required && cell.trim() === '') {
      problems.push(csvProblem('required-empty', {}, { row, column }));
      continue;
    }
    const reading = (READERS[field] as (cell: string) => CellReading<unknown>)(cell);
    if (!reading.ok) {
      problems.push(csvProblem(reading.error.code, reading.error.params, { row, column }));
      continue;
    }
    for (const warning of reading.warnings)
      problems.push(csvProblem(warning.code, warning.params, { row, column }));
    if (TEXT_FIELDS.includes(field) && LOST_CHARACTERS.test(cell)) {
      problems.push(csvProblem('question-marks', {}, { row, column }));
    }
    if (reading.value !== undefined) values[field] = reading.value;
  }

  const extra = cells.slice(columns.length).filter((cell) => cell.trim() !== '').length;
  if (extra > 0) problems.push(csvProblem('extra-cells', { count: extra }, { row }));

  if (hasCsvErrors(problems)) return { row, fields: null, cells: texts, problems };

  // The last word is the model's: whatever the readers let through must still be a valid project.
  const checked = ProjectFieldsSchema.safeParse({
    plannedBudget: null,
    targetGroups: [],
    objective: '',
    remark: '',
    ...values,
    unitCode,
  });
  if (checked.success) return { row, fields: checked.data, cells: texts, problems };
  for (const issue of checked.error.issues) {
    const field = issue.path[0] as CsvField | undefined;
    const place = field === undefined ? undefined : placeOf.get(field);
    const column = place ? at(place) : null;
    problems.push(
      issue.code === 'too_big' && issue.origin === 'string'
        ? csvProblem('text-too-long', { max: Number(issue.maximum) }, { row, column })
        : csvProblem('value-invalid', { detail: issue.message }, { row, column }),
    );
  }
  return { row, fields: null, cells: texts, problems };
}
