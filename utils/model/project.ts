import { z } from 'zod';
import { DimensionSchema } from '../catalogue/dimensions';
import { TargetGroupSchema } from '../catalogue/target-groups';
import { UnitCodeSchema } from '../catalogue/units';
import { WorkTypeSchema } from '../catalogue/work-types';
import { BahtSchema, BeYearSchema, SHORT_TEXT_MAX, longText } from './fields';
import { RecordMetaSchema } from './record-meta';

/** What a person enters for a project: the plan form's fields (PORTAL.md, projectcreate.php). */
export const ProjectFieldsSchema = z.strictObject({
  /** The portal's own id (hidden `id` on its report pages), once known. */
  portalId: z
    .string()
    .regex(/^\d{1,12}$/, 'a portal project id is digits only')
    .optional(),
  /** BMA monitoring-system code, e.g. 03000000-6917. */
  bmaCode: z
    .string()
    .regex(/^\d{8}-\d{4}$/, 'a BMA project code looks like 03000000-6917')
    .optional(),
  name: z.string().trim().min(1, 'the project name is empty').max(SHORT_TEXT_MAX),
  unitCode: UnitCodeSchema,
  /** Plan years ticked on the plan form (year1…yearN), BE. */
  planYears: z.array(BeYearSchema).min(1, 'tick at least one plan year').max(10),
  workType: WorkTypeSchema,
  dimension: DimensionSchema,
  /** `sltYear`: the budget year, BE. */
  budgetYear: BeYearSchema.optional(),
  /** Planned budget in baht; null when the project runs without a budget (ไม่ใช้งบประมาณ). */
  plannedBudget: BahtSchema.nullable(),
  quarter: z.enum(['1', '2', '3', '4']).optional(),
  targetGroups: z.array(TargetGroupSchema).max(9),
  objective: longText(),
  remark: longText(),
});
export type ProjectFields = z.infer<typeof ProjectFieldsSchema>;

export const ProjectSchema = z.strictObject({ ...RecordMetaSchema.shape, ...ProjectFieldsSchema.shape });
export type Project = z.infer<typeof ProjectSchema>;
