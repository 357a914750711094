import { useEffect, useState } from 'react';
import { roundSchedule } from '../../utils/calendar/rounds';
import { UNITS } from '../../utils/catalogue/units';
import { useLanguage } from '../../utils/i18n/use-language';
import { roundName, shortDate } from '../../utils/reminders/deadline-text';
import type { Settings } from '../../utils/settings/settings';
import {
  deadlineFieldId,
  editableFiscalYears,
  formFromSettings,
  LEAD_DAY_CHOICES,
  settingsFromForm,
  type FormProblem,
  type SettingsForm,
} from '../../utils/settings/settings-form';
import { readSettings, saveSettings } from '../../utils/settings/settings-store';
import type { DraftStore } from '../../utils/store/draft-store';
import { META_KEYS } from '../../utils/store/meta-keys';
import { openSharedStore } from '../../utils/store/open-shared-store';
import { withEnglish } from '../../utils/i18n/accessible-name';

interface Loaded {
  store: DraftStore;
  saved: Settings;
}

/** Settings: the unit, the language, when to remind, and deadlines NACC moved. Saved together, checked first. */
export function SettingsPage() {
  const { language, t } = useLanguage();
  const [now] = useState(() => Date.now());
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [savedNote, setSavedNote] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    (async () => {
      const store = await openSharedStore();
      const [saved, unitCode] = await Promise.all([
        readSettings(store),
        store.getMeta<unknown>(META_KEYS.unitCode),
      ]);
      if (!current) return;
      setLoaded({ store, saved });
      setForm(formFromSettings(saved, typeof unitCode === 'string' ? unitCode : undefined, now));
    })().catch((e: unknown) => current && setError((e as Error).message));
    return () => {
      current = false;
    };
  }, [now]);

  const update = (change: Partial<SettingsForm>) => {
    setSavedNote(false);
    setForm((f) => (f ? { ...f, ...change } : f));
  };

  async function save() {
    if (!loaded || !form) return;
    const result = settingsFromForm(form, loaded.saved, now, (fiscalYear, round) =>
      roundName(language, { fiscalYear, round }),
    );
    if (!result.ok) {
      setProblems(result.problems);
      setSavedNote(false);
      return;
    }
    setProblems([]);
    try {
      if (result.unitCode) await loaded.store.setMeta(META_KEYS.unitCode, result.unitCode);
      const saved = await saveSettings(loaded.store, result.settings);
      setLoaded({ ...loaded, saved });
      setSavedNote(true);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  const invalid = (field: string) => problems.some((p) => p.field === field) || undefined;
  const leadChoices = form ? [...new Set([...LEAD_DAY_CHOICES, ...form.leadDays])].sort((a, b) => b - a) : [];

  return (
    <div className="page">
      <h1>{t('settingsHeading')}</h1>
      {error && <p role="alert">{t('storeError', { message: error })}</p>}
      {!form && !error && <p>{t('loading')}</p>}
      {form && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          noValidate
        >
          <fieldset className="panel">
            <legend>{t('settingsGeneral')}</legend>
            <label className="field" htmlFor="unit">
              <span>{t('unit')}</span>
              <select
                id="unit"
                aria-invalid={invalid('unit')}
                value={form.unitCode}
                onChange={(e) => update({ unitCode: e.currentTarget.value })}
              >
                <option value="">{t('settingsChooseUnit')}</option>
                <optgroup label={t('settingsCentralUnits')}>
                  {UNITS.filter((u) => u.kind === 'central').map((u) => (
                    <option key={u.code} value={u.code}>
                      {u.nameTh} ({u.code})
                    </option>
                  ))}
                </optgroup>
                <optgroup label={t('settingsDistrictUnits')}>
                  {UNITS.filter((u) => u.kind === 'district').map((u) => (
                    <option key={u.code} value={u.code}>
                      {u.nameTh} ({u.code})
                    </option>
                  ))}
                </optgroup>
              </select>
              <small className="muted">{t('settingsUnitHint')}</small>
            </label>
            <label className="field" htmlFor="language">
              <span>{t('language')}</span>
              <select
                id="language"
                value={form.language}
                onChange={(e) => update({ language: e.currentTarget.value as SettingsForm['language'] })}
              >
                <option value="th">ไทย</option>
                <option value="en">English</option>
                <option value="browser">{t('settingsLanguageOfBrowser')}</option>
              </select>
            </label>
          </fieldset>

          <fieldset className="panel">
            <legend>{t('settingsReminders')}</legend>
            <label className="field" htmlFor="warning-days">
              <span>{t('settingsWarningDays')}</span>
              <input
                id="warning-days"
                aria-invalid={invalid('warning-days')}
                inputMode="numeric"
                size={4}
                value={form.warningDays}
                onChange={(e) => update({ warningDays: e.currentTarget.value })}
              />
            </label>
            <fieldset className="choices">
              <legend>{t('settingsLeadDays')}</legend>
              {leadChoices.map((days) => (
                <label key={days} className="choice">
                  <input
                    type="checkbox"
                    checked={form.leadDays.includes(days)}
                    onChange={(e) => {
                      const checked = e.currentTarget.checked;
                      update({
                        leadDays: checked
                          ? [...form.leadDays, days]
                          : form.leadDays.filter((d) => d !== days),
                      });
                    }}
                  />
                  {days === 0
                    ? t('settingsLeadOnTheDay')
                    : t(days === 1 ? 'settingsLeadOneDay' : 'settingsLeadDaysBefore', { days })}
                </label>
              ))}
            </fieldset>
            <label className="choice">
              <input
                type="checkbox"
                checked={form.remindWhileOverdue}
                onChange={(e) => update({ remindWhileOverdue: e.currentTarget.checked })}
              />
              {t('settingsRemindWhileOverdue')}
            </label>
            <label className="choice">
              <input
                type="checkbox"
                checked={form.quiet}
                onChange={(e) => update({ quiet: e.currentTarget.checked })}
              />
              {t('settingsQuiet')}
            </label>
          </fieldset>

          <fieldset className="panel">
            <legend>{t('settingsDeadlines')}</legend>
            <p className="muted">{t('settingsDeadlinesHint')}</p>
            <div className="deadlines">
              {editableFiscalYears(now).flatMap((fiscalYear) =>
                ([1, 2] as const).map((round) => {
                  const id = deadlineFieldId(fiscalYear, round);
                  const circular = shortDate(language, roundSchedule(fiscalYear, round).due);
                  return (
                    <label key={id} className="field" htmlFor={id}>
                      <span>{roundName(language, { fiscalYear, round })}</span>
                      <input
                        id={id}
                        aria-invalid={invalid(id)}
                        size={12}
                        value={form.deadlines[id] ?? ''}
                        placeholder={circular}
                        aria-describedby={`${id}-default`}
                        onChange={(e) =>
                          update({ deadlines: { ...form.deadlines, [id]: e.currentTarget.value } })
                        }
                      />
                      <small id={`${id}-default`} className="muted">
                        {t('settingsDefaultDue', { date: circular })}
                      </small>
                    </label>
                  );
                }),
              )}
            </div>
          </fieldset>

          {problems.length > 0 && (
            <div role="alert" className="problems">
              <p>{t('settingsNotSaved')}</p>
              <ul>
                {problems.map((p) => (
                  <li key={`${p.field}-${p.key}`}>
                    <a
                      href={`#${p.field}`}
                      onClick={(e) => {
                        e.preventDefault();
                        document.getElementById(p.field)?.focus();
                      }}
                    >
                      {t(p.key, p.params)}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className="row">
            <button
              type="submit"
              className="primary"
              aria-label={withEnglish(t('settingsSave'), 'Save settings')}
            >
              {t('settingsSave')}
            </button>
            <p role="status" className="ok">
              {savedNote ? t('settingsSaved') : ''}
            </p>
          </div>
        </form>
      )}
    </div>
  );
}
