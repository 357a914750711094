import type { Project, ProjectFields } from '../model/project';
import { comparisonKey } from '../thai/comparison-key';

export type ExistingProjectMatch =
  | { kind: 'found'; project: Project }
  | { kind: 'none' }
  /** Several saved projects have this name and none the row's BMA code: which one is meant is unclear. */
  | { kind: 'ambiguous'; count: number }
  /** No match, but a saved project of that name has another BMA code: a new project, worth a look. */
  | { kind: 'same-name-other-code'; project: Project };

/**
 * The saved project of the unit that an imported row stands for: the one with its BMA code, else the one
 * with its name (spacing and digits aside). A project with another BMA code is a different project even
 * when it shares the name.
 */
export function matchExistingProject(
  fields: Pick<ProjectFields, 'name' | 'bmaCode' | 'unitCode'>,
  projects: readonly Project[],
): ExistingProjectMatch {
  const ofUnit = projects.filter((p) => p.unitCode === fields.unitCode);
  if (fields.bmaCode !== undefined) {
    const byCode = ofUnit.find((p) => p.bmaCode === fields.bmaCode);
    if (byCode) return { kind: 'found', project: byCode };
  }
  const key = comparisonKey(fields.name);
  const sameName = ofUnit.filter((p) => comparisonKey(p.name) === key);
  const candidates =
    fields.bmaCode === undefined ? sameName : sameName.filter((p) => p.bmaCode === undefined);
  if (candidates.length === 1) return { kind: 'found', project: candidates[0]! };
  if (candidates.length > 1) return { kind: 'ambiguous', count: candidates.length };
  const other = sameName[0];
  return other ? { kind: 'same-name-other-code', project: other } : { kind: 'none' };
}
