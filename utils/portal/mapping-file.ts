import { z } from 'zod';
import { describeZodIssues } from '../validation/describe-zod-issues';
import { TaughtBindingSchema, type TaughtBinding } from './taught-binding';

export const MAPPING_FILE_FORMAT = 'eplan-assistant-field-mappings';

/**
 * Field bindings taught on the portal, as a file one overseer sends to every unit after the portal
 * changed, so each fixes nothing by hand.
 */
export const MappingFileSchema = z.strictObject({
  format: z.literal(MAPPING_FILE_FORMAT),
  formatVersion: z.literal(1),
  exportedAt: z.iso.datetime(),
  bindings: z.array(TaughtBindingSchema).max(500),
});
export type MappingFile = z.infer<typeof MappingFileSchema>;

export function mappingFileOf(bindings: readonly TaughtBinding[], now = Date.now()): MappingFile {
  return {
    format: MAPPING_FILE_FORMAT,
    formatVersion: 1,
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
  const parsed = MappingFileSchema.safeParse(json);
  return parsed.success
    ? { ok: true, file: parsed.data }
    : { ok: false, problems: describeZodIssues(parsed.error) };
}

/** The imported bindings take the place of local ones for the same page, field and option. */
export function mergeBindings(
  local: readonly TaughtBinding[],
  imported: readonly TaughtBinding[],
): TaughtBinding[] {
  const key = (b: TaughtBinding) => `${b.pageKind}:${b.field}:${b.option ?? ''}`;
  const incoming = new Set(imported.map(key));
  return [...local.filter((b) => !incoming.has(key(b))), ...imported];
}
