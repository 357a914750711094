import { useCallback, useEffect, useState } from 'react';
import { readSettings, updateSettings } from '../settings/settings-store';
import { META_KEYS } from '../store/meta-keys';
import { openSharedStore } from '../store/open-shared-store';
import { onStoreChange } from '../store/store-changes';
import type { MessageKey } from './strings';
import { firstPaintLanguage, languageFromBrowser, rememberPageLanguage, type Language } from './language';
import { translate } from './translate';

async function savedLanguage(): Promise<Language | undefined> {
  return (await readSettings(await openSharedStore())).language;
}

/**
 * The page's language and a translator bound to it. The saved setting (META_KEYS.settings, which the
 * background's notifications follow too) wins; until it is read, this page's last copy, else the browser's.
 * Switching saves the setting, and every open page follows.
 */
export function useLanguage() {
  const [language, setLanguageState] = useState<Language>(firstPaintLanguage);
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
    rememberPageLanguage(language);
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
