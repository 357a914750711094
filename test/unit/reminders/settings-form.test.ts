import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../utils/settings/settings';
import {
  editableFiscalYears,
  formFromSettings,
  settingsFromForm,
  type SettingsForm,
} from '../../../utils/settings/settings-form';
import { bangkok } from './fixtures';

const now = bangkok('2026-11-22 09:00');
const label = (fy: number, round: number) => `FY ${fy} round ${round}`;

function form(change: Partial<SettingsForm> = {}): SettingsForm {
  return { ...formFromSettings(DEFAULT_SETTINGS, '3100300', now), ...change };
}

describe('the settings page', () => {
  it('offers last, this and next fiscal year for moved deadlines', () => {
    expect(editableFiscalYears(now)).toEqual([2569, 2570, 2571]);
    expect(Object.keys(form().deadlines)).toEqual([
      'deadline-2569-1',
      'deadline-2569-2',
      'deadline-2570-1',
      'deadline-2570-2',
      'deadline-2571-1',
      'deadline-2571-2',
    ]);
  });

  it('reads a moved deadline typed as Thai documents write dates, and keeps other years as saved', () => {
    const saved = {
      ...DEFAULT_SETTINGS,
      deadlineOverrides: { '2565': { round2: { year: 2022, month: 11, day: 15 } } },
    };
    const result = settingsFromForm(
      form({ deadlines: { 'deadline-2570-1': '๑๕ พฤษภาคม ๒๕๗๐', 'deadline-2570-2': '31/10/2570' } }),
      saved,
      now,
      label,
    );
    expect(result).toEqual({
      ok: true,
      unitCode: '3100300',
      settings: {
        ...DEFAULT_SETTINGS,
        deadlineOverrides: {
          '2565': { round2: { year: 2022, month: 11, day: 15 } },
          // 31/10/2570 is the circular's own date: not an override.
          '2570': { round1: { year: 2027, month: 5, day: 15 } },
        },
      },
    });
    expect(
      formFromSettings(result.ok ? result.settings : DEFAULT_SETTINGS, '3100300', now).deadlines[
        'deadline-2570-1'
      ],
    ).toBe('15/05/2570');
  });

  it('reads the warning days typed in Thai digits', () => {
    const result = settingsFromForm(form({ warningDays: ' ๑๔ ' }), DEFAULT_SETTINGS, now, label);
    expect(result.ok && result.settings.warningDays).toBe(14);
  });

  it('lists every problem with the field to fix, and saves nothing', () => {
    const result = settingsFromForm(
      form({
        warningDays: '0',
        deadlines: { 'deadline-2570-1': '31/02/2570', 'deadline-2571-2': '1/1/2560' },
      }),
      DEFAULT_SETTINGS,
      now,
      label,
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { key: 'settingsBadWarningDays', params: { max: 120 }, field: 'warning-days' },
        {
          key: 'settingsBadDate',
          params: { field: 'FY 2570 round 1', text: '31/02/2570' },
          field: 'deadline-2570-1',
        },
        {
          key: 'settingsImplausibleDate',
          params: { field: 'FY 2571 round 2', date: '1 ม.ค. 2560' },
          field: 'deadline-2571-2',
        },
      ],
    });
  });

  it('refuses a moved 12-month deadline typed with the year before (30/11/2569 for 2570)', () => {
    const typed = settingsFromForm(
      form({ deadlines: { 'deadline-2570-2': '30/11/2569' } }),
      DEFAULT_SETTINGS,
      now,
      label,
    );
    expect(typed).toEqual({
      ok: false,
      problems: [
        {
          key: 'settingsImplausibleDate',
          params: { field: 'FY 2570 round 2', date: '30 พ.ย. 2569' },
          field: 'deadline-2570-2',
        },
      ],
    });
    const meant = settingsFromForm(
      form({ deadlines: { 'deadline-2570-2': '30/11/2570' } }),
      DEFAULT_SETTINGS,
      now,
      label,
    );
    expect(meant.ok && meant.settings.deadlineOverrides).toEqual({
      '2570': { round2: { year: 2027, month: 11, day: 30 } },
    });
  });

  it('saves the language choice, or none to follow the browser', () => {
    const english = settingsFromForm(form({ language: 'en' }), DEFAULT_SETTINGS, now, label);
    expect(english.ok && english.settings.language).toBe('en');
    const browser = settingsFromForm(
      form({ language: 'browser', leadDays: [1, 7, 1] }),
      DEFAULT_SETTINGS,
      now,
      label,
    );
    expect(browser.ok && browser.settings).toEqual({ ...DEFAULT_SETTINGS, leadDays: [7, 1] });
  });
});
