import { REASONS } from '../../catalogue/reasons';
import { REPORT_STATUSES } from '../../catalogue/report-statuses';
import { PageProfileSchema } from './page-profile';

const optionsOf = (entries: readonly { value: string; labelTh: string }[]) =>
  entries.map((e) => ({ value: e.value, portalValue: e.value, labels: [e.labelTh] }));

/** The progress report form (projectreport.php) as PORTAL.md describes it. */
export const REPORT_PROFILE = PageProfileSchema.parse({
  id: 'report',
  pageKind: 'report',
  version: 1,
  fields: [
    {
      field: 'ordinanceBudget',
      labelTh: 'งบประมาณตามข้อบัญญัติ',
      kind: 'text',
      amount: true,
      names: ['txtAmount'],
      labels: ['วงเงินตามข้อบัญญัติ', 'ตามข้อบัญญัติ/เทศบัญญัติ'],
    },
    {
      field: 'disbursed',
      labelTh: 'การเบิกจ่ายงบประมาณ',
      kind: 'text',
      amount: true,
      names: ['txtPaid'],
      labels: ['การเบิกจ่ายงบประมาณ', 'เบิกจ่าย'],
    },
    {
      field: 'inPlan',
      labelTh: 'บรรจุไว้ในข้อบัญญัติ/เทศบัญญัติ/แผนการดำเนินงาน',
      kind: 'checkbox',
      names: ['input_plan'],
      labels: ['บรรจุไว้ในข้อบัญญัติ'],
    },
    {
      field: 'status',
      labelTh: 'สถานะการดำเนินงาน',
      kind: 'radio',
      names: ['status_process'],
      labels: ['สถานะการดำเนินงาน'],
      options: optionsOf(REPORT_STATUSES),
    },
    {
      field: 'reason',
      labelTh: 'เหตุผลที่ไม่สามารถดำเนินการได้',
      kind: 'radio',
      names: ['cant_process'],
      labels: [],
      options: optionsOf(REASONS),
    },
    {
      field: 'otherReason',
      labelTh: 'เหตุผลอื่น ๆ',
      kind: 'text',
      names: ['cant_reason'],
      labels: ['ระบุเหตุผล'],
      follows: { field: 'reason', option: '4' },
    },
    {
      field: 'remarks',
      labelTh: 'หมายเหตุ',
      kind: 'textarea',
      names: ['txtRemarkReport'],
      labels: ['หมายเหตุ'],
    },
  ],
});
