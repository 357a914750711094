/**
 * What shows the person is at work on the page: a pointer moved or pressed (a touch is a pointer too), a
 * key, or focus moving into the page (as a screen reader moving to a field does). Each comes before any
 * typing, click or submit the page features need to see.
 */
const ACTIVITY = ['pointermove', 'pointerdown', 'keydown', 'focusin'] as const;
const LISTENING = { capture: true, passive: true } as const;

export interface WakeHandlers {
  /**
   * Once, inside the person's first activity on the page, before the browser acts on it (so a key that
   * submits the form is already watched). Anything slow belongs in a task of its own.
   */
  wake(): void;
  /**
   * Each time the page is left before any activity. The page may come back from the back/forward cache
   * as it was, so it stays asleep and listening.
   */
  leftIdle(): void;
}

/**
 * Keeps a form page asleep until the person stirs. Until then the page pays for five passive listeners
 * and nothing else: no extension API, no element of ours, no read of the form. That keeps loading a form
 * page close to loading it with no extension at all (scripts/bench-prefill.ts).
 */
export function wakeOnActivity({ wake, leftIdle }: WakeHandlers): void {
  let woken = false;
  const onActivity = () => {
    if (woken) return;
    woken = true;
    for (const type of ACTIVITY) window.removeEventListener(type, onActivity, LISTENING);
    window.removeEventListener('pagehide', onLeave);
    wake();
  };
  const onLeave = () => {
    if (!woken) leftIdle();
  };
  for (const type of ACTIVITY) window.addEventListener(type, onActivity, LISTENING);
  window.addEventListener('pagehide', onLeave);
}
