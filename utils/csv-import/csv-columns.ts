import { comparisonKey } from '../thai/comparison-key';

/** The project fields a CSV file can give; the unit is the one chosen in the workspace, never the file's. */
export type CsvField =
  | 'name'
  | 'bmaCode'
  | 'portalId'
  | 'planYears'
  | 'workType'
  | 'dimension'
  | 'budgetYear'
  | 'plannedBudget'
  | 'quarter'
  | 'targetGroups'
  | 'objective'
  | 'remark';

export interface CsvColumn {
  field: CsvField;
  /** The header the template writes: the plan form's own Thai words (PORTAL.md, projectcreate.php). */
  headerTh: string;
  /** The English header, also accepted, and shown beside the Thai one when a column is missing. */
  headerEn: string;
  /** Other headers people write for the same column, Thai or English. */
  aliases: readonly string[];
  required: boolean;
}

// The file format is a promise to the people who keep these files: headers here change only by adding
// aliases, so a file made from an older template still reads.
export const CSV_COLUMNS: readonly CsvColumn[] = [
  {
    field: 'name',
    headerTh: 'ชื่อโครงการ/กิจกรรม/มาตรการ/แนวปฏิบัติงาน',
    headerEn: 'Name',
    aliases: ['ชื่อโครงการ', 'ชื่อ', 'ชื่อโครงการ/กิจกรรม', 'project name', 'project'],
    required: true,
  },
  {
    field: 'bmaCode',
    headerTh: 'รหัสโครงการ กทม.',
    headerEn: 'BMA code',
    aliases: ['รหัสโครงการ', 'รหัสโครงการในระบบติดตามโครงการ กทม.', 'BMA project code', 'project code'],
    required: false,
  },
  {
    field: 'planYears',
    headerTh: 'ปีที่ดำเนินการ',
    headerEn: 'Plan years',
    aliases: ['ปีแผน', 'ปีของแผน', 'years'],
    required: true,
  },
  {
    field: 'workType',
    headerTh: 'ประเภท',
    headerEn: 'Type',
    aliases: ['ประเภทงาน', 'work type'],
    required: true,
  },
  {
    field: 'dimension',
    headerTh: 'มิติ',
    headerEn: 'Dimension',
    aliases: ['มิติที่', 'สอดคล้อง'],
    required: true,
  },
  {
    field: 'budgetYear',
    headerTh: 'ปีงบประมาณ',
    headerEn: 'Budget year',
    aliases: ['fiscal year'],
    required: false,
  },
  {
    field: 'plannedBudget',
    headerTh: 'งบประมาณ (บาท)',
    headerEn: 'Planned budget',
    aliases: ['งบประมาณตามแผน', 'งบประมาณตามแผนพัฒนาท้องถิ่น', 'budget'],
    required: false,
  },
  {
    field: 'quarter',
    headerTh: 'ไตรมาส',
    headerEn: 'Quarter',
    aliases: ['ดำเนินการในไตรมาส', 'ไตรมาสที่'],
    required: false,
  },
  {
    field: 'targetGroups',
    headerTh: 'กลุ่มเป้าหมาย',
    headerEn: 'Target groups',
    aliases: ['target group'],
    required: false,
  },
  {
    field: 'objective',
    headerTh: 'วัตถุประสงค์',
    headerEn: 'Objective',
    aliases: ['objectives'],
    required: false,
  },
  {
    field: 'remark',
    headerTh: 'หมายเหตุ',
    headerEn: 'Remark',
    aliases: ['remarks', 'note', 'notes'],
    required: false,
  },
  {
    field: 'portalId',
    headerTh: 'รหัสโครงการ e-PlanNACC',
    headerEn: 'e-PlanNACC id',
    aliases: ['รหัสโครงการในระบบ e-PlanNACC', 'portal id', 'e-Plan id'],
    required: false,
  },
];

/**
 * A header as a comparison key (`comparisonKey`), less what spreadsheets add: units in brackets (`(บาท)`),
 * a star for required, underscores, dots, colons and dashes.
 */
export function headerKey(header: string): string {
  return comparisonKey(header.replace(/\([^)]*\)/g, '')).replace(/[_.*:-]/g, '');
}

const COLUMN_OF_KEY: ReadonlyMap<string, CsvColumn> = (() => {
  const map = new Map<string, CsvColumn>();
  for (const column of CSV_COLUMNS) {
    for (const header of [column.headerTh, column.headerEn, column.field, ...column.aliases]) {
      const key = headerKey(header);
      const taken = map.get(key);
      if (taken && taken !== column) throw new Error(`CSV header "${header}" names two columns`);
      map.set(key, column);
    }
  }
  return map;
})();

/** The column a header names, Thai or English, in any of its accepted spellings. */
export function columnOfHeader(header: string): CsvColumn | undefined {
  return COLUMN_OF_KEY.get(headerKey(header));
}

/** Excel's name for the n-th column (0 → A, 26 → AA), so a problem points where the user looks. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
