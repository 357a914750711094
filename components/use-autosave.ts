import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** Where the form's text stands against what is stored. */
export type SaveState =
  | { kind: 'unchanged' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'failed'; message: string };

/** What one save did: stored the form (perhaps only its valid parts), or could not store anything yet. */
export type SaveOutcome = { stored: true; at: number } | { stored: false; reason: string };

interface Options<F> {
  initial: F;
  /** Stores the form; should skip a write when nothing changed. */
  save: (form: F) => Promise<SaveOutcome>;
  /** Quiet time after the last keystroke before saving. */
  delayMs?: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A form that saves itself: shortly after typing stops, when focus leaves a field, when the tab is hidden
 * or closed, and when the view goes away. Saves never overlap; the newest text always wins. Keeps the
 * versions saved in this visit, so "undo" steps back through them (each undo is itself saved, so the
 * version history keeps everything).
 */
export function useAutosave<F>({ initial, save, delayMs = 600 }: Options<F>) {
  const [form, setFormState] = useState(initial);
  const [state, setState] = useState<SaveState>({ kind: 'unchanged' });
  const [undoDepth, setUndoDepth] = useState(0);
  const latest = useRef(initial);
  const lastStored = useRef(initial);
  const undoStack = useRef<F[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const running = useRef<Promise<void> | null>(null);
  const saveRef = useRef(save);
  useLayoutEffect(() => {
    saveRef.current = save;
  });

  const runSave = useCallback((recordUndo: boolean): Promise<void> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const chained = (running.current ?? Promise.resolve()).then(async () => {
      const snapshot = latest.current;
      if (same(snapshot, lastStored.current)) {
        setState((s) => (s.kind === 'pending' || s.kind === 'saving' ? { kind: 'unchanged' } : s));
        return;
      }
      setState({ kind: 'saving' });
      try {
        const outcome = await saveRef.current(snapshot);
        if (!outcome.stored) {
          setState({ kind: 'failed', message: outcome.reason });
          return;
        }
        if (recordUndo) {
          undoStack.current.push(lastStored.current);
          setUndoDepth(undoStack.current.length);
        }
        lastStored.current = snapshot;
        // Typing may have gone on while this save ran: that text is saved by its own timer.
        setState(same(latest.current, snapshot) ? { kind: 'saved', at: outcome.at } : { kind: 'pending' });
      } catch (e) {
        setState({ kind: 'failed', message: (e as Error).message });
      }
    });
    running.current = chained;
    return chained;
  }, []);

  const flush = useCallback(() => runSave(true), [runSave]);

  const setForm = useCallback(
    (update: F | ((previous: F) => F)) => {
      const next = typeof update === 'function' ? (update as (p: F) => F)(latest.current) : update;
      latest.current = next;
      setFormState(next);
      setState({ kind: 'pending' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void runSave(true), delayMs);
    },
    [runSave, delayMs],
  );

  /** Puts back the form as it was before the last change saved in this visit, and saves that. */
  const undo = useCallback(async () => {
    await running.current;
    const previous = undoStack.current.pop();
    setUndoDepth(undoStack.current.length);
    if (previous === undefined) return;
    latest.current = previous;
    setFormState(previous);
    await runSave(false);
  }, [runSave]);

  /**
   * Takes a version stored elsewhere (e.g. restored from history) as the form, without saving it again.
   * Undo then steps back to the form as it was before.
   */
  const adopt = useCallback((stored: F) => {
    clearTimeout(timer.current);
    if (!same(stored, lastStored.current)) {
      undoStack.current.push(lastStored.current);
      setUndoDepth(undoStack.current.length);
    }
    latest.current = stored;
    lastStored.current = stored;
    setFormState(stored);
    setState({ kind: 'saved', at: Date.now() });
  }, []);

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void runSave(true);
    };
    const onPageHide = () => void runSave(true);
    // A last line of defence: the browser asks before closing while text is not yet stored.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!same(latest.current, lastStored.current)) {
        void runSave(true);
        event.preventDefault();
      }
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      // Leaving the view (another project, the plan): whatever was typed is stored first.
      void runSave(true);
    };
  }, [runSave]);

  /** Text typed here that is not stored yet (waiting, being saved, or refused). */
  const unsaved = state.kind === 'pending' || state.kind === 'saving' || state.kind === 'failed';
  return { form, setForm, state, unsaved, flush, undo, canUndo: undoDepth > 0, adopt };
}
