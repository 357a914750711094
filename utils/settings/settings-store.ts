import type { DraftStore } from '../store/draft-store';
import { META_KEYS } from '../store/meta-keys';
import { settingsFromStored, SettingsSchema, type Settings } from './settings';

/** The saved settings, defaults filling whatever is missing or unreadable. */
export async function readSettings(store: DraftStore): Promise<Settings> {
  return settingsFromStored(await store.getMeta(META_KEYS.settings));
}

/** Checks the whole of the new settings (throws a ZodError naming each bad field) before saving them. */
export async function saveSettings(store: DraftStore, settings: Settings): Promise<Settings> {
  const checked = SettingsSchema.parse(settings);
  await store.setMeta(META_KEYS.settings, checked);
  return checked;
}

/** Changes some settings, keeping the others as saved. `language: undefined` returns to the browser's. */
export async function updateSettings(store: DraftStore, change: Partial<Settings>): Promise<Settings> {
  const merged: Settings = { ...(await readSettings(store)), ...change };
  if (merged.language === undefined) delete merged.language;
  return saveSettings(store, merged);
}
