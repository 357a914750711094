// Keeping the workspace's plan as last drawn (utils/store/plan-snapshot.ts) current while no workspace is
// open, so the next opening shows it at once: after a change made elsewhere (the portal's tab, the popup),
// a new Bangkok day or an update, the background has the workspace drawn out of sight, where it keeps its
// drawing as an open workspace does. How it is drawn is the platform's (Chrome: an offscreen document).

/** What keeping the plan drawn needs of the browser and the store. */
export interface PlanDrawingPlatform {
  /** Whether a workspace page is open: it follows changes and keeps its own drawing. */
  workspaceOpen(): Promise<boolean>;
  /** Whether there is a plan to draw (a unit is chosen) and the plan as last drawn is not current for it. */
  drawingNeeded(): Promise<boolean>;
  /** Draws the workspace out of sight, until it has kept its plan or has had long enough. */
  drawOutOfSight(): Promise<void>;
  /** Waits for work that must come first (the reminders' recount), so the two do not share the processor. */
  idle(): Promise<void>;
}

/**
 * Gives `schedule`: asks for the plan to be drawn once things are quiet (`quietMs` after the last ask, then
 * after `idle`). One drawing at a time; asked meanwhile, it looks again afterwards. Nothing is drawn while
 * a workspace is open, or when no drawing is needed.
 */
export function keepPlanDrawn(
  platform: PlanDrawingPlatform,
  { quietMs, onError }: { quietMs: number; onError: (error: unknown) => void },
): { schedule(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let drawing: Promise<void> | undefined;
  let askedAgain = false;

  async function drawIfNeeded(): Promise<void> {
    await platform.idle();
    if (await platform.workspaceOpen()) return;
    if (!(await platform.drawingNeeded())) return;
    await platform.drawOutOfSight();
  }

  function run(): void {
    if (drawing) {
      askedAgain = true;
      return;
    }
    drawing = drawIfNeeded()
      .catch(onError)
      .finally(() => {
        drawing = undefined;
        if (askedAgain) {
          askedAgain = false;
          schedule();
        }
      });
  }

  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(run, quietMs);
  }

  return { schedule };
}
