import { ProjectFieldsSchema, type Project, type ProjectFields } from '../model/project';
import { fieldsOf } from '../store/draft-store';
import { stableJson } from '../store/stable-json';
import type { CsvField } from './csv-columns';
import { csvProblem, hasCsvErrors, type CsvProblem } from './csv-problem';
import { comparisonKey } from '../thai/comparison-key';
import { matchExistingProject } from './match-existing-project';
import type { ParsedCsv } from './parse-project-csv';

/**
 * What saving does with a row: `add` a project, `update` a saved one, nothing because it is `unchanged`,
 * a `duplicate` of an earlier row, or `invalid` (an error keeps it out).
 */
export type CsvRowAction = 'add' | 'update' | 'unchanged' | 'duplicate' | 'invalid';

export interface PlannedCsvRow {
  row: number;
  action: CsvRowAction;
  /** The project as it will be saved (for an update, with what the file does not give kept); null if invalid. */
  fields: ProjectFields | null;
  /** The saved project an update or unchanged row stands for. */
  existing: Project | null;
  cells: Partial<Record<CsvField, string>>;
  problems: CsvProblem[];
}

export interface CsvImportPlan {
  rows: PlannedCsvRow[];
  /** About the file as a whole. */
  problems: CsvProblem[];
  counts: Record<CsvRowAction, number>;
  /** What "Save projects" writes, all in one transaction: `id` for an update, none for a new project. */
  writes: { fields: ProjectFields; id?: string }[];
}

// Codes name a project for good: an empty cell never takes one away from a saved project.
const KEPT_WHEN_EMPTY: ReadonlySet<CsvField> = new Set(['bmaCode', 'portalId']);

/** A saved project with the file's values of the fields the file has a column for. */
function mergeIntoSaved(read: ProjectFields, given: ReadonlySet<CsvField>, saved: Project): ProjectFields {
  const merged: Record<string, unknown> = { ...fieldsOf(saved) };
  for (const field of given) {
    const value = read[field];
    if (value !== undefined) merged[field] = value;
    else if (!KEPT_WHEN_EMPTY.has(field)) delete merged[field];
  }
  return ProjectFieldsSchema.parse(merged);
}

/**
 * Decides, for each row read from a file, what saving it would do against the unit's saved projects, so
 * the preview can say it and a second import of the same file changes nothing. Rows that stand for the
 * same project are saved once if they agree and not at all if they don't.
 */
export function planCsvImport(parsed: ParsedCsv, projects: readonly Project[]): CsvImportPlan {
  const rows: PlannedCsvRow[] = parsed.rows.map((read) => {
    const planned: PlannedCsvRow = {
      row: read.row,
      action: 'invalid',
      fields: null,
      existing: null,
      cells: read.cells,
      problems: [...read.problems],
    };
    if (!read.fields) return planned;
    const match = matchExistingProject(read.fields, projects);
    if (match.kind === 'ambiguous') {
      planned.problems.push(csvProblem('ambiguous-match', { count: match.count }, { row: read.row }));
      return planned;
    }
    if (match.kind === 'found') {
      const fields = mergeIntoSaved(read.fields, parsed.givenFields, match.project);
      const same = stableJson(fields) === stableJson(fieldsOf(match.project));
      return { ...planned, action: same ? 'unchanged' : 'update', fields, existing: match.project };
    }
    if (match.kind === 'same-name-other-code') {
      const code = match.project.bmaCode ?? '';
      planned.problems.push(csvProblem('same-name-other-code', { code }, { row: read.row }));
    }
    return { ...planned, action: 'add', fields: read.fields };
  });

  settleRowsOfOneProject(rows);

  const counts: Record<CsvRowAction, number> = { add: 0, update: 0, unchanged: 0, duplicate: 0, invalid: 0 };
  for (const row of rows) counts[row.action] += 1;
  const writes = rows.flatMap((row) =>
    row.fields && (row.action === 'add' || row.action === 'update')
      ? [row.existing ? { fields: row.fields, id: row.existing.id } : { fields: row.fields }]
      : [],
  );
  return { rows, problems: parsed.problems, counts, writes };
}

/**
 * Which project each valid row stands for: a saved one, else its BMA code, else its name. A row without a
 * code whose name is that of exactly one coded row's is that project (as a saved project would be found
 * by its name: utils/csv-import/match-existing-project.ts).
 */
function projectKeysOf(rows: readonly PlannedCsvRow[]): (string | null)[] {
  const codesOfName = new Map<string, Set<string>>();
  for (const row of rows) {
    if (!row.fields || row.existing || row.fields.bmaCode === undefined) continue;
    const name = comparisonKey(row.fields.name);
    codesOfName.set(name, (codesOfName.get(name) ?? new Set()).add(row.fields.bmaCode));
  }
  return rows.map((row) => {
    if (!row.fields) return null;
    if (row.existing) return `saved:${row.existing.id}`;
    if (row.fields.bmaCode !== undefined) return `code:${row.fields.bmaCode}`;
    const name = comparisonKey(row.fields.name);
    const codes = [...(codesOfName.get(name) ?? [])];
    return codes.length === 1 ? `code:${codes[0]}` : `name:${name}`;
  });
}

function settleRowsOfOneProject(rows: PlannedCsvRow[]): void {
  const groups = new Map<string, PlannedCsvRow[]>();
  const keys = projectKeysOf(rows);
  rows.forEach((row, k) => {
    const key = keys[k];
    if (key) groups.set(key, [...(groups.get(key) ?? []), row]);
  });
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    // The row that is saved: the first with a BMA code, else the first. An empty code cell says nothing.
    const kept = group.find((row) => row.fields?.bmaCode !== undefined) ?? group[0]!;
    const bmaCode = kept.fields?.bmaCode;
    const sameAsKept = (row: PlannedCsvRow) =>
      stableJson({ ...row.fields, bmaCode: row.fields?.bmaCode ?? bmaCode }) === stableJson(kept.fields);
    const rest = group.filter((row) => row !== kept);
    if (rest.every(sameAsKept)) {
      for (const row of rest) {
        row.action = 'duplicate';
        row.problems.push(csvProblem('duplicate-row', { row: kept.row }, { row: row.row }));
      }
      continue;
    }
    for (const row of group) {
      const others = group.filter((other) => other !== row).map((other) => other.row);
      row.action = 'invalid';
      row.fields = null;
      row.problems.push(csvProblem('conflicting-row', { rows: others.join(', ') }, { row: row.row }));
    }
  }
  // Whatever the reason, a row with an error is not saved.
  for (const row of rows) {
    if (!hasCsvErrors(row.problems)) continue;
    row.action = 'invalid';
    row.fields = null;
  }
}
