import { useCallback, useState } from 'react';

export type SavedElsewhere = 'taken' | 'while-typing';

/**
 * Keeps a form in step with its record when another window saves it (a second tab, the side panel beside
 * the portal). A newer version than this form's last save is taken into the form when nothing typed here
 * is waiting to be saved; otherwise the text typed here is saved over it, as usual, and the person is told
 * that the other version is in the history. Either way nothing is overwritten unseen.
 */
export function useFollowSavedElsewhere<R extends { revision: number }>({
  current,
  initialRevision,
  typing,
  take,
}: {
  /** The record as the store now has it (the workspace reads it again after any change). */
  current: R | undefined;
  initialRevision: number;
  /** Text typed here not yet stored. */
  typing: boolean;
  take: (record: R) => void;
}) {
  const [known, setKnown] = useState<{ revision: number; notice: SavedElsewhere | null }>({
    revision: initialRevision,
    notice: null,
  });
  // A newer revision than any seen here: news from elsewhere, acted on as the render sees it.
  if (current && current.revision > known.revision) {
    setKnown({ revision: current.revision, notice: typing ? 'while-typing' : 'taken' });
    if (!typing) take(current);
  }

  /** Every save made here: its revision is this form's own, not news from elsewhere. */
  const savedHere = useCallback((revision: number) => {
    setKnown((k) => (revision > k.revision ? { ...k, revision } : k));
  }, []);

  return { notice: known.notice, savedHere };
}
