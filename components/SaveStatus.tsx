import type { Translator } from '../utils/i18n/translate';
import type { Language } from '../utils/i18n/language';
import { formatInstant } from '../utils/i18n/format-instant';
import type { SaveState } from './use-autosave';

/** "Saved 14:05", "Saving…", "Not saved: …", always visible beside the form, read out when it changes. */
export function SaveStatus({ state, language, t }: { state: SaveState; language: Language; t: Translator }) {
  const text =
    state.kind === 'saved'
      ? t('saveStateSaved', { when: formatInstant(language, state.at) })
      : state.kind === 'saving'
        ? t('saveStateSaving')
        : state.kind === 'pending'
          ? t('saveStatePending')
          : state.kind === 'failed'
            ? t('saveStateFailed', { reason: state.message })
            : t('saveStateUnchanged');
  return (
    <p className={`save-state save-${state.kind}`} role="status" data-state={state.kind}>
      {text}
    </p>
  );
}
