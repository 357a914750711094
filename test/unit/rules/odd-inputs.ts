import type { ReportCheckInput } from '../../../utils/rules/report-check-input';
import { cleanInput, nonBudgetInput, twelveMonthInput } from './report-check-fixtures';

const ODD_TEXTS = [
  '',
  ' ',
  '\u200b',
  '?',
  '??????',
  '\ufffd',
  '0',
  '-0',
  '๐',
  '9,007,199,254,740,991',
  '10,000,000,000,000', // the largest amount read
  '9'.repeat(1_000),
  '1e21',
  'NaN',
  'Infinity',
  '1,234.567',
  ',',
  '.',
  'บาท',
  '฿',
  '𝟓𝟎', // mathematical digits, outside the BMP
  '\ud800', // a lone surrogate
  'à¸ªà¸³',
  'ชื่อ ? สกุล',
  '{count} {excerpt}',
  'x'.repeat(20_000),
  'ก?'.repeat(10_000),
  '\n'.repeat(20_000),
  `${'\n'.repeat(19_999)}a`, // a regex anchored at the end would backtrack over every newline
  `?${' '.repeat(19_998)}ก`,
  '-'.repeat(20_000),
  `${'-'.repeat(19_999)}ก`,
  'à¸'.repeat(10_000),
];

/** Inputs at the edges of what the schema accepts, every one of them with many problems at once. */
export function oddInputs(): ReportCheckInput[] {
  const inputs: ReportCheckInput[] = [];
  for (const text of ODD_TEXTS) {
    const short = text.slice(0, 1_000);
    inputs.push(
      cleanInput({ ordinanceBudgetText: short, disbursedText: short, remarks: text, otherReason: text }),
      cleanInput({
        status: '4',
        reason: '4',
        otherReason: text,
        remarks: text,
        disbursedText: short,
        inPlan: false,
        project: { plannedBudget: 0 },
        page: { fiscalYear: 2500, round: 2 },
        filledFrom: { fiscalYear: 2700, round: 1 },
      }),
      twelveMonthInput({
        disbursedText: short,
        sixMonth: { disbursed: 1e13, source: 'draft' },
        status: null,
      }),
      nonBudgetInput({ ordinanceBudgetText: short, disbursedText: short, status: '3', remarks: text }),
    );
  }
  return inputs;
}
