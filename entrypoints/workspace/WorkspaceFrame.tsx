import type { ReactNode } from 'react';
import { LANGUAGES, type Language } from '../../utils/i18n/language';
import { withEnglish } from '../../utils/i18n/accessible-name';
import type { Translator } from '../../utils/i18n/translate';

interface Props {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translator;
  /** What the page shows: the plan, a form, the trash, the unit chooser. */
  children: ReactNode;
}

/**
 * The workspace page around what it shows: its title and the language switch. The page (App.tsx) and the
 * background's drawing of the plan (plan-markup.tsx) both draw it, so the two give the same markup.
 */
export function WorkspaceFrame({ language, setLanguage, t, children }: Props) {
  return (
    <div className="page">
      <header className="top">
        <div>
          <h1>
            <a href="#" className="home-link">
              {t('appName')}
            </a>
          </h1>
          <p className="muted">{t('appTagline')}</p>
        </div>
        <label className="language">
          {t('language')}{' '}
          <select
            aria-label={withEnglish(t('language'), 'Language')}
            value={language}
            onChange={(e) => setLanguage(e.currentTarget.value as Language)}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {l === 'th' ? 'ไทย' : 'English'}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main>{children}</main>
    </div>
  );
}
