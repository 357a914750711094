import type { Translator } from '../utils/i18n/translate';
import { readAmount } from '../utils/rules/normalise-amounts';

/**
 * Under an amount field: what the portal will receive (`50000`), that it takes no satang, or, until the text
 * reads as an amount, what may be typed.
 */
export function AmountHint({ typed, t }: { typed: string; t: Translator }) {
  const reading = readAmount(typed);
  if (reading.state === 'fractional') return <span className="field-warning">{t('portalNoSatang')}</span>;
  if (reading.state !== 'whole') return <>{t('amountHint')}</>;
  return (
    <span>
      {t('portalWillReceive')} <code>{reading.portalValue}</code>
    </span>
  );
}
