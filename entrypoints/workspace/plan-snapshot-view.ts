import { browser } from 'wxt/browser';
import { bangkokDayNumber } from '../../utils/calendar/bangkok-day';
import { firstPaintLanguage, type Language } from '../../utils/i18n/language';
import * as z from 'zod/mini';
import { openDraftDb } from '../../utils/store/migrations';
import { isOutOfSight, versionOutOfSight } from '../../utils/workspace/out-of-sight';
import { readCurrentPlanSnapshot, type PlanSnapshotContext } from '../../utils/store/plan-snapshot';

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

/** What a drawing of the plan made now, in this language, for this address, depends on. */
export function planSnapshotContext(now: number, language: Language, hash: string): PlanSnapshotContext {
  return {
    bangkokDay: bangkokDayNumber(now),
    language,
    hash: hash === '' ? '#' : hash,
    extensionVersion: extensionVersion(),
  };
}

/**
 * This extension's version: its manifest's, or where the page cannot read that (loaded as an offscreen
 * document, which has little of the extension API), the one the background named in its address
 * (utils/workspace/offscreen-plan-drawing.ts).
 */
function extensionVersion(): string {
  const manifest = browser.runtime.getManifest as (() => { version: string }) | undefined;
  return manifest?.().version ?? versionOutOfSight(location.search) ?? '';
}

/**
 * Shows the plan as last drawn, if it is still what the plan shows, while the page's code loads. Run by the
 * page's first script, so the database is asked as the page starts, before the page's own read. Once it is
 * painted (or known not to be shown), says so on the document (`planSnapshotSettled`): the page's larger
 * code, which holds the main thread while it loads, and its own read, whose answer does too, come after.
 */
export async function showCurrentPlanSnapshot(): Promise<void> {
  let revealBelowFold: (() => void) | undefined;
  try {
    const context = planSnapshotContext(Date.now(), firstPaintLanguage(), location.hash);
    const html = await readPlanSnapshotOnce(context);
    if (html !== undefined) await pageStyled();
    revealBelowFold = html === undefined ? undefined : showPlanSnapshot(html);
    if (revealBelowFold) await painted();
  } catch {
    // The page's own drawing follows regardless, and says what went wrong.
  }
  document.documentElement.setAttribute(SETTLED, revealBelowFold ? 'shown' : 'none');
  document.dispatchEvent(new Event(SETTLED_EVENT));
  // The rest of its rows in the frame after: the page's code, already waiting, starts loading first.
  if (revealBelowFold) requestAnimationFrame(revealBelowFold);
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

/** The plan as last drawn, if current, through a connection of its own, closed once read. */
async function readPlanSnapshotOnce(context: PlanSnapshotContext): Promise<string | undefined> {
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
 * missing.
 */
export function planSnapshotSettled(waitMs: number): Promise<void> {
  return new Promise((settled) => {
    if (document.documentElement.hasAttribute(SETTLED)) return settled();
    const timer = setTimeout(settled, waitMs);
    document.addEventListener(
      SETTLED_EVENT,
      () => {
        clearTimeout(timer);
        settled();
      },
      { once: true },
    );
  });
}

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
function showPlanSnapshot(html: string): (() => void) | undefined {
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
  const table = snapshot.querySelector<HTMLElement>(`table[${COLUMNS_DRAWN_AT}]`);
  const sameWidth = table?.getAttribute(COLUMNS_DRAWN_AT) === String(window.innerWidth);
  table?.toggleAttribute(FIXED_COLUMNS, sameWidth);
  const rows = sameWidth ? Array.from(snapshot.querySelectorAll<HTMLElement>('tr[data-project-id]')) : [];
  for (const row of rows) row.setAttribute(BELOW_FOLD, '');
  root.before(snapshot);
  showRowsToTheFold(rows);
  return () => {
    for (const row of rows) row.removeAttribute(BELOW_FOLD);
  };
}

/** On the kept plan's table: the window width its columns were drawn at, their widths kept as shares. */
const COLUMNS_DRAWN_AT = 'data-columns-drawn-at';
/** Its columns take those widths (workspace.css), whichever rows are shown. */
const FIXED_COLUMNS = 'data-fixed-columns';

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
  keepColumnWidths(root, copy);
  return copy.innerHTML;
}

/**
 * Writes the plan table's column widths into the copy, as shares of its width, and the window's width.
 * Drawn out of sight, the page has no window: it is laid out as the person's window last was
 * (`layOutAsLastWindow`), or, if that is not known, no widths are written.
 */
function keepColumnWidths(root: HTMLElement, copy: HTMLElement): void {
  const table = root.querySelector<HTMLTableElement>('table.plan');
  const heads = table?.tHead?.rows[0]?.cells;
  const copyTable = copy.querySelector<HTMLTableElement>('table.plan');
  const copyHeads = copyTable?.tHead?.rows[0]?.cells;
  if (!table || !heads || !copyTable || !copyHeads) return;
  const drawnIn = drawnInWindow();
  const width = table.getBoundingClientRect().width;
  if (!drawnIn || width === 0) return;
  Array.from(heads).forEach((head, k) => {
    const share = (head.getBoundingClientRect().width / width) * 100;
    copyHeads[k]?.style.setProperty('width', `${share.toFixed(3)}%`);
  });
  copyTable.setAttribute(COLUMNS_DRAWN_AT, String(drawnIn.width));
}

/**
 * Where the page keeps the size of the window it was last seen in, a tab or the side panel (in the
 * extension's own localStorage).
 */
const LAST_WINDOW_KEY = 'eplan:workspace-window';
/** That size: the window's width, and the width its content is laid out in (without a scrollbar). */
const LastWindowSchema = z.object({ width: z.number(), layoutWidth: z.number() });
type LastWindow = z.infer<typeof LastWindowSchema>;

/** The window the plan is being drawn in: this page's, or out of sight, the one it was last seen in. */
function drawnInWindow(): LastWindow | undefined {
  if (isOutOfSight(location.search)) return lastWindow();
  const seen = { width: window.innerWidth, layoutWidth: document.documentElement.clientWidth };
  try {
    localStorage.setItem(LAST_WINDOW_KEY, JSON.stringify(seen));
  } catch {
    // Storage refused (full, or turned off): a drawing out of sight then keeps no column widths.
  }
  return seen;
}

function lastWindow(): LastWindow | undefined {
  try {
    const kept = LastWindowSchema.safeParse(JSON.parse(localStorage.getItem(LAST_WINDOW_KEY) ?? 'null'));
    return kept.success && kept.data.width > 0 ? kept.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Drawn out of sight (an offscreen document has no window: it is 0 wide), lays the page out as wide as
 * the person's window was when last seen, so the columns it keeps are those an opening there shows.
 */
export function layOutAsLastWindow(): void {
  const seen = lastWindow();
  if (seen) document.documentElement.style.width = `${seen.layoutWidth}px`;
}
