import { ASSISTANT_STRINGS } from './strings/assistant';
import { BMA_IMPORT_STRINGS } from './strings/bma-import';
import { CSV_IMPORT_STRINGS } from './strings/csv-import';
import { DRAFT_EDITOR_STRINGS } from './strings/draft-editor';
import { DRAFT_FIELD_STRINGS } from './strings/draft-fields';
import { HISTORY_STRINGS } from './strings/history';
import { RULE_STRINGS } from './strings/rules';
import { REMINDERS_STRINGS } from './strings/reminders';
import { WORKSPACE_STRINGS } from './strings/workspace';
import { WORKSPACE_IMPORT_STRINGS } from './strings/workspace-import';

// Every user-facing string, Thai first. Each feature keeps its strings in strings/<feature>.ts; this file
// joins them. A key used by two features is a mistake the test in test/unit/i18n.test.ts catches.
const FEATURES = [
  WORKSPACE_STRINGS,
  RULE_STRINGS,
  ASSISTANT_STRINGS,
  BMA_IMPORT_STRINGS,
  REMINDERS_STRINGS,
  WORKSPACE_IMPORT_STRINGS,
  DRAFT_FIELD_STRINGS,
  DRAFT_EDITOR_STRINGS,
  HISTORY_STRINGS,
  CSV_IMPORT_STRINGS,
] as const;

type Feature = (typeof FEATURES)[number];
type KeysOf<F> = F extends { th: Record<infer K, string> } ? K : never;
export type MessageKey = KeysOf<Feature>;

export const TH = Object.assign({}, ...FEATURES.map((f) => f.th)) as Record<MessageKey, string>;
export const EN = Object.assign({}, ...FEATURES.map((f) => f.en)) as Record<MessageKey, string>;
export const FEATURE_STRING_TABLES: readonly { th: Record<string, string>; en: Record<string, string> }[] =
  FEATURES;
