import { browser } from 'wxt/browser';
import { bangkokDayNumber } from '../../utils/calendar/bangkok-day';
import { firstPaintLanguage, type Language } from '../../utils/i18n/language';
import { META_KEYS } from '../../utils/store/meta-keys';
import { openDraftDb } from '../../utils/store/migrations';
import { onStoreChange } from '../../utils/store/store-changes';
import {
  readCurrentPlanSnapshot,
  type PlanColumns,
  type PlanDrawing,
  type PlanSnapshotContext,
} from '../../utils/store/plan-snapshot';

// The page's side of the plan snapshot (utils/store/plan-snapshot.ts): showing it while the page's code
// loads, and taking it from what the page shows.
//
// It is shown by the page's first script (entrypoints/workspace-plan-snapshot.ts), a classic script of its
// own, and dropped by the page's code (main.tsx and what it loads), a separate bundle: the two share no
// module state, so what each must know of the other is written on the document (the attributes below).

const SNAPSHOT_ID = 'plan-snapshot';

/** On the document element, once the plan as last drawn is shown (`shown`) or known not to be (`none`). */
const SETTLED = 'data-plan-snapshot';
/** Announced on the document when it is settled. */
const SETTLED_EVENT = 'eplan:plan-snapshot-settled';
/** On the document element, once the page has drawn the plan itself (or could not): a later read is not shown. */
const DRAWN_LIVE = 'data-plan-drawn-live';
/**
 * On the document element once the page has waited for the background's drawing of a change just made:
 * until when (`performance.now()`), at most.
 */
const AWAITING_DRAWING = 'data-plan-awaiting-drawing';

/** What a drawing of the plan made now, in this language, for this address, depends on. */
export function planSnapshotContext(now: number, language: Language, hash: string): PlanSnapshotContext {
  return {
    bangkokDay: bangkokDayNumber(now),
    language,
    hash: hash === '' ? '#' : hash,
    extensionVersion: browser.runtime.getManifest().version,
  };
}

/**
 * Shows the plan as last drawn, if it is still what the plan shows, while the page's code loads. Run by the
 * page's first script, so the database is asked as the page starts, before the page's own read. Once it is
 * painted (or known not to be shown), says so on the document (`planSnapshotSettled`): the page's larger
 * code, which holds the main thread while it loads, and its own read, whose answer does too, come after.
 *
 * If what the plan shows changed a moment ago, the background is drawing that change
 * (entrypoints/workspace/draw-plan-ahead.ts): the page waits a little for it (`DRAWING_WAIT_MS`), which
 * comes well before the page could draw the plan itself.
 */
export async function showCurrentPlanSnapshot(): Promise<void> {
  let revealBelowFold: (() => void) | undefined;
  let drawnElsewhere: ReturnType<typeof planKeptElsewhere> | undefined;
  try {
    const context = planSnapshotContext(Date.now(), firstPaintLanguage(), location.hash);
    let read = await readPlanSnapshotOnce(context);
    if (!('html' in read) && changedJustNow(read.changedAt)) {
      // The page's code waits as long (`planSnapshotSettled`).
      const until = performance.now() + DRAWING_WAIT_MS;
      document.documentElement.setAttribute(AWAITING_DRAWING, String(until));
      // Listening from now, then reading again: a drawing kept meanwhile is not missed.
      drawnElsewhere = planKeptElsewhere();
      read = await readPlanSnapshotOnce(context);
      if (!('html' in read)) {
        await drawnElsewhere.within(until - performance.now());
        read = await readPlanSnapshotOnce(context);
      }
    }
    const drawing = 'html' in read ? read : undefined;
    if (drawing !== undefined) await pageStyled();
    revealBelowFold = drawing === undefined ? undefined : showPlanSnapshot(drawing);
    if (revealBelowFold) await painted();
  } catch {
    // The page's own drawing follows regardless, and says what went wrong.
  } finally {
    drawnElsewhere?.stop();
  }
  document.documentElement.setAttribute(SETTLED, revealBelowFold ? 'shown' : 'none');
  document.dispatchEvent(new Event(SETTLED_EVENT));
  // The rest of its rows in the frame after: the page's code, already waiting, starts loading first.
  if (revealBelowFold) requestAnimationFrame(revealBelowFold);
}

/**
 * How long the page waits for the background's drawing of a change made a moment ago, at most: it takes
 * a few hundred ms, the page's own drawing about half a second, and the page's code waits as long too.
 */
const DRAWING_WAIT_MS = 250;
/** A change this recent may still be being drawn by the background. */
const JUST_NOW_MS = 3000;

