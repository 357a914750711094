import { catalogueValueSchema, defineCatalogue } from './catalogue-entry';

/** Plan-form checkboxes `target_group1` … `target_group9`; the value is the checkbox's number. */
export const TARGET_GROUPS = defineCatalogue([
  { value: '1', labelTh: 'ข้าราชการการเมืองฝ่ายบริหาร', labelEn: 'Elected executives' },
  { value: '2', labelTh: 'ข้าราชการการเมืองฝ่ายสภาท้องถิ่น', labelEn: 'Elected council members' },
  { value: '3', labelTh: 'ข้าราชการ/พนักงาน/ลูกจ้าง ส่วนท้องถิ่น', labelEn: 'Local officials, staff and employees' },
  { value: '4', labelTh: 'เด็กและเยาวชน', labelEn: 'Children and young people' },
  { value: '5', labelTh: 'ประชาชน/ภาคประชาสังคม', labelEn: 'The public and civil society' },
  { value: '6', labelTh: 'สถานศึกษา', labelEn: 'Schools and colleges' },
  { value: '7', labelTh: 'หน่วยงานภาครัฐ', labelEn: 'Government agencies' },
  { value: '8', labelTh: 'หน่วยงานภาครัฐวิสาหกิจ', labelEn: 'State enterprises' },
  { value: '9', labelTh: 'หน่วยงานภาคธุรกิจเอกชน', labelEn: 'Private businesses' },
]);
export const TargetGroupSchema = catalogueValueSchema(TARGET_GROUPS);
export type TargetGroup = (typeof TARGET_GROUPS)[number]['value'];
