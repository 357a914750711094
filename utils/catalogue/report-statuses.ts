import { catalogueValueSchema, defineCatalogue } from './catalogue-entry';

/** Portal radio `status_process` on the report form. `3` locks every field of the project for the year. */
export const REPORT_STATUSES = defineCatalogue([
  { value: '2', labelTh: 'อยู่ระหว่างดำเนินการ', labelEn: 'In progress' },
  { value: '3', labelTh: 'ดำเนินการแล้วเสร็จ', labelEn: 'Completed' },
  { value: '4', labelTh: 'ไม่สามารถดำเนินการได้', labelEn: 'Could not proceed' },
]);
export const ReportStatusSchema = catalogueValueSchema(REPORT_STATUSES);
export type ReportStatus = (typeof REPORT_STATUSES)[number]['value'];
export const COMPLETED_STATUS: ReportStatus = '3';
export const CANNOT_PROCEED_STATUS: ReportStatus = '4';
