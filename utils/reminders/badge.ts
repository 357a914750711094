import { translate } from '../i18n/translate';
import { type Language } from '../i18n/language';
import { deadlineLine, outstandingLine } from './deadline-text';
import type { RoundStanding } from './round-standing';

/** Amber from a week before the due day. */
export const SOON_DAYS = 7;

export type BadgeTone = 'overdue' | 'soon' | 'calm';

/** How pressing one deadline is: overdue, due within a week (the due day included), or not yet. */
export function deadlineTone(daysLeft: number): BadgeTone {
  return daysLeft < 0 ? 'overdue' : daysLeft <= SOON_DAYS ? 'soon' : 'calm';
}

/**
 * Badge colours: red when anything is overdue, amber within a week, a calm slate blue otherwise. Text colours
 * keep each readable (white on amber would be 2:1; dark on amber is over 9:1).
 */
export const BADGE_COLOURS: Record<BadgeTone, { background: string; text: string }> = {
  overdue: { background: '#C62828', text: '#FFFFFF' },
  soon: { background: '#FFB300', text: '#1F1300' },
  calm: { background: '#3E5C76', text: '#FFFFFF' },
};

export interface BadgeView {
  /** The number of outstanding reports; '' shows no badge. */
  text: string;
  tone: BadgeTone | null;
  /** The toolbar button's tooltip: Thai first, then English when that is the interface language. */
  title: string;
}

export interface BadgeOptions {
  warningDays: number;
  language: Language;
}

/** Rounds the badge counts: something outstanding, and overdue or due within the warning window. */
export function roundsOnBadge(standings: readonly RoundStanding[], warningDays: number): RoundStanding[] {
  return standings.filter((s) => s.outstanding > 0 && (s.overdue || s.daysLeft <= warningDays));
}

/** The toolbar badge for the rounds as they stand. Pure: the background paints it (chrome-reminders.ts). */
export function badgeView(standings: readonly RoundStanding[], options: BadgeOptions): BadgeView {
  const counted = roundsOnBadge(standings, options.warningDays);
  const total = counted.reduce((sum, s) => sum + s.outstanding, 0);
  // The most pressing counted round sets the colour.
  const tone = total === 0 ? null : deadlineTone(Math.min(...counted.map((s) => s.daysLeft)));
  const languages: Language[] = options.language === 'th' ? ['th'] : ['th', options.language];
  const title = languages
    .map((language) => titleIn(language, standings, counted, options.warningDays))
    .join('\n\n');
  return { text: total === 0 ? '' : total > 999 ? '999+' : String(total), tone, title };
}

function titleIn(
  language: Language,
  standings: readonly RoundStanding[],
  counted: readonly RoundStanding[],
  warningDays: number,
): string {
  const lines = [translate(language, 'appName')];
  if (counted.length === 0) {
    lines.push(translate(language, 'reminderNothingDue', { days: warningDays }));
    // Still name the next deadline, so the tooltip answers "when is the next one?".
    const next = standings.find((s) => !s.overdue);
    if (next) {
      const deadline = deadlineLine(language, next.schedule, next.daysLeft);
      lines.push(translate(language, 'reminderNext', { deadline }));
    }
    return lines.join('\n');
  }
  // Earliest due first: an overdue round before one still to come.
  for (const s of counted) {
    lines.push(deadlineLine(language, s.schedule, s.daysLeft), outstandingLine(language, s.counts));
  }
  return lines.join('\n');
}
