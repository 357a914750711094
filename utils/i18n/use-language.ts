import { useCallback, useEffect, useState } from 'react';
import type { MessageKey } from './strings';
import { languageFromBrowser, translate, type Language } from './translate';

const STORAGE_KEY = 'eplan-language';

/** The page's language (the browser's, unless the user switched) and a translator bound to it. */
export function useLanguage() {
  const [language, setLanguage] = useState<Language>(() => {
    const saved = localStorage.getItem(STORAGE_KEY);
    return saved === 'th' || saved === 'en' ? saved : languageFromBrowser(navigator.languages);
  });
  useEffect(() => {
    document.documentElement.lang = language;
    localStorage.setItem(STORAGE_KEY, language);
  }, [language]);
  const t = useCallback(
    (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params),
    [language],
  );
  return { language, setLanguage, t };
}
