import type { Translator } from '../utils/i18n/translate';
import type { SavedElsewhere } from './use-follow-saved-elsewhere';

/** Says that this draft was saved in another window, and what became of it here. */
export function SavedElsewhereNotice({ notice, t }: { notice: SavedElsewhere | null; t: Translator }) {
  if (notice === null) return null;
  return (
    <p className="notice notice-warn saved-elsewhere" role="status">
      {t(notice === 'taken' ? 'savedElsewhereTaken' : 'savedElsewhereWhileTyping')}
    </p>
  );
}
