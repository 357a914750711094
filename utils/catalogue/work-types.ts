import { catalogueValueSchema, defineCatalogue } from './catalogue-entry';

/** Portal radio `type` on the plan form. */
export const WORK_TYPES = defineCatalogue([
  { value: '1', labelTh: 'โครงการ', labelEn: 'Project' },
  { value: '2', labelTh: 'กิจกรรม', labelEn: 'Activity' },
  { value: '3', labelTh: 'มาตรการ', labelEn: 'Measure' },
  { value: '4', labelTh: 'แนวปฏิบัติงาน', labelEn: 'Practice' },
]);
export const WorkTypeSchema = catalogueValueSchema(WORK_TYPES);
export type WorkType = (typeof WORK_TYPES)[number]['value'];
