import { useCallback, useEffect, useState } from 'react';
import { readSettings, updateSettings } from '../settings/settings-store';
import { META_KEYS } from '../store/meta-keys';
import { openSharedStore } from '../store/open-shared-store';
import { onStoreChange } from '../store/store-changes';
import type { MessageKey } from './strings';
import { languageFromBrowser, translate, type Language } from './translate';

/** This page's copy of the setting, so the first paint is already in the right language. */
const STORAGE_KEY = 'eplan-language';

// An extension page framed by the portal (the assistant) is a third-party context: Chrome denies it
// localStorage, and reading it throws. The cache is only for the first paint, so it is optional.
function readCachedLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function writeCachedLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // See readCachedLanguage.
  }
}

async function savedLanguage(): Promise<Language | undefined> {
  return (await readSettings(await openSharedStore())).language;
}

/**
 * The page's language and a translator bound to it. The saved setting (META_KEYS.settings, which the
 * background's notifications follow too) wins; until it is read, this page's last copy, else the browser's.
 * Switching saves the setting, and every open page follows.
 */
export function useLanguage() {
  const [language, setLanguageState] = useState<Language>(() => {
    const cached = readCachedLanguage();
    return cached === 'th' || cached === 'en' ? cached : languageFromBrowser(navigator.languages);
  });
  useEffect(() => {
    let current = true;
    const follow = () =>
      savedLanguage().then(
        (saved) => current && setLanguageState(saved ?? languageFromBrowser(navigator.languages)),
        () => undefined, // unreadable store: keep what the page shows
      );
    void follow();
    const stop = onStoreChange((change) => {
      if (change.kind === 'all' || (change.kind === 'meta' && change.id === META_KEYS.settings))
        void follow();
    });
    return () => {
      current = false;
      stop();
    };
  }, []);
  useEffect(() => {
    document.documentElement.lang = language;
    writeCachedLanguage(language);
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    void openSharedStore()
      .then((store) => updateSettings(store, { language: next }))
      .catch(() => undefined); // the page still switches; the setting is saved next time
  }, []);
  const t = useCallback(
    (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params),
    [language],
  );
  return { language, setLanguage, t };
}
