import type { Lifecycle } from '../utils/catalogue/lifecycles';
import type { MessageKey } from '../utils/i18n/strings';

const KEY_OF: Record<Lifecycle, MessageKey> = {
  draft: 'lifecycleDraft',
  ready: 'lifecycleReady',
  submitted: 'lifecycleSubmitted',
};

/** Where one round's report stands: no draft, draft, ready or submitted. */
export function LifecycleChip({
  lifecycle,
  t,
}: {
  lifecycle: Lifecycle | undefined;
  t: (key: MessageKey) => string;
}) {
  return (
    <span className={`chip chip-${lifecycle ?? 'none'}`}>
      {lifecycle ? t(KEY_OF[lifecycle]) : t('noDraft')}
    </span>
  );
}
