import { defineCatalogue } from './catalogue-entry';

/** The two reporting rounds, as the portal's `r` parameter and the circular's words. */
export const ROUNDS = defineCatalogue([
  { value: '1', labelTh: 'ครั้งที่ 1 รอบ 6 เดือน', labelEn: 'Round 1 (6 months)' },
  { value: '2', labelTh: 'ครั้งที่ 2 รอบ 12 เดือน', labelEn: 'Round 2 (12 months)' },
]);
