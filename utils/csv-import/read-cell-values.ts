import { DIMENSIONS, type Dimension } from '../catalogue/dimensions';
import { TARGET_GROUPS, type TargetGroup } from '../catalogue/target-groups';
import { WORK_TYPES, type WorkType } from '../catalogue/work-types';
import { parseBahtAmount } from '../thai/amount';
import { comparisonKey } from '../thai/comparison-key';
import { thaiDigitsToAscii } from '../thai/digits';
import { collapseWhitespace } from '../thai/whitespace';
import type { CsvProblemCode, CsvProblemParams } from './csv-problem';

/** What went wrong with one cell, or what to check about it; the row reader adds the place. */
export interface CellIssue {
  code: CsvProblemCode;
  params: CsvProblemParams;
}

/** A cell's value, with warnings; or the error that keeps it from having one. */
export type CellReading<T> = { ok: true; value: T; warnings: CellIssue[] } | { ok: false; error: CellIssue };

const read = <T>(value: T, warnings: CellIssue[] = []): CellReading<T> => ({ ok: true, value, warnings });
const refuse = <T>(code: CsvProblemCode, params: CsvProblemParams): CellReading<T> => ({
  ok: false,
  error: { code, params },
});

interface Choice<V extends string> {
  value: V;
  labelTh: string;
  labelEn: string;
}

/**
 * Reads one catalogue choice as people write it: its number (`2`, `๒`, `มิติที่ 2`), its Thai or English
 * label, or the number followed by a label. A number followed by a label this catalogue does not have is
 * taken by its number with a warning (the 2566–2570 cycle may reword a label), but a number followed by
 * another choice's label contradicts itself and is refused.
 */
function readChoice<V extends string>(
  cell: string,
  entries: readonly Choice<V>[],
  options: { prefix: RegExp; aliases?: Readonly<Record<string, V>>; unknown: CsvProblemCode },
): CellReading<V> {
  const key = comparisonKey(cell);
  const withoutPrefix = key.replace(options.prefix, '');
  const tail = (label: string) =>
    comparisonKey(label)
      .replace(options.prefix, '')
      .replace(/^\d+[.:)-]?/, '');
  const byLabel = entries.find(
    (e) =>
      key === e.value ||
      key === comparisonKey(e.labelTh) ||
      key === comparisonKey(e.labelEn) ||
      (withoutPrefix !== '' && (withoutPrefix === tail(e.labelTh) || withoutPrefix === tail(e.labelEn))),
  );
  if (byLabel) return read(byLabel.value);
  const aliased = options.aliases?.[key];
  if (aliased !== undefined) return read(aliased);

  const numbered = /^(\d+)(?:[.:)-]?([^\d.:)-].*))?$/.exec(withoutPrefix);
  const entry = numbered && entries.find((e) => e.value === numbered[1]);
  if (!numbered || !entry) return refuse(options.unknown, { value: cell.trim() });
  const rest = numbered[2] ?? '';
  if (rest === '' || rest === tail(entry.labelTh) || rest === tail(entry.labelEn)) return read(entry.value);
  const other = entries.find((e) => rest === tail(e.labelTh) || rest === tail(e.labelEn));
  if (other) return refuse(options.unknown, { value: cell.trim() });
  return read(entry.value, [
    { code: 'choice-label-differs', params: { value: collapseWhitespace(cell), label: entry.labelTh } },
  ]);
}

export function readWorkType(cell: string): CellReading<WorkType> {
  return readChoice(cell, WORK_TYPES, {
    prefix: /^(?:ประเภทที่|ประเภท|type)/,
    // DOMAIN.md: people say แนวปฏิบัติ for the portal's แนวปฏิบัติงาน.
    aliases: { แนวปฏิบัติ: '4' },
    unknown: 'work-type-unknown',
  });
}

export function readDimension(cell: string): CellReading<Dimension> {
  return readChoice(cell, DIMENSIONS, { prefix: /^(?:มิติที่|มิติ|dimension|dim)/, unknown: 'dimension-unknown' });
}

/**
 * Target groups, several to a cell: `3, 5`, `3 5`, `ประชาชน/ภาคประชาสังคม; สถานศึกษา` or one per line.
 * Labels hold slashes and spaces, so only commas, semicolons and new lines separate labels; numbers may
 * also be separated by spaces. Given back in catalogue order, each once.
 */
export function readTargetGroups(cell: string): CellReading<TargetGroup[]> {
  const ascii = thaiDigitsToAscii(cell).trim();
  if (ascii === '') return read([]);
  const pieces = (/^[\d\s,;]+$/.test(ascii) ? ascii.split(/[\s,;]+/) : ascii.split(/[,;\n\r|]+/))
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const chosen = new Set<TargetGroup>();
  for (let i = 0; i < pieces.length; i++) {
    // An English label has a comma of its own ("Local officials, staff and employees"): when a piece
    // matches nothing, it is tried together with the pieces after it.
    let found: TargetGroup | undefined;
    for (let j = i; j < pieces.length && j <= i + 2 && found === undefined; j++) {
      found = targetGroupOf(pieces.slice(i, j + 1).join(', '));
      if (found !== undefined) i = j;
    }
    if (found === undefined) return refuse('target-group-unknown', { value: collapseWhitespace(pieces[i]!) });
    chosen.add(found);
  }
  return read(TARGET_GROUPS.map((g) => g.value).filter((v) => chosen.has(v)));
}

