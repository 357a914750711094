import type { PlainDate } from '../calendar/plain-date';
import { formatThaiDate } from '../thai/date';
import type { BmaProgressEntry } from './bma-report';

/*
 * The remarks are report content the portal keeps, so they are Thai whatever language the UI speaks:
 * one line per entry, `29 ธ.ค. 2565 : narrative` (an undated entry is its narrative alone), then the
 * progress reached, since the portal has no field for a percent.
 */

/**
 * The portal's textarea has no maxlength and its database column is unknown; the draft model keeps at most
 * 20,000 characters (longText), which also fits a MySQL TEXT column in 3-byte UTF-8 Thai.
 */
export const DEFAULT_MAX_REMARKS_LENGTH = 20_000;
const ELLIPSIS = '…';

export interface ProgressSummary {
  percent: number;
  date: PlainDate | null;
}

export interface ComposedRemarks {
  remarks: string;
  /** Numbers of the entries left out, or cut short, to stay within the limit (oldest go first). */
  shortened: number[];
}

function displayDate(date: PlainDate): string {
  return formatThaiDate(date, { month: 'short' });
}

export function remarkLine(entry: Pick<BmaProgressEntry, 'date' | 'narrative'>): string {
  return entry.date === null ? entry.narrative : `${displayDate(entry.date)} : ${entry.narrative}`;
}

/** `ความก้าวหน้าของงาน ร้อยละ 55 (ณ 20 มี.ค. 2566)` */
export function progressSummaryLine(summary: ProgressSummary): string {
  const percent = Number.isInteger(summary.percent) ? String(summary.percent) : summary.percent.toFixed(2);
  const asOf = summary.date === null ? '' : ` (ณ ${displayDate(summary.date)})`;
  return `ความก้าวหน้าของงาน ร้อยละ ${percent}${asOf}`;
}

/**
 * Joins the entries, in report order, with the summary last. Over the limit, the oldest entries are left
 * out first (the latest state matters most to the reader); a single entry still too long is cut with "…".
 */
export function composeRemarks(
  entries: readonly Pick<BmaProgressEntry, 'number' | 'date' | 'narrative'>[],
  summary: ProgressSummary | null,
  maxLength = DEFAULT_MAX_REMARKS_LENGTH,
): ComposedRemarks {
  const tail = summary === null ? [] : [progressSummaryLine(summary)];
  const kept = [...entries];
  const shortened: number[] = [];
  const text = () => [...kept.map(remarkLine), ...tail].join('\n');
  while (kept.length > 1 && text().length > maxLength) {
    const dropped = kept.shift();
    if (dropped) shortened.push(dropped.number);
  }
  const remarks = text();
  const only = kept[0];
  if (remarks.length <= maxLength || only === undefined) {
    return { remarks: remarks.slice(0, maxLength), shortened };
  }
  // One entry alone is too long: cut its text and keep the summary line.
  shortened.push(only.number);
  const summaryRoom = tail.length === 0 ? 0 : (tail[0] ?? '').length + 1;
  const room = Math.max(0, maxLength - summaryRoom - ELLIPSIS.length);
  const cut = remarkLine(only).slice(0, room) + ELLIPSIS;
  return { remarks: [cut, ...tail].join('\n').slice(0, maxLength), shortened };
}
