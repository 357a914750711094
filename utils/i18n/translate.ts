import { EN, TH, type MessageKey } from './strings';

export type Language = 'th' | 'en';
export const LANGUAGES: readonly Language[] = ['th', 'en'];

const TABLES: Record<Language, Record<MessageKey, string>> = { th: TH, en: EN };

/** The text for a key in a language, with `{name}` placeholders filled in. */
export function translate(
  language: Language,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  return TABLES[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Thai unless the browser prefers English (the users are Thai civil servants). */
export function languageFromBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'th') return 'th';
    if (base === 'en') return 'en';
  }
  return 'th';
}

/** A translator bound to one language, as `useLanguage` gives it to components. */
export type Translator = (key: MessageKey, params?: Record<string, string | number>) => string;
