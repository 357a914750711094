/** The interface's languages: Thai first, English second. */
export type Language = 'th' | 'en';
export const LANGUAGES: readonly Language[] = ['th', 'en'];

/** Thai unless the browser prefers English (the users are Thai civil servants). */
export function languageFromBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'th') return 'th';
    if (base === 'en') return 'en';
  }
  return 'th';
}

/** Each extension page's copy of the language setting, so its first paint is already in the right one. */
const CACHE_KEY = 'eplan-language';

// An extension page framed by the portal (the assistant) is a third-party context: Chrome denies it
// localStorage, and reading it throws. The copy is only for the first paint, so it is optional.

/** The language a page paints first in, before the saved setting is read: its last copy, else the browser's. */
export function firstPaintLanguage(): Language {
  let cached: string | null = null;
  try {
    cached = localStorage.getItem(CACHE_KEY);
  } catch {
    // See above.
  }
  return cached === 'th' || cached === 'en' ? cached : languageFromBrowser(navigator.languages);
}

/** Keeps the page's copy of the language it shows. */
export function rememberPageLanguage(language: Language): void {
  try {
    localStorage.setItem(CACHE_KEY, language);
  } catch {
    // See above.
  }
}
