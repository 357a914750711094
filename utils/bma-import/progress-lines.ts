import { parseBahtAmount } from '../thai/amount';
import { parseThaiDate } from '../thai/date';
import type { SourceLine } from './source-lines';

/**
 * The three kinds of line in section 2 (รายงานความก้าวหน้าของโครงการ), matched on the line with Thai digits
 * read as 0–9:
 * - entry label with its text: `รายงานครั้งที่1 :: 29/12/2565 : กองวินัย…` (date optional);
 * - percent line: `[รายงานครั้งที่6] :: ความก้าวหน้าของงานฯ = 70.00 % งบประมาณที่เบิกใช้ (ครั้งที่ 5) = 0 บาท
 *   : เป็นไปตามแผน : เป็นไปตามเป้าหมาย`;
 * - dated text: `16/05/2566 : อยู่ระหว่าง…` (or `16 พ.ค. 2566 : …`, re-typed).
 */

// The number may be damaged (`รายงานครั้งที่? ::`) and one colon of `::` lost: the line is still a label
// (and a percent line still a percent line, whose damaged number reads as none).
const ENTRY_LABEL = /^รายงานครั้งที่\s*([\d?]*)\s*::?\s*/;
const PROGRESS_LINE = /^(?:รายงานครั้งที่\s*([\d?]*)\s*)?::?\s*ความก้าวหน้าของงาน/;
const PERCENT = /ความก้าวหน้าของงานฯ?\s*=\s*([^%=]*?)\s*%/;
const DISBURSED = /งบประมาณที่เบิกใช้\s*(?:\(\s*ครั้งที่\s*(\d+)\s*\))?\s*=\s*([^:]*)/;
/** A date the system prints (29/12/2565, 2023-05-16 00:00:00), or something shaped like one but damaged. */
const DATED_TEXT =
  /^([\d?]{1,2}\s*[/.-]\s*[\d?]{1,2}\s*[/.-]\s*[\d?]{2,4}|\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*:(?!:)\s*/;

/** `29 ธ.ค. 2565 :`, `17 มีนาคม พ.ศ. 2566 :` (Thai digits already read as 0–9). */
const WORDED_DATED_TEXT = /^(\d{1,2}\s*[\u0e01-\u0e4f.][\u0e01-\u0e4f.\s]*?\s*\d{2,4})\s*:(?!:)\s*/;

export interface EntryLabelLine {
  /** Null when the number is damaged or missing: it is then taken from the entry's percent line. */
  label: number | null;
  /** Index in `line.text` where the text after `::` starts. */
  restStart: number;
}

export interface DatedText {
  /** The date as printed; it starts where the matched string starts. */
  dateText: string;
  /** Index in the matched string where the text after `date :` starts. */
  textStart: number;
}

/** `เป็นไปตามแผน` → true, `ไม่เป็นไปตามแผน` → false; undefined when the words are not there. */
type Verdict = boolean | undefined;

export interface ProgressLine {
  /** N of a `รายงานครั้งที่N` in front of the line, if any. */
  label: number | null;
  /** K of `(ครั้งที่ K)` after งบประมาณที่เบิกใช้: the report the amount (and the line) belongs to. */
  amountFor: number | null;
  percentText: string | null;
  percent: number | null;
  disbursedText: string | null;
  disbursed: number | null;
  /** The words after the amount (`เป็นไปตามแผน : เป็นไปตามเป้าหมาย`), for messages. */
  statusText: string;
  onPlan: boolean | null;
  onTarget: boolean | null;
}

export function matchEntryLabel(line: SourceLine): EntryLabelLine | null {
  if (PROGRESS_LINE.test(line.ascii)) return null;
  const match = ENTRY_LABEL.exec(line.ascii);
  if (!match) return null;
  const digits = match[1] ?? '';
  return { label: /^\d+$/.test(digits) ? Number(digits) : null, restStart: match[0].length };
}

export function matchDatedText(text: string): DatedText | null {
  const match = DATED_TEXT.exec(text);
  if (match) return { dateText: (match[1] ?? '').trim(), textStart: match[0].length };
  // A date in words, as a person re-typing the report writes it: taken only when it reads as a date, so a
  // line that merely starts with a number and a word stays narrative.
  const worded = WORDED_DATED_TEXT.exec(text);
  if (worded && parseThaiDate(worded[1] ?? '').ok) {
    return { dateText: (worded[1] ?? '').trim(), textStart: worded[0].length };
  }
  return null;
}

function verdict(parts: readonly string[], words: string): Verdict {
  for (const part of parts) {
    if (part.startsWith(`ไม่เป็นไปตาม${words}`)) return false;
    if (part.startsWith(`เป็นไปตาม${words}`)) return true;
  }
  return undefined;
}

function readPercent(text: string): number | null {
  const plain = text.replace(/,/g, '');
  return /^\d{1,3}(?:\.\d+)?$/.test(plain) ? Number(plain) : null;
}

export function matchProgressLine(line: SourceLine): ProgressLine | null {
  const head = PROGRESS_LINE.exec(line.ascii);
  if (!head) return null;
  const text = line.ascii;
  const percentMatch = PERCENT.exec(text);
  const disbursedMatch = DISBURSED.exec(text);
  const disbursedText = disbursedMatch ? (disbursedMatch[2] ?? '').trim() : null;
  const amount = disbursedText === null ? null : parseBahtAmount(disbursedText);
  const afterAmount = disbursedMatch ? text.slice(disbursedMatch.index + disbursedMatch[0].length) : '';
  const parts = afterAmount
    .split(':')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const percentText = percentMatch ? (percentMatch[1] ?? '').trim() : null;
  const onPlan = verdict(parts, 'แผน');
  const onTarget = verdict(parts, 'เป้าหมาย');
  return {
    label: head[1] !== undefined && /^\d+$/.test(head[1]) ? Number(head[1]) : null,
    amountFor: disbursedMatch?.[1] === undefined ? null : Number(disbursedMatch[1]),
    percentText,
    percent: percentText === null ? null : readPercent(percentText),
    disbursedText,
    disbursed: amount?.ok ? amount.value : null,
    statusText: parts.join(' : '),
    onPlan: onPlan ?? null,
    onTarget: onTarget ?? null,
  };
}

/** Any line that can only belong to section 2: where the entries start when the heading is missing. */
export function isProgressSectionLine(line: SourceLine): boolean {
  return PROGRESS_LINE.test(line.ascii) || ENTRY_LABEL.test(line.ascii);
}
