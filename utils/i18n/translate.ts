import type { Language } from './language';
import { EN, TH, type MessageKey } from './strings';

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

/** A translator bound to one language, as `useLanguage` gives it to components. */
export type Translator = (key: MessageKey, params?: Record<string, string | number>) => string;
