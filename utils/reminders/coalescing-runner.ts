/**
 * Runs an async task one at a time. Asked again while it runs, it runs once more afterwards, however many
 * times it was asked: a burst of store changes (an import writes hundreds of records) costs two runs, and
 * the last run always sees the latest state. A failed run is reported and does not stop later ones.
 */
export function coalescingRunner(task: () => Promise<void>, onError: (error: unknown) => void) {
  let running: Promise<void> | undefined;
  let again = false;

  async function loop(): Promise<void> {
    do {
      again = false;
      try {
        await task();
      } catch (error) {
        onError(error);
      }
    } while (again);
    running = undefined;
  }

  /** Resolves when a run that started after this call has finished. */
  return function run(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = loop();
    return running;
  };
}
