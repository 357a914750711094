import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsFromStored, SettingsSchema } from '../../../utils/settings/settings';
import { readSettings, saveSettings, updateSettings } from '../../../utils/settings/settings-store';
import { DraftStore } from '../../../utils/store/draft-store';
import { META_KEYS } from '../../../utils/store/meta-keys';
import { freshDbName } from '../sample-drafts';

describe('settings', () => {
  it('defaults to a 30-day window, leads of 14, 7, 3, 1 days and the due day, daily while overdue', () => {
    expect(settingsFromStored(undefined)).toEqual({
      warningDays: 30,
      leadDays: [14, 7, 3, 1, 0],
      remindWhileOverdue: true,
      quiet: false,
      deadlineOverrides: {},
    });
  });

  it('keeps every readable field of damaged settings and defaults the rest', () => {
    expect(
      settingsFromStored({
        warningDays: 45,
        leadDays: 'often',
        quiet: true,
        language: 'fr',
        deadlineOverrides: { '2570': { round1: { year: 2027, month: 2, day: 30 } } },
        unknown: 1,
      }),
    ).toEqual({ ...DEFAULT_SETTINGS, warningDays: 45, quiet: true });
    expect(settingsFromStored('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every readable moved deadline when others are damaged or refused (a year-early typo)', () => {
    const moved = { year: 2027, month: 5, day: 15 };
    expect(
      settingsFromStored({
        ...DEFAULT_SETTINGS,
        deadlineOverrides: {
          '2570': { round1: moved, round2: { year: 2027, month: 2, day: 30 } },
          '2571': { round2: 'soon', round1: { year: 2027, month: 3, day: 31 } },
          '2569': { round2: { year: 2026, month: 11, day: 15 } },
        },
      }).deadlineOverrides,
    ).toEqual({ '2570': { round1: moved }, '2569': { round2: { year: 2026, month: 11, day: 15 } } });
  });

  it('refuses to save what the schema refuses, naming the field', () => {
    const bad = SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, warningDays: 0, leadDays: [-1] });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join('.'))).toEqual(['warningDays', 'leadDays.0']);
    // Lead times are kept unique and furthest first.
    expect(SettingsSchema.parse({ ...DEFAULT_SETTINGS, leadDays: [1, 7, 1, 0] }).leadDays).toEqual([7, 1, 0]);
  });

  it('saves, updates one field, and returns to the browser language', async () => {
    const store = await DraftStore.open(freshDbName());
    await expect(saveSettings(store, { ...DEFAULT_SETTINGS, warningDays: -3 })).rejects.toThrow(
      /warningDays/,
    );
    expect(await store.getMeta(META_KEYS.settings)).toBeUndefined();
    await saveSettings(store, { ...DEFAULT_SETTINGS, warningDays: 20, language: 'en' });
    await updateSettings(store, { quiet: true });
    expect(await readSettings(store)).toEqual({
      ...DEFAULT_SETTINGS,
      warningDays: 20,
      language: 'en',
      quiet: true,
    });
    await updateSettings(store, { language: undefined });
    expect(await store.getMeta(META_KEYS.settings)).not.toHaveProperty('language');
  });
});
