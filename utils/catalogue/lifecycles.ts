import { catalogueValueSchema, defineCatalogue } from './catalogue-entry';

/** Where a round draft stands in our own workflow (not a portal value). */
export const LIFECYCLES = defineCatalogue([
  { value: 'draft', labelTh: 'ร่าง', labelEn: 'Draft' },
  { value: 'ready', labelTh: 'พร้อมส่ง', labelEn: 'Ready' },
  { value: 'submitted', labelTh: 'ส่งแล้ว', labelEn: 'Submitted' },
]);
export const LifecycleSchema = catalogueValueSchema(LIFECYCLES);
export type Lifecycle = (typeof LIFECYCLES)[number]['value'];
