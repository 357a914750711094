import type { RoundReportFields } from '../model/round-report';
import { parseBahtAmount } from '../thai/amount';
import type { MatchResult } from './match-controls';

/**
 * What the page's form holds, as round-report draft fields ("Save as draft"): only the fields that have a
 * control, so a draft keeps what the page doesn't show. An amount the page holds that isn't a number is
 * left out and named, never turned into a wrong figure.
 */
export function readReportFields(match: MatchResult): {
  fields: Partial<RoundReportFields>;
  unreadable: string[];
} {
  const fields: Record<string, unknown> = {};
  const unreadable: string[] = [];
  for (const m of match.matched) {
    if (m.optionControls) {
      const chosen = [...m.optionControls].find(([, c]) => c.checked)?.[0] ?? null;
      fields[m.spec.field] = chosen;
    } else if (m.control?.type === 'checkbox') {
      fields[m.spec.field] = m.control.checked;
    } else if (m.control && m.spec.amount) {
      const text = m.control.value.trim();
      if (text === '') fields[m.spec.field] = null;
      else {
        const amount = parseBahtAmount(text);
        if (amount.ok) fields[m.spec.field] = amount.value;
        else unreadable.push(m.spec.field);
      }
    } else if (m.control) {
      fields[m.spec.field] = m.control.value;
    }
  }
  return { fields: fields as Partial<RoundReportFields>, unreadable };
}
