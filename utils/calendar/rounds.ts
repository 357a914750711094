import { z } from 'zod';
import { bangkokDateOf, startOfBangkokDay } from './bangkok';
import { beToCe } from './era';
import { fiscalYearRange } from './fiscal-year';
import {
  addDays,
  comparePlainDates,
  dayNumber,
  isValidPlainDate,
  PlainDateSchema,
  plainDateToIso,
  type PlainDate,
} from './plain-date';

/** The portal's `r` parameter: 1 = ครั้งที่ ๑ รอบ ๖ เดือน, 2 = ครั้งที่ ๒ รอบ ๑๒ เดือน. */
export type Round = 1 | 2;
export const RoundSchema = z.union([z.literal(1), z.literal(2)]);

export interface RoundSchedule {
  /** BE */
  fiscalYear: number;
  round: Round;
  periodStart: PlainDate;
  periodEnd: PlainDate;
  /** The last day a report is on time (Bangkok calendar). */
  due: PlainDate;
  /** First epoch ms that is late: 00:00 Bangkok on the day after `due`. */
  dueInstant: number;
}

/** The earliest a moved deadline may fall: this many days before its round's period ends. */
const EARLIEST_DUE_BEFORE_PERIOD_END_DAYS = 31;

/**
 * Per-fiscal-year replacements for the default due dates, because NACC has moved them before.
 * Keyed by the BE fiscal year as a string ('2570'), as JSON object keys must be.
 */
export const DeadlineOverridesSchema = z
  .record(
    z.string().regex(/^\d{4}$/, 'fiscal year must be a 4-digit Buddhist Era year such as 2570'),
    z.object({ round1: PlainDateSchema.optional(), round2: PlainDateSchema.optional() }),
  )
  .superRefine((overrides, ctx) => {
    // A due date far from its round is almost surely a typo (a CE/BE mix-up, the wrong year).
    for (const [fyKey, rounds] of Object.entries(overrides)) {
      if (!/^\d{4}$/.test(fyKey)) continue; // already reported by the key schema
      const fyBe = Number(fyKey);
      for (const round of [1, 2] as const) {
        const due = rounds[roundKey(round)];
        if (due === undefined || !isValidPlainDate(due)) continue;
        const { periodStart, periodEnd } = defaultRoundSchedule(fyBe, round);
        // A report covers its whole period, so it can't be due long before the period ends: 30/11/2569 typed
        // for the 12-month round of 2570 (which ends 30 Sep 2570) means 30/11/2570.
        const earliest = addDays(periodEnd, -EARLIEST_DUE_BEFORE_PERIOD_END_DAYS);
        const latest = addDays(periodEnd, 366);
        if (comparePlainDates(due, earliest) < 0 || comparePlainDates(due, latest) > 0) {
          ctx.addIssue({
            code: 'custom',
            path: [fyKey, roundKey(round)],
            message: `round ${round} of fiscal year ${fyKey} covers ${plainDateToIso(periodStart)} to ${plainDateToIso(periodEnd)}; a due date of ${plainDateToIso(due)} is more than ${EARLIEST_DUE_BEFORE_PERIOD_END_DAYS} days before it ends or more than a year after`,
          });
        }
      }
    }
  });
export type DeadlineOverrides = z.infer<typeof DeadlineOverridesSchema>;

/** The message key naming a round (รอบ 6 เดือน / รอบ 12 เดือน). */
export function roundKey(round: Round): 'round1' | 'round2' {
  return round === 1 ? 'round1' : 'round2';
}

/** The circular's defaults: round 1 by the end of April, round 2 by the end of October after the year. */
function defaultRoundSchedule(
  fyBe: number,
  round: Round,
): Pick<RoundSchedule, 'periodStart' | 'periodEnd' | 'due'> {
  const { start, end } = fiscalYearRange(fyBe);
  const endCe = beToCe(fyBe);
  return round === 1
    ? {
        periodStart: start,
        periodEnd: { year: endCe, month: 3, day: 31 },
        due: { year: endCe, month: 4, day: 30 },
      }
    : { periodStart: start, periodEnd: end, due: { year: endCe, month: 10, day: 31 } };
}

export function roundSchedule(fyBe: number, round: Round, overrides?: DeadlineOverrides): RoundSchedule {
  if (round !== 1 && round !== 2) throw new RangeError(`round must be 1 or 2, got ${String(round)}`);
  const defaults = defaultRoundSchedule(fyBe, round);
  const override = overrides?.[String(fyBe)]?.[roundKey(round)];
  if (override !== undefined && !isValidPlainDate(override)) {
    throw new RangeError(
      `override for FY ${fyBe} round ${round} is not a real date: ${JSON.stringify(override)}`,
    );
  }
  const due = override ?? defaults.due;
  return {
    fiscalYear: fyBe,
    round,
    periodStart: defaults.periodStart,
    periodEnd: defaults.periodEnd,
    due: { ...due },
    dueInstant: startOfBangkokDay(addDays(due, 1)),
  };
}

export function roundsOfFiscalYear(
  fyBe: number,
  overrides?: DeadlineOverrides,
): [RoundSchedule, RoundSchedule] {
  return [roundSchedule(fyBe, 1, overrides), roundSchedule(fyBe, 2, overrides)];
}

/** Late from 00:00 Bangkok on the day after the due date; 23:59:59.999 on the due day is still on time. */
export function isLate(instantMs: number, schedule: RoundSchedule): boolean {
  return instantMs >= schedule.dueInstant;
}

/** Whole Bangkok calendar days until `due`: 0 on the due day, 1 the day before, -1 the day after. */
export function daysLeft(nowMs: number, due: PlainDate): number {
  return dayNumber(due) - dayNumber(bangkokDateOf(nowMs));
}
