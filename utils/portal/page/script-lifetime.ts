/** Sent on the page's document by each copy of the content script as it starts. */
const STARTED = 'eplan-assistant:content-script-started';

/**
 * The lifetime of this copy of the content script: it ends when a newer copy starts on the same page (an
 * update injected again), so two never answer the page at once. Touches no extension API: reading even
 * `chrome.runtime.id` makes Chromium build the extension's API bindings in the page's isolated world,
 * ≈ 3 ms of the page's main thread on every load (scripts/bench-load-variants.ts, `touch`).
 */
export function lifetimeOfThisCopy(): AbortSignal {
  const lifetime = new AbortController();
  const id = Math.random().toString(36).slice(2);
  document.dispatchEvent(new CustomEvent(STARTED, { detail: id }));
  document.addEventListener(
    STARTED,
    (event) => {
      if ((event as CustomEvent<unknown>).detail !== id) lifetime.abort();
    },
    { signal: lifetime.signal },
  );
  return lifetime.signal;
}
