import { formatBaht, parseBahtAmount, toPortalAmount } from '../thai/amount';

/** An amount as typed in a workspace form: empty, readable, or not (kept as typed, never thrown away). */
export type AmountReading =
  | { kind: 'empty' }
  | {
      kind: 'amount';
      baht: number;
      /** what the portal will receive, or null for satang */ portal: string | null;
    }
  | { kind: 'unreadable' };

/** Reads `1,234,567`, `๕๐,๐๐๐ บาท`, `฿1,500`… (utils/thai/amount.ts does the reading). */
export function readAmountText(text: string): AmountReading {
  if (text.trim() === '') return { kind: 'empty' };
  const parsed = parseBahtAmount(text);
  if (!parsed.ok) return { kind: 'unreadable' };
  const portal = toPortalAmount(parsed.value);
  return { kind: 'amount', baht: parsed.value, portal: portal.ok ? portal.value : null };
}

/** How a stored amount shows in a form: grouped digits, as people write it (`50,000`). */
export function amountTextOf(baht: number | null): string {
  return baht === null ? '' : formatBaht(baht);
}
