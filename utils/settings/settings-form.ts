import { fiscalYearOf } from '../calendar/fiscal-year';
import { plainDateToIso, type PlainDate } from '../calendar/plain-date';
import {
  DeadlineOverridesSchema,
  roundSchedule,
  type DeadlineOverrides,
  type Round,
} from '../calendar/rounds';
import { KnownUnitCodeSchema } from '../catalogue/units';
import type { MessageKey } from '../i18n/strings';
import { formatThaiDate, parseThaiDate } from '../thai/date';
import { thaiDigitsToAscii } from '../thai/digits';
import { MAX_WARNING_DAYS, type Settings } from './settings';

/** Lead times the settings page offers as tick boxes (any others already saved are shown too). */
export const LEAD_DAY_CHOICES: readonly number[] = [30, 14, 7, 3, 1, 0];

/** What the settings page holds while the user edits: text as typed, ticks as ticked. */
export interface SettingsForm {
  unitCode: string;
  language: 'th' | 'en' | 'browser';
  warningDays: string;
  leadDays: number[];
  remindWhileOverdue: boolean;
  quiet: boolean;
  /** Override text by `2570-1` / `2570-2`; empty = the circular's date. */
  deadlines: Record<string, string>;
}

export interface FormProblem {
  key: MessageKey;
  params: Record<string, string | number>;
  /** The input to focus, by its id on the page. */
  field: string;
}

export type FormResult =
  { ok: true; settings: Settings; unitCode: string | undefined } | { ok: false; problems: FormProblem[] };

/** The fiscal years whose deadlines the page offers to move: last year's, this year's and next year's. */
export function editableFiscalYears(nowMs: number): number[] {
  const fy = fiscalYearOf(nowMs);
  return [fy - 1, fy, fy + 1];
}

export function deadlineFieldId(fiscalYear: number, round: Round): string {
  return `deadline-${fiscalYear}-${round}`;
}

/** The page's starting state from what is saved. Moved deadlines are shown as the circular writes dates. */
export function formFromSettings(
  settings: Settings,
  unitCode: string | undefined,
  nowMs: number,
): SettingsForm {
  const deadlines: Record<string, string> = {};
  for (const fy of editableFiscalYears(nowMs)) {
    for (const round of [1, 2] as const) {
      const moved = settings.deadlineOverrides[String(fy)]?.[round === 1 ? 'round1' : 'round2'];
      deadlines[deadlineFieldId(fy, round)] = moved ? formatThaiDate(moved, { month: 'numeric' }) : '';
    }
  }
  return {
    unitCode: unitCode ?? '',
    language: settings.language ?? 'browser',
    warningDays: String(settings.warningDays),
    leadDays: [...settings.leadDays],
    remindWhileOverdue: settings.remindWhileOverdue,
    quiet: settings.quiet,
    deadlines,
  };
}

/**
 * Checks the page and makes the settings to save, or lists every problem (each with the field to fix).
 * Deadlines of years the page does not show are kept as they were; a date equal to the circular's is not
 * an override.
 */
export function settingsFromForm(
  form: SettingsForm,
  saved: Settings,
  nowMs: number,
  roundLabel: (fiscalYear: number, round: Round) => string,
): FormResult {
  const problems: FormProblem[] = [];

  const unit = form.unitCode === '' ? undefined : KnownUnitCodeSchema.safeParse(form.unitCode);
  if (unit && !unit.success) problems.push({ key: 'settingsChooseUnit', params: {}, field: 'unit' });

  const warningDaysText = thaiDigitsToAscii(form.warningDays.trim());
  const warningDays = Number(warningDaysText);
  if (!/^\d+$/.test(warningDaysText) || warningDays < 1 || warningDays > MAX_WARNING_DAYS) {
    problems.push({
      key: 'settingsBadWarningDays',
      params: { max: MAX_WARNING_DAYS },
      field: 'warning-days',
    });
  }

  const overrides: DeadlineOverrides = {};
  const shown = editableFiscalYears(nowMs);
  for (const [fy, rounds] of Object.entries(saved.deadlineOverrides)) {
    if (!shown.includes(Number(fy))) overrides[fy] = rounds;
  }
  for (const fy of shown) {
    for (const round of [1, 2] as const) {
      const field = deadlineFieldId(fy, round);
      const text = (form.deadlines[field] ?? '').trim();
      if (text === '') continue;
      const parsed = parseThaiDate(text);
      if (!parsed.ok) {
        problems.push({ key: 'settingsBadDate', params: { field: roundLabel(fy, round), text }, field });
        continue;
      }
      if (sameDay(parsed.value, roundSchedule(fy, round).due)) continue;
      overrides[String(fy)] = { ...overrides[String(fy)], [round === 1 ? 'round1' : 'round2']: parsed.value };
    }
  }
  const checkedOverrides = DeadlineOverridesSchema.safeParse(overrides);
  if (!checkedOverrides.success) {
    for (const issue of checkedOverrides.error.issues) {
      const [fy, roundKey] = issue.path;
      const round: Round = roundKey === 'round2' ? 2 : 1;
      const date = overrides[String(fy)]?.[round === 1 ? 'round1' : 'round2'];
      problems.push({
        key: 'settingsImplausibleDate',
        params: {
          field: roundLabel(Number(fy), round),
          date: date ? formatThaiDate(date, { month: 'short' }) : '',
        },
        field: deadlineFieldId(Number(fy), round),
      });
    }
  }

  if (problems.length > 0) return { ok: false, problems };
  const settings: Settings = {
    warningDays,
    leadDays: [...new Set(form.leadDays)].sort((a, b) => b - a),
    remindWhileOverdue: form.remindWhileOverdue,
    quiet: form.quiet,
    deadlineOverrides: overrides,
    ...(form.language === 'browser' ? {} : { language: form.language }),
  };
  return { ok: true, settings, unitCode: unit?.success ? unit.data : undefined };
}

function sameDay(a: PlainDate, b: PlainDate): boolean {
  return plainDateToIso(a) === plainDateToIso(b);
}
