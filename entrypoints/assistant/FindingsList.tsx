import type { MessageKey } from '../../utils/i18n/strings';
import { findingMessage, type Finding } from '../../utils/rules/rule';

interface Props {
  findings: readonly Finding[];
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  /** Scrolls to and focuses the finding's control on the page. */
  onShow: (finding: Finding) => void;
}

/** Each problem the checks found, errors first as the rules order them; each one leads to its control. */
export function FindingsList({ findings, t, onShow }: Props) {
  return (
    <ul className="findings">
      {findings.map((f, i) => (
        <li key={`${f.ruleId}-${i}`} className={`finding ${f.severity}`} data-rule={f.ruleId}>
          <button type="button" onClick={() => onShow(f)}>
            <strong>{t(f.severity === 'error' ? 'severityError' : 'severityWarning')}:</strong>{' '}
            {findingMessage(f, t)}
          </button>
        </li>
      ))}
    </ul>
  );
}
