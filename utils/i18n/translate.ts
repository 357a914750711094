import type { Language } from './language';
import { EN, TH, type MessageKey } from './strings';

const TABLES: Record<Language, Record<MessageKey, string>> = { th: TH, en: EN };

/** `{count:item|items}`: the first word when the number `count` is 1, else the second (English plurals). */
const NUMBER_CHOICE = /\{(\w+):([^|{}]*)\|([^{}]*)\}/g;

/**
 * The text for a key in a language, with `{name}` placeholders filled in and `{name:one|other}` choices
 * made by the number given for `name`.
 */
export function translate(
  language: Language,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  return TABLES[language][key]
    .replace(NUMBER_CHOICE, (whole, name: string, one: string, other: string) =>
      name in params ? (Number(params[name]) === 1 ? one : other) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A translator bound to one language, as `useLanguage` gives it to components. */
export type Translator = (key: MessageKey, params?: Record<string, string | number>) => string;
