import Papa from 'papaparse';
import { CSV_COLUMNS, type CsvField } from './csv-columns';

export const CSV_TEMPLATE_FILE_NAME = 'eplan-projects-template.csv';

/**
 * The example row: one project written the way the importer reads most easily, showing each form a
 * person needs (several plan years, a label for type and dimension, an amount with commas, several target
 * groups in one cell, which makes it quoted).
 */
export const CSV_TEMPLATE_EXAMPLE: Readonly<Record<CsvField, string>> = {
  name: 'โครงการเสริมสร้างคุณธรรมและความโปร่งใสของบุคลากร',
  bmaCode: '03000000-0001',
  planYears: '2569 2570',
  workType: 'โครงการ',
  dimension: 'มิติที่ 1',
  budgetYear: '2570',
  plannedBudget: '150,000',
  quarter: '2',
  targetGroups: 'ข้าราชการ/พนักงาน/ลูกจ้าง ส่วนท้องถิ่น, ประชาชน/ภาคประชาสังคม',
  objective: 'เพื่อให้บุคลากรมีความรู้ความเข้าใจเรื่องการป้องกันการทุจริตและผลประโยชน์ทับซ้อน',
  remark: '',
  portalId: '',
};

/**
 * The template file's text: the header row in the portal's Thai terms and the example row, behind a BOM.
 * Excel opens a CSV without a BOM in the computer's code page, which turns Thai UTF-8 into garbage.
 */
export function csvTemplateText(): string {
  const rows = [CSV_COLUMNS.map((c) => c.headerTh), CSV_COLUMNS.map((c) => CSV_TEMPLATE_EXAMPLE[c.field])];
  return `\ufeff${Papa.unparse(rows, { newline: '\r\n' })}\r\n`;
}
