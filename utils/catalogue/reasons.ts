import { catalogueValueSchema, defineCatalogue } from './catalogue-entry';

/** Portal radio `cant_process`: why a project could not proceed (status 4). `4` needs its own text. */
export const REASONS = defineCatalogue([
  { value: '1', labelTh: 'ไม่ได้รับงบประมาณ', labelEn: 'No budget was received' },
  { value: '2', labelTh: 'นโยบายผู้บริหารเปลี่ยนแปลง', labelEn: "The executives' policy changed" },
  { value: '3', labelTh: 'บุคลากรไม่เพียงพอ', labelEn: 'Not enough staff' },
  { value: '4', labelTh: 'อื่นๆ', labelEn: 'Other' },
]);
export const ReasonSchema = catalogueValueSchema(REASONS);
export type Reason = (typeof REASONS)[number]['value'];
export const OTHER_REASON: Reason = '4';
