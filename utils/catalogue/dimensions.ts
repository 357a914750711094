import { catalogueValueSchema, defineCatalogue } from './catalogue-entry';

// Labels are data: the 2566–2570 plan cycle may reword a dimension, and only this list changes.
export const DIMENSIONS = defineCatalogue([
  {
    value: '1',
    labelTh: 'มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต',
    labelEn: 'Dimension 1: building a society that does not tolerate corruption',
  },
  {
    value: '2',
    labelTh: 'มิติที่ 2 การบริหารราชการเพื่อป้องกันการทุจริต',
    labelEn: 'Dimension 2: public administration that prevents corruption',
  },
  {
    value: '3',
    labelTh: 'มิติที่ 3 การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน',
    labelEn: "Dimension 3: promoting citizens' role and participation",
  },
  {
    value: '4',
    labelTh: 'มิติที่ 4 การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการปฏิบัติราชการ',
    labelEn: 'Dimension 4: strengthening the mechanisms that audit government work',
  },
]);
export const DimensionSchema = catalogueValueSchema(DIMENSIONS);
export type Dimension = (typeof DIMENSIONS)[number]['value'];
