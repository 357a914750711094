import { z } from 'zod';
import { DimensionSchema } from '../catalogue/dimensions';
import { TargetGroupSchema } from '../catalogue/target-groups';
import { WorkTypeSchema } from '../catalogue/work-types';
import { BeYearSchema } from '../model/fields';
import type { ProjectForm } from './project-form';

/** Typed text, bounded only so a damaged store can't hand the form something absurd. */
const typed = z.string().max(100_000);

const ProjectFormSchema = z.strictObject({
  name: typed,
  portalId: typed,
  bmaCode: typed,
  planYears: z.array(BeYearSchema).max(20),
  workType: WorkTypeSchema,
  dimension: DimensionSchema,
  budgetYear: typed,
  quarter: z.enum(['', '1', '2', '3', '4']),
  usesBudget: z.boolean(),
  plannedBudget: typed,
  targetGroups: z.array(TargetGroupSchema).max(9),
  objective: typed,
  remark: typed,
}) satisfies z.ZodType<ProjectForm>;

/**
 * A new project's form that has text but no name yet, so it can't be stored as a project: kept in `meta`
 * (META_KEYS.unnamedProject) until it has one, and put back when "New project" is opened again.
 */
export const UnnamedProjectSchema = z.strictObject({
  form: ProjectFormSchema,
  savedAt: z.number().int().nonnegative(),
});
export type UnnamedProject = z.infer<typeof UnnamedProjectSchema>;
