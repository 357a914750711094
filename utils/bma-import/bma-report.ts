import { z } from 'zod';
import { PlainDateSchema } from '../calendar/plain-date';
import { BahtSchema, BeYearSchema } from '../model/fields';

/** Lines of the pasted text (1-based, inclusive) a value was read from, so the UI can show them side by side. */
export const LineRangeSchema = z
  .strictObject({ first: z.number().int().min(1), last: z.number().int().min(1) })
  .refine((range) => range.last >= range.first, 'a line range ends before it starts');
export type LineRange = z.infer<typeof LineRangeSchema>;

/**
 * The two ways the printout lays out an entry (see progress-entries.ts):
 * - `label-with-narrative`: `รายงานครั้งที่N :: date : narrative`, then `:: ความก้าวหน้าของงานฯ = …` under it;
 * - `label-with-percent`: `รายงานครั้งที่N :: ความก้าวหน้าของงานฯ = …` (the line closing report N-1), then
 *   `date : narrative`, closed by the next percent line.
 */
export const BmaEntryLayoutSchema = z.enum(['label-with-narrative', 'label-with-percent']);
export type BmaEntryLayout = z.infer<typeof BmaEntryLayoutSchema>;

/** One numbered progress entry (รายงานครั้งที่ N) of section 2 of the report. */
export const BmaProgressEntrySchema = z.strictObject({
  /** N of รายงานครั้งที่ N, as confirmed by the `(ครั้งที่ N)` of the percent line that closes the entry. */
  number: z.number().int().min(1),
  /** null when the entry has no date or its date could not be read (a problem says which). */
  date: PlainDateSchema.nullable(),
  /** The entry's text, wrapped lines joined and whitespace tidied; Thai characters exactly as printed. */
  narrative: z.string(),
  /** ความก้าวหน้าของงานฯ in percent; null when the entry has no readable percent line. */
  percent: z.number().min(0).max(1_000).nullable(),
  /** งบประมาณที่เบิกใช้ (ครั้งที่ N) in baht; null when it could not be read. */
  disbursed: BahtSchema.nullable(),
  /** เป็นไปตามแผน (true) / ไม่เป็นไปตามแผน (false); null when not readable. */
  onPlan: z.boolean().nullable(),
  /** เป็นไปตามเป้าหมาย (true) / ไม่เป็นไปตามเป้าหมาย (false); null when not readable. */
  onTarget: z.boolean().nullable(),
  layout: BmaEntryLayoutSchema,
  /** From the entry's first line to its percent line (page-break lines in between included). */
  sourceLines: LineRangeSchema,
  /** The line its percent, amount and plan/target status were read from; null when there is none. */
  progressLine: z.number().int().min(1).nullable(),
});
export type BmaProgressEntry = z.infer<typeof BmaProgressEntrySchema>;

/** Section 1.6: where the project sits in Bangkok's 20-year development plan, as printed. */
export const BmaStrategySchema = z.strictObject({
  issue: z.string().nullable(),
  subIssue: z.string().nullable(),
  goal: z.string().nullable(),
  indicator: z.string().nullable(),
});
export type BmaStrategy = z.infer<typeof BmaStrategySchema>;

/**
 * What a BMA monitoring-system progress report (แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ) says.
 * Header fields are null when the text does not have them (a truncated paste); the parse result's problems
 * say which, so partial reads can still be shown.
 */
export const BmaReportSchema = z.strictObject({
  /** รหัสโครงการ, e.g. 03000000-6917 (Thai digits read as 0–9). */
  projectCode: z.string().min(1).nullable(),
  /** ชื่อโครงการ/กิจกรรม */
  name: z.string().min(1).nullable(),
  /** ปีงบประมาณ พ.ศ., BE */
  fiscalYear: BeYearSchema.nullable(),
  /** เริ่มต้นโครงการ */
  startDate: PlainDateSchema.nullable(),
  /** สิ้นสุดโครงการ */
  endDate: PlainDateSchema.nullable(),
  /** งบประมาณที่ได้รับ, baht */
  budgetReceived: BahtSchema.nullable(),
  /** งบประมาณที่ใช้ไป, baht */
  budgetSpent: BahtSchema.nullable(),
  /** หน่วยงานที่รับผิดชอบ, as printed (department / division / section). */
  responsibleUnit: z.string().min(1).nullable(),
  /** ชื่อผู้รับผิดชอบ, as printed (it may name a division, a coordinator and a phone number). */
  responsiblePerson: z.string().min(1).nullable(),
  /** 1.3 หลักการและเหตุผล */
  rationale: z.string().nullable(),
  /** 1.4 วัตถุประสงค์ของโครงการ */
  objective: z.string().nullable(),
  /** 1.5 เป้าหมายของโครงการ */
  target: z.string().nullable(),
  strategy: BmaStrategySchema,
  entries: z.array(BmaProgressEntrySchema),
});
export type BmaReport = z.infer<typeof BmaReportSchema>;

/** The header fields a report must have; a missing one is an error. */
export const REQUIRED_HEADER_FIELDS = [
  'projectCode',
  'name',
  'fiscalYear',
  'startDate',
  'endDate',
  'budgetReceived',
  'budgetSpent',
  'responsibleUnit',
  'responsiblePerson',
] as const satisfies readonly (keyof BmaReport)[];
export type RequiredHeaderField = (typeof REQUIRED_HEADER_FIELDS)[number];
