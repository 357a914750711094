import { DIMENSIONS } from '../../catalogue/dimensions';
import { TARGET_GROUPS } from '../../catalogue/target-groups';
import { WORK_TYPES } from '../../catalogue/work-types';
import { PageProfileSchema } from './page-profile';

/** Plan years the form may offer: the 2561–2564 cycle, the 2566–2570 one, and room for the next. */
const PLAN_YEARS = Array.from({ length: 20 }, (_, i) => String(2561 + i));

/** The plan form (projectcreate.php, บันทึกแผน) as PORTAL.md describes it. */
export const PLAN_PROFILE = PageProfileSchema.parse({
  id: 'plan',
  pageKind: 'plan',
  version: 1,
  fields: [
    {
      field: 'name',
      labelTh: 'ชื่อโครงการ/กิจกรรม/มาตรการ/แนวปฏิบัติงาน',
      kind: 'textarea',
      names: ['txtName'],
      labels: ['ชื่อโครงการ'],
    },
    {
      field: 'planYears',
      labelTh: 'ปีที่ดำเนินการ',
      kind: 'checkbox-set',
      names: ['year1', 'year2', 'year3', 'year4', 'year5', 'year6'],
      labels: [],
      options: PLAN_YEARS.map((y) => ({ value: y, portalValue: y, labels: [y] })),
    },
    {
      field: 'workType',
      labelTh: 'ประเภทงาน',
      kind: 'radio',
      names: ['type'],
      labels: ['ประเภทงาน'],
      options: WORK_TYPES.map((w) => ({ value: w.value, portalValue: w.value, labels: [w.labelTh] })),
    },
    {
      field: 'quarter',
      labelTh: 'ดำเนินการในไตรมาส',
      kind: 'select',
      names: ['quarter'],
      labels: ['ไตรมาส'],
      options: ['1', '2', '3', '4'].map((q) => ({ value: q, portalValue: q, labels: [q] })),
    },
    {
      field: 'dimension',
      labelTh: 'มิติ',
      kind: 'radio',
      names: ['dimention'],
      labels: ['สอดคล้องกับกรอบแนวทาง'],
      options: DIMENSIONS.map((d) => ({ value: d.value, portalValue: d.value, labels: [d.labelTh] })),
    },
    {
      field: 'budgetYear',
      labelTh: 'ปีงบประมาณของงบประมาณตามแผน',
      kind: 'select',
      names: ['sltYear'],
      labels: ['วงเงินตามแผนพัฒนาท้องถิ่น'],
      options: PLAN_YEARS.map((y) => ({ value: y, portalValue: y, labels: [y] })),
    },
    {
      field: 'hasBudget',
      labelTh: 'ใช้งบประมาณหรือไม่',
      kind: 'radio',
      names: ['budget'],
      labels: ['งบประมาณ'],
      options: [
        { value: 'N', portalValue: 'N', labels: ['ไม่ใช้งบประมาณ'] },
        { value: 'Y', portalValue: 'Y', labels: ['งบประมาณตามแผนปฏิบัติการป้องกันการทุจริต จำนวน บาท'] },
      ],
    },
    {
      field: 'plannedBudget',
      labelTh: 'งบประมาณตามแผน',
      kind: 'text',
      amount: true,
      names: ['txtBudget'],
      labels: ['งบประมาณตามแผนปฏิบัติการป้องกันการทุจริต จำนวน'],
      enabledBy: { field: 'hasBudget', option: 'Y' },
    },
    {
      field: 'targetGroups',
      labelTh: 'กลุ่มเป้าหมาย',
      kind: 'checkbox-set',
      names: TARGET_GROUPS.map((g) => `target_group${g.value}`),
      labels: [],
      options: TARGET_GROUPS.map((g) => ({
        value: g.value,
        portalValue: g.value,
        labels: [g.labelTh],
        names: [`target_group${g.value}`],
      })),
    },
    {
      field: 'objective',
      labelTh: 'วัตถุประสงค์',
      kind: 'textarea',
      names: ['txtObject'],
      labels: ['วัตถุประสงค์'],
    },
    { field: 'remark', labelTh: 'หมายเหตุ', kind: 'textarea', names: ['txtRemark'], labels: ['หมายเหตุ'] },
  ],
});
