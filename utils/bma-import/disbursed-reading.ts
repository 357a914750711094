import type { BmaReport } from './bma-report';

/**
 * How to read `งบประมาณที่เบิกใช้ (ครั้งที่ N) = X บาท`:
 * - `per-report`: X was disbursed in report N (the year's total is the sum);
 * - `cumulative`: X is the running total at report N (the year's total is the latest).
 */
export type DisbursedReading = 'per-report' | 'cumulative';

export interface DisbursedBasis {
  reading: DisbursedReading;
  /**
   * - `chosen`: the caller said so;
   * - `all-zero`: every amount is 0 (seed 004), so both readings agree; per-report, as the label words it;
   * - `sum-matches-spent` / `latest-matches-spent`: only that reading reproduces the header's งบประมาณที่ใช้ไป;
   * - `label-wording`: nothing decides it; `(ครั้งที่ N)` names one report, so per-report.
   */
  because: 'chosen' | 'all-zero' | 'sum-matches-spent' | 'latest-matches-spent' | 'label-wording';
}

/** Cent-exact comparison: baht amounts carry at most 2 decimals. */
export function sameBaht(a: number, b: number): boolean {
  return Math.round(a * 100) === Math.round(b * 100);
}

/**
 * Decides from the report itself which reading its amounts follow, by checking them against the header's
 * budget spent (งบประมาณที่ใช้ไป): a sum equal to it means per-report amounts, a non-decreasing series whose
 * last value equals it means running totals.
 */
export function inferDisbursedReading(report: BmaReport): DisbursedBasis {
  const amounts = report.entries.flatMap((entry) => (entry.disbursed === null ? [] : [entry.disbursed]));
  if (amounts.every((amount) => amount === 0)) return { reading: 'per-report', because: 'all-zero' };
  const spent = report.budgetSpent;
  if (spent !== null) {
    const sum = amounts.reduce((total, amount) => total + amount, 0);
    if (sameBaht(sum, spent)) return { reading: 'per-report', because: 'sum-matches-spent' };
    const rising = amounts.every((amount, i) => i === 0 || amount >= (amounts[i - 1] ?? 0));
    const latest = amounts.at(-1);
    if (rising && latest !== undefined && sameBaht(latest, spent)) {
      return { reading: 'cumulative', because: 'latest-matches-spent' };
    }
  }
  return { reading: 'per-report', because: 'label-wording' };
}