function targetGroupOf(text: string): TargetGroup | undefined {
  const reading = readChoice(text, TARGET_GROUPS, {
    prefix: /^(?:กลุ่มที่|กลุ่ม|group)/,
    unknown: 'target-group-unknown',
  });
  // A number with other words after it is too loose inside a list: a label must match exactly.
  return reading.ok && reading.warnings.length === 0 ? reading.value : undefined;
}

const BE_MIN = 2500;
const BE_MAX = 2700;
/** Years people type in the Common Era by mistake (2026 for 2569): refused with the BE year suggested. */
const CE_MIN = 1900;
const CE_MAX = 2199;
const BE_MINUS_CE = 543;
/** A range such as `2566-2570` stands for the years between; a longer one is surely a typing slip. */
const MAX_RANGE = 10;

function readOneYear(token: string): CellReading<number> {
  if (!/^\d{4}$/.test(token)) return refuse('year-unreadable', { value: token });
  const year = Number(token);
  if (year >= BE_MIN && year <= BE_MAX) return read(year);
  if (year >= CE_MIN && year <= CE_MAX)
    return refuse('year-looks-ce', { value: token, be: year + BE_MINUS_CE });
  return refuse('year-unreadable', { value: token });
}

/** `2569`, `๒๕๖๙`, `พ.ศ. 2569`: without the era's name, ASCII digits. */
function yearText(cell: string): string {
  return collapseWhitespace(thaiDigitsToAscii(cell).replace(/พ\s*\.?\s*ศ\s*\.?/g, ' '));
}

/** Plan years: `2569 2570`, `2569,2570`, `๒๕๖๙/๒๕๗๐`, `2566-2570`; sorted, each once. */
export function readPlanYears(cell: string): CellReading<number[]> {
  const years = new Set<number>();
  const text = yearText(cell).replace(/\s*[-–]\s*/g, '-');
  for (const token of text.split(/[\s,;/]+/).filter((t) => t !== '')) {
    const range = /^(\d{4})-(\d{4})$/.exec(token);
    if (range) {
      const from = readOneYear(range[1]!);
      const to = readOneYear(range[2]!);
      if (!from.ok) return from;
      if (!to.ok) return to;
      if (to.value < from.value || to.value - from.value >= MAX_RANGE) {
        return refuse('year-unreadable', { value: token });
      }
      for (let y = from.value; y <= to.value; y++) years.add(y);
      continue;
    }
    const year = readOneYear(token);
    if (!year.ok) return year;
    years.add(year.value);
  }
  return read([...years].sort((a, b) => a - b));
}

/** The budget year: one BE year, or nothing. */
export function readBudgetYear(cell: string): CellReading<number | undefined> {
  const text = yearText(cell);
  if (text === '') return read(undefined);
  return readOneYear(text);
}

/** What people write for a project run without a budget (the plan form's radio `budget` = N). */
const NO_BUDGET = new Set(
  ['ไม่ใช้งบประมาณ', 'ไม่ใช้งบ', 'ไม่มีงบประมาณ', 'ไม่มี', 'ดำเนินการโดยไม่ใช้งบประมาณ', '-', 'no budget', 'none'].map(
    comparisonKey,
  ),
);

/** Planned budget: empty or "no budget" is null; otherwise an amount as parseBahtAmount reads it. */
export function readPlannedBudget(cell: string): CellReading<number | null> {
  if (cell.trim() === '' || NO_BUDGET.has(comparisonKey(cell))) return read(null);
  const amount = parseBahtAmount(cell);
  if (!amount.ok) return refuse('budget-unreadable', { value: collapseWhitespace(cell) });
  return read(amount.value, amount.value === 0 ? [{ code: 'budget-zero', params: {} }] : []);
}

export function readQuarter(cell: string): CellReading<'1' | '2' | '3' | '4' | undefined> {
  const key = comparisonKey(cell);
  if (key === '') return read(undefined);
  const quarter = /^(?:ไตรมาสที่|ไตรมาส|quarter|q)?([1-4])$/.exec(key)?.[1];
  return quarter === '1' || quarter === '2' || quarter === '3' || quarter === '4'
    ? read(quarter)
    : refuse('quarter-unknown', { value: cell.trim() });
}

/** BMA monitoring-system code, e.g. `03000000-6917`; empty is none. */
export function readBmaCode(cell: string): CellReading<string | undefined> {
  const code = thaiDigitsToAscii(cell).replace(/\s/g, '');
  if (code === '') return read(undefined);
  return /^\d{8}-\d{4}$/.test(code) ? read(code) : refuse('bma-code-invalid', { value: cell.trim() });
}

/** The portal's project id (digits only); empty is not known yet. */
export function readPortalId(cell: string): CellReading<string | undefined> {
  const id = thaiDigitsToAscii(cell).trim();
  if (id === '') return read(undefined);
  return /^\d{1,12}$/.test(id) ? read(id) : refuse('portal-id-invalid', { value: cell.trim() });
}

/** A project's name on one line, as the portal lists it. */
export function readName(cell: string): CellReading<string> {
  return read(collapseWhitespace(cell));
}

/** Objective and remark: kept as typed, line breaks included, without the ends' blank space. */
export function readLongText(cell: string): CellReading<string> {
  return read(cell.replace(/\r\n?/g, '\n').trim());
}
