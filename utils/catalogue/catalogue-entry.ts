import { z } from 'zod';
import type { Language } from '../i18n/language';

/** One choice the portal offers: the value it posts, and its label in Thai (the portal's own words) and English. */
export const CatalogueEntrySchema = z.strictObject({
  value: z.string().min(1),
  labelTh: z.string().min(1),
  labelEn: z.string().min(1),
});
export type CatalogueEntry = z.infer<typeof CatalogueEntrySchema>;

/** Validates a list of entries once, at load, so a typo in the data fails every test instead of a user. */
export function defineCatalogue<const V extends string>(
  entries: readonly { value: V; labelTh: string; labelEn: string }[],
): readonly { value: V; labelTh: string; labelEn: string }[] {
  const parsed = z.array(CatalogueEntrySchema).parse(entries);
  const values = new Set(parsed.map((e) => e.value));
  if (values.size !== parsed.length) throw new Error('Catalogue has a repeated value');
  return entries;
}

/** The values of a catalogue as a zod enum, so a model field accepts exactly those. */
export function catalogueValueSchema<const V extends string>(entries: readonly { value: V }[]) {
  return z.enum(entries.map((e) => e.value) as [V, ...V[]]);
}

/** An entry's label in the interface's language: the portal's Thai words, or their English. */
export function labelIn(language: Language, entry: { labelTh: string; labelEn: string }): string {
  return language === 'th' ? entry.labelTh : entry.labelEn;
}