const changedJustNow = (changedAt: number | undefined) =>
  changedAt !== undefined && Math.abs(Date.now() - changedAt) < JUST_NOW_MS;

/**
 * Listens, from now, for the plan as last drawn being kept by another part of the extension (the
 * background announces it); `within` waits for that, at most `waitMs`.
 */
function planKeptElsewhere(): { within(waitMs: number): Promise<void>; stop(): void } {
  let kept = false;
  let heard = () => undefined as void;
  const stop = onStoreChange((change) => {
    if (change.kind !== 'meta' || change.id !== META_KEYS.planSnapshot) return;
    kept = true;
    heard();
  });
  return {
    within: (waitMs) =>
      new Promise((done) => {
        if (kept) return done();
        const timer = setTimeout(done, waitMs);
        heard = () => {
          clearTimeout(timer);
          done();
        };
      }),
    stop,
  };
}

/**
 * Once the page is parsed and its style sheets have arrived: this script can run before them, and the rows
 * it holds back are measured with the page's style (the page's first frame waits for them anyway).
 */
async function pageStyled(): Promise<void> {
  if (document.readyState === 'loading') {
    await new Promise((parsed) => document.addEventListener('readystatechange', parsed, { once: true }));
  }
  const pending = [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].filter(
    (link) => !link.sheet,
  );
  await Promise.all(
    pending.map(
      (link) =>
        new Promise((arrived) => {
          link.addEventListener('load', arrived, { once: true });
          link.addEventListener('error', arrived, { once: true });
        }),
    ),
  );
}

/**
 * The plan as last drawn, if current, else when the plan last changed: through a connection of its own,
 * closed once read.
 */
async function readPlanSnapshotOnce(context: PlanSnapshotContext) {
  const db = await openDraftDb();
  try {
    return await readCurrentPlanSnapshot(db, context);
  } finally {
    db.close();
  }
}

/**
 * Resolves once the plan as last drawn is painted or known not to be shown (`showCurrentPlanSnapshot`, in
 * the page's first script), or after `waitMs` at most: the store can be busy (a recount), or that script
 * missing. While that script waits for the background's drawing of a change just made, until it gives up
 * (`DRAWING_WAIT_MS`): the page's code and read, loaded meanwhile, would hold up that drawing.
 */
export function planSnapshotSettled(waitMs: number): Promise<void> {
  return new Promise((settled) => {
    if (document.documentElement.hasAttribute(SETTLED)) return settled();
    const done = () => {
      clearTimeout(timer);
      document.removeEventListener(SETTLED_EVENT, done);
      settled();
    };
    // Past `waitMs`, waits on while the first script waits for a drawing, until it gives up (the moment it
    // wrote), and a little more for its last read.
    const giveUp = () => {
      const until = Number(document.documentElement.getAttribute(AWAITING_DRAWING));
      const left = until + LAST_READ_MS - performance.now();
      if (left > 0) timer = setTimeout(done, left);
      else done();
    };
    let timer = setTimeout(giveUp, waitMs);
    document.addEventListener(SETTLED_EVENT, done);
  });
}

/** What the first script's read after waiting for a drawing takes, for the page's code to wait for. */
const LAST_READ_MS = 50;

/** After the next frame has been painted. */
const painted = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

/**
 * Shows the plan as last drawn until the page draws it (`dropPlanSnapshot`). Its links work (each opens a
 * project or a round by its address, which the page follows once loaded); its controls are disabled until
 * then, and its file inputs left out, so nothing is typed or chosen where it would be lost. The page's own
 * drawing, meanwhile under way, stays hidden (workspace.css) until it replaces this.
 *
 * Only the rows that reach the window's bottom are in its first frame (`showRowsToTheFold`); gives what
 * shows the others, for after that frame is painted. Nothing when it is not shown.
 */
