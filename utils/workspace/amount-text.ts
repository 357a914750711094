import { formatBaht } from '../thai/amount';

/** How a stored amount shows in a form: grouped digits, as people write it (`50,000`). */
export function amountTextOf(baht: number | null): string {
  return baht === null ? '' : formatBaht(baht);
}
