import { z } from 'zod';
import { describeZodIssues } from '../validation/describe-zod-issues';
import type { PageProfile } from './profiles/page-profile';
import { PLAN_PROFILE } from './profiles/plan-profile';
import { REPORT_PROFILE } from './profiles/report-profile';
import { identifiesControl, TaughtBindingSchema, type TaughtBinding } from './taught-binding';

export const MAPPING_FILE_FORMAT = 'eplan-assistant-field-mappings';
export const MAPPING_FILE_FORMAT_VERSION = 1;

/**
 * Field bindings taught on the portal, as a file one overseer sends to every unit after the portal
 * changed, so each fixes nothing by hand.
 */
export const MappingFileSchema = z.strictObject({
  format: z.literal(MAPPING_FILE_FORMAT),
  formatVersion: z.literal(MAPPING_FILE_FORMAT_VERSION),
  exportedAt: z.iso.datetime(),
  bindings: z.array(TaughtBindingSchema).max(500),
});
export type MappingFile = z.infer<typeof MappingFileSchema>;

const PROFILES: Record<TaughtBinding['pageKind'], PageProfile> = {
  report: REPORT_PROFILE,
  plan: PLAN_PROFILE,
};

export function mappingFileOf(bindings: readonly TaughtBinding[], now = Date.now()): MappingFile {
  return {
    format: MAPPING_FILE_FORMAT,
    formatVersion: MAPPING_FILE_FORMAT_VERSION,
    exportedAt: new Date(now).toISOString(),
    bindings: [...bindings],
  };
}

/** Reads a mapping file; each problem names its path. Nothing is applied here. */
export function parseMappingFile(
  text: string,
): { ok: true; file: MappingFile } | { ok: false; problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['The file is not valid JSON; it may be cut short or damaged.'] };
  }
  const head = z.looseObject({ format: z.unknown(), formatVersion: z.unknown() }).safeParse(json);
  if (!head.success || head.data.format !== MAPPING_FILE_FORMAT) {
    return { ok: false, problems: ['This file is not an e-Plan Assistant field-mapping file.'] };
  }
  const version = head.data.formatVersion;
  if (typeof version === 'number' && version > MAPPING_FILE_FORMAT_VERSION) {
    return {
      ok: false,
      problems: [
        `This file was made by a newer version of e-Plan Assistant (format ${version}); update the extension first.`,
      ],
    };
  }
  const parsed = MappingFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: describeZodIssues(parsed.error) };
  const problems = parsed.data.bindings.flatMap((binding, i) => {
    const problem = unknownTarget(binding);
    return problem ? [`bindings.${i}: ${problem}`] : [];
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, file: parsed.data };
}

/** Why a binding can serve no field of this version's page profiles, if it can't. */
function unknownTarget({ pageKind, field, option }: TaughtBinding): string | null {
  const spec = PROFILES[pageKind].fields.find((f) => f.field === field);
  if (!spec) return `the ${pageKind} page has no field "${field}"`;
  const values = spec.options.map((o) => o.value);
  if (option !== undefined && !values.includes(option))
    return `the field "${field}" has no option "${option}"`;
  return null;
}

/**
 * Bindings taught later (`imported`, in order) take the place of earlier ones for the same page, field
 * and option, and of earlier ones that name the same control: a control corrected to another field or
 * option stops standing for the first.
 */
export function mergeBindings(
  local: readonly TaughtBinding[],
  imported: readonly TaughtBinding[],
): TaughtBinding[] {
  const key = (b: TaughtBinding) => `${b.pageKind}:${b.field}:${b.option ?? ''}`;
  let merged: TaughtBinding[] = [...local];
  for (const binding of imported) {
    merged = merged.filter(
      (b) =>
        key(b) !== key(binding) &&
        !(b.pageKind === binding.pageKind && identifiesControl(binding.control, b.control)),
    );
    merged.push(binding);
  }
  return merged;
}