function showPlanSnapshot({ html, columns }: PlanDrawing): (() => void) | undefined {
  const root = document.getElementById('root');
  if (document.documentElement.hasAttribute(DRAWN_LIVE) || !root) return undefined;
  const snapshot = document.createElement('div');
  snapshot.id = SNAPSHOT_ID;
  snapshot.setAttribute('aria-busy', 'true');
  snapshot.innerHTML = html;
  // A file input takes files even when disabled (a drop, an automation tool): there is none to take them.
  for (const fileInput of snapshot.querySelectorAll('input[type=file]')) fileInput.remove();
  for (const control of snapshot.querySelectorAll('button, input, select, textarea')) {
    if (control.hasAttribute('disabled')) continue;
    control.setAttribute('disabled', '');
    control.setAttribute('data-until-loaded', '');
  }
  // Rows can wait only where the columns keep the widths they were drawn with: the rows held back would
  // otherwise widen them when they come, and the rows shown would move.
  const fixed = columns?.drawnAt === window.innerWidth && fixColumns(snapshot, columns.shares);
  const rows = fixed ? Array.from(snapshot.querySelectorAll<HTMLElement>('tr[data-project-id]')) : [];
  for (const row of rows) row.setAttribute(BELOW_FOLD, '');
  root.before(snapshot);
  showRowsToTheFold(rows);
  return () => {
    for (const row of rows) row.removeAttribute(BELOW_FOLD);
  };
}

/** On the plan's table as last drawn: its columns take the widths given (workspace.css), whichever rows are shown. */
const FIXED_COLUMNS = 'data-fixed-columns';

/** The plan table's column headings, in order. */
const columnHeads = (root: ParentNode) =>
  Array.from(root.querySelector<HTMLTableElement>('table.plan')?.tHead?.rows[0]?.cells ?? []);

/**
 * Gives the plan table's columns these widths (shares of its width), if it has as many columns. Whether it
 * did.
 */
function fixColumns(snapshot: HTMLElement, shares: readonly number[]): boolean {
  const heads = columnHeads(snapshot);
  if (heads.length === 0 || heads.length !== shares.length) return false;
  heads.forEach((head, k) => head.style.setProperty('width', `${shares[k]!.toFixed(3)}%`));
  snapshot.querySelector('table.plan')!.setAttribute(FIXED_COLUMNS, '');
  return true;
}

/** A row of the plan as last drawn not yet shown (workspace.css): it is below the window's bottom. */
const BELOW_FOLD = 'data-below-fold';

/** Rows shown at a time until the plan reaches past the window's bottom. */
const ROWS_AT_A_TIME = 4;

/**
 * Shows the plan's first rows, a few at a time, until they reach past the bottom of the window. Laying out
 * and painting every row of a long plan is most of what its first frame would cost, and a plan's first
 * screen shows a few of them; the rest follow in the next frame, before anyone could scroll to them. Each
 * look at the last row's place asks for a layout; the last one is the layout the frame needs anyway.
 */
function showRowsToTheFold(rows: readonly HTMLElement[]): void {
  let shown = 0;
  while (shown < rows.length) {
    for (const row of rows.slice(shown, shown + ROWS_AT_A_TIME)) row.removeAttribute(BELOW_FOLD);
    shown += ROWS_AT_A_TIME;
    if (rows[Math.min(shown, rows.length) - 1]!.getBoundingClientRect().bottom >= window.innerHeight) return;
  }
}

/** The page has drawn the plan itself, or shows something else: the snapshot goes. */
export function dropPlanSnapshot(): void {
  document.documentElement.setAttribute(DRAWN_LIVE, '');
  document.getElementById(SNAPSHOT_ID)?.remove();
}

/**
 * The markup of what the page shows now. What a control holds is a property, not in the markup: it is
 * written into the copy's attributes, so the snapshot shows the same choices and text.
 */
export function drawnMarkup(root: HTMLElement): string {
  const copy = root.cloneNode(true) as HTMLElement;
  const controls = 'input, select, textarea';
  const copies = copy.querySelectorAll(controls);
  root.querySelectorAll(controls).forEach((control, k) => {
    const twin = copies[k]!;
    if (control instanceof HTMLInputElement) {
      if (control.type === 'checkbox' || control.type === 'radio')
        twin.toggleAttribute('checked', control.checked);
      else twin.setAttribute('value', control.value);
    } else if (control instanceof HTMLSelectElement) {
      const options = twin.querySelectorAll('option');
      Array.from(control.options).forEach((option, i) =>
        options[i]?.toggleAttribute('selected', option.selected),
      );
    } else if (control instanceof HTMLTextAreaElement) {
      twin.textContent = control.value;
    }
  });
  return copy.innerHTML;
}

/**
 * The plan table's column widths as drawn in this window, as shares of the table's width; nothing when it
 * is not laid out (a hidden page).
 */
export function measuredColumns(root: HTMLElement): PlanColumns | undefined {
  const width = root.querySelector('table.plan')?.getBoundingClientRect().width ?? 0;
  if (width === 0) return undefined;
  const shares = columnHeads(root).map((head) => (head.getBoundingClientRect().width / width) * 100);
  return { drawnAt: window.innerWidth, shares };
}
