import { useEffect, useRef } from 'react';
import type { MessageKey } from '../../utils/i18n/strings';
import type { CheckResult } from '../../utils/rules/check-report';
import type { Finding } from '../../utils/rules/rule';
import { FindingsList } from './FindingsList';

interface Props {
  result: CheckResult;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  onShow: (finding: Finding) => void;
  onDecide: (decision: 'submit' | 'back') => void;
}

/** "Review before submit": with errors only "Go back"; with warnings also "Submit anyway". */
export function ReviewDialog({ result, t, onShow, onDecide }: Props) {
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => back.current?.focus(), []);
  return (
    <div className="backdrop" onKeyDown={(e) => e.key === 'Escape' && onDecide('back')}>
      <div role="dialog" aria-modal="true" aria-labelledby="review-title" className="dialog">
        <h2 id="review-title">
          {t('reviewTitle')} <span className="sr-en">(Review before submit)</span>
        </h2>
        <p>{result.canSubmit ? t('reviewOnlyWarnings') : t('reviewHasErrors')}</p>
        <FindingsList findings={result.findings} t={t} onShow={onShow} />
        <div className="actions">
          <button
            ref={back}
            type="button"
            aria-label={`${t('goBack')} (Go back)`}
            onClick={() => onDecide('back')}
          >
            {t('goBack')}
          </button>
          {result.canSubmit && (
            <button
              type="button"
              className="primary"
              aria-label={`${t('submitAnyway')} (Submit anyway)`}
              onClick={() => onDecide('submit')}
            >
              {t('submitAnyway')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
