// The prefill issue's performance limits, measured in real headless Chromium (Debian's, as the E2E tests)
// with the built extension against the replica portal. Figures for the closing note, not assertions: a
// limit that is exceeded is reported as such, and the script still succeeds.
//
//   npm run bench:prefill                       (builds, then runs this)
//   npx tsx scripts/bench-prefill.ts [--runs 20] [--warmup 2]      (after `npx wxt build`)
//
// Prints a table and writes every sample to bench-results/prefill.json.
//
// 1. Size. The content script the manifest runs on the report page as it loads (in Chrome's build,
//    `portal-wake.js`), and the form script the background adds on the first stir (`portal-form.js`),
//    minified by WXT's production build, in bytes and gzipped, and whether they carry React (strings only
//    React's code has). The limit is held against the two together. For context: the page service imported
//    when the assistant first asks, and the assistant page's scripts (its iframe).
//
// 2. Main-thread time added to loading the report page. Two browsers side by side, launched the same way
//    (test/e2e/harness.ts) with the same replica routes, one with the extension (drafts seeded, as a user's)
//    and one without. Each load opens a new tab with the DevTools Performance domain enabled before the
//    navigation, in `threadTicks` mode, loads the 6-month report of the budget project, waits for `load`,
//    then, for both, a fixed 1 s settle, and reads Performance.getMetrics from the page's renderer:
//    TaskDuration is the CPU time of every task its main thread ran since the navigation (the page's
//    parsing, scripts and content scripts, style, layout, paint, IPC), with ScriptDuration /
//    RecalcStyle+LayoutDuration as the breakdown. Then the mouse moves over the page in both browsers: on a
//    form page the content script (in the page's own world) does nothing but listen until the person stirs;
//    then the background puts the form script on the page, which tells the background of the page (waited
//    for through the service worker, which also proves the content script was there during the load) and
//    puts its button on the page. The TaskDuration of that first move and
//    the 1 s after it is given beside the load's, not counted in it. CPU time rather than
//    wall time: on a 2-core machine the wall time of a task also counts the moments other processes (the
//    assistant iframe's own renderer, the browser) held the CPU, which swamps a few milliseconds. The
//    assistant iframe is an out-of-process frame (extension origin), so its work is not in these figures;
//    only the portal page's main thread is. Loads alternate between the browsers (ABBA order) after warm-up
//    loads; medians of the runs, and the difference of the medians. A content script in an isolated world,
//    even an empty one, costs the page's renderer several milliseconds to build that world; one in the page's
//    own world does not (`npx tsx scripts/bench-load-variants.ts none floor main-floor current=<build dir>`).
//
// 3. Fill time: the page-side work of a fill, from the moment the page receives the apply request to the
//    end of its synchronous work. A DevTools trace (whole browser, DevTools timeline categories) records
//    the fill; in the portal renderer's main thread the fill is the one task that dispatched the fill's
//    `input`/`change` events: it holds the message's arrival, the request's parsing, every value written
//    (with focus/blur and the layout focus forces), every event dispatched and the page's handlers run
//    (clicks on radios and boxes run the portal's inline onclick), and the reply. Its wall-clock duration
//    is the figure (what the user waits for); its CPU time and the same plus the main-thread work of the
//    frame that follows (style, layout, paint of the filled form) are given too.
//    - Report form: as the user does it, in the assistant: a new tab on the report page each run, the
//      assistant opened (it reads the form), then "Fill from draft" pressed; the sample draft fills 5 fields.
//    - 200-field page: the replica's report form grown to 200 enabled controls with sections of Thai
//      indicators (texts, radio groups revealing blocks, boxes, selects, textareas), served at an address
//      the replica does not know (project 9999). The assistant only fills the fields its profile knows,
//      so a fill of all 200 is sent the way the assistant sends one, from inside its iframe over the same
//      channel to the same page service: first `page.collect` (as opening the assistant does), then a
//      `page.apply` with one action per control. "Filling a 200-field page" is that apply; the collect (which
//      the first time includes loading page-service.js) is given separately.
//    The trace itself adds some overhead to the measured task, so these figures err on the high side.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { openAssistant, press, until } from '../test/e2e/assistant';
import {
  EXTENSION_DIR,
  launchExtension,
  PORTAL,
  readExtensionStore,
  type ExtensionSession,
} from '../test/e2e/harness';
import { seedSampleDrafts } from '../test/e2e/seed';
import { SAMPLE_IDS } from '../test/fixtures/portal/replica';
import type { ApplyResult, FillAction, PageSnapshot } from '../utils/messaging/page-protocol';
import { measureBundle, staleSources, type BundleSizes, type FileSize } from './bench/bundle-size';
import { fillEverything, SYNTHETIC_FIELD_COUNT, syntheticReportPage } from './bench/synthetic-report-page';
import {
  busyMs,
  coveredMs,
  dispatches,
  eventsOn,
  mainThreadOfPage,
  receivesExtensionMessage,
  rendersFrame,
  topLevelTasks,
  traceDuring,
  within,
  type TraceEvent,
} from './bench/trace';

const ROOT = resolve(import.meta.dirname, '..');
const RESULTS = join(ROOT, 'bench-results', 'prefill.json');

const REPORT_URL = `${PORTAL}/projectreport.php?id=${SAMPLE_IDS.budget}&r=1&y=2570`;
const REPORT_PAGE_KEY = `report:${SAMPLE_IDS.budget}:2570:1`;
const SYNTHETIC_ID = 9999;
const SYNTHETIC_URL = `${PORTAL}/projectreport.php?id=${SYNTHETIC_ID}&r=1&y=2570`;
const SYNTHETIC_PAGE_KEY = `report:${SYNTHETIC_ID}:2570:1`;

const LIMITS = {
  contentScriptBytes: 30 * 1024,
  addedLoadMainThreadMs: 5,
  reportFillMs: 16,
  syntheticFillMs: 50,
};
/** After the page is idle, for both browsers alike: anything the load left queued runs and is counted. */
const LOAD_SETTLE_MS = 1_000;
/** After a fill's answer: the reply, the next frame and the assistant's re-read land inside the trace. */
const FILL_SETTLE_MS = 300;

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));
const log = (line: string) => process.stderr.write(`${line}\n`);

// ── Arguments ────────────────────────────────────────────────────────────────────────────────────────

function numberArg(name: string, fallback: number): number {
  const args = process.argv.slice(2);
  const at = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (at < 0) return fallback;
  const raw = args[at]!.includes('=') ? args[at]!.split('=')[1] : args[at + 1];
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} wants a whole number, got ${raw}`);
  return value;
}

// ── Statistics ───────────────────────────────────────────────────────────────────────────────────────

interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

/** Median, 95th percentile (nearest rank), min and max. */
function summarise(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { n, median: NaN, p95: NaN, min: NaN, max: NaN };
  const middle = Math.floor(n / 2);
  return {
    n,
    median: n % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2,
    p95: sorted[Math.max(0, Math.ceil(0.95 * n) - 1)]!,
    min: sorted[0]!,
    max: sorted[n - 1]!,
  };
}

const pick = <T>(samples: readonly T[], field: (s: T) => number | null): Summary =>
  summarise(samples.map(field).filter((v): v is number => v !== null));

// ── The assistant on a page ──────────────────────────────────────────────────────────────────────────

/** Waits until the background recorded this page as seen since `since` (the content script's first act). */
async function contentScriptReported(session: ExtensionSession, since: number): Promise<void> {
  await until(async () => {
    const meta = (await readExtensionStore(await session.serviceWorker(), 'meta')) as {
      key: string;
      value: unknown;
    }[];
    const seen = meta.find((m) => m.key === 'lastPortalPage')?.value as
      { url?: string; seenAt?: number } | undefined;
    return seen?.url === REPORT_URL && (seen.seenAt ?? 0) >= since;
  }, 'the content script to report the page');
}

/**
 * Runs one measurement, again if it fails (up to twice more), saying so: the machine may be busy or the
 * extension's files replaced by a build while the browser runs. Every retry is counted in the results.
 */
const retries: { what: string; error: string }[] = [];
async function withRetry<T>(what: string, run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt === 3) throw error;
      const message = String(error instanceof Error ? error.message : error).split('\n')[0]!;
      retries.push({ what, error: message });
      log(`  ${what} failed (${message}); once more`);
    }
  }
}

// ── 2. Main-thread time of a report page load ────────────────────────────────────────────────────────

interface LoadSample {
  /** Main-thread CPU time in tasks (TaskDuration, threadTicks). */
  taskMs: number;
  scriptMs: number;
  styleLayoutMs: number;
  /** The main thread's CPU time overall (ThreadTime), a cross-check of taskMs. */
  threadMs: number;
  /** TaskDuration of the person's first stir on the loaded page (a mouse move) and what followed it. */
  firstActivityMs: number;
}

/** Where the mouse first moves over the page, away from everything the page or the assistant puts there. */
const STIR_FROM = { x: 40, y: 40 };
const STIR_TO = { x: 60, y: 60 };

async function loadOnce(session: ExtensionSession, withExtension: boolean): Promise<LoadSample> {
  const page = await session.context.newPage();
  try {
    const cdp = await session.context.newCDPSession(page);
    // Enabled before the navigation: the agent follows the tab into the renderer the portal page commits
    // in, and counts from there.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(REPORT_URL, { waitUntil: 'load' });
    if (!withExtension && page.frames().length !== 1)
      throw new Error('a frame appeared in the browser without the extension');
    await sleep(LOAD_SETTLE_MS);
    const metric = async (names: readonly string[]) => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return names.map((name) => {
        const found = metrics.find((m) => m.name === name);
        if (!found) throw new Error(`Performance.getMetrics gave no ${name}`);
        return found.value * 1000;
      });
    };
    const [taskMs, scriptMs, recalcMs, layoutMs, threadMs] = await metric([
      'TaskDuration',
      'ScriptDuration',
      'RecalcStyleDuration',
      'LayoutDuration',
      'ThreadTime',
    ]);
    // Then the person stirs, in both browsers alike. With the extension, the content script wakes: it tells
    // the background which page this is (waited for through the service worker, not the page, so the
    // waiting adds no work to the main thread measured) and puts its button on the page. That the word
    // arrives also shows the content script was there during the load.
    const stirredAt = Date.now();
    await page.mouse.move(STIR_FROM.x, STIR_FROM.y);
    await page.mouse.move(STIR_TO.x, STIR_TO.y);
    if (withExtension) await contentScriptReported(session, stirredAt);
    await sleep(LOAD_SETTLE_MS);
    const [afterStirMs] = await metric(['TaskDuration']);
    await cdp.detach();
    return {
      taskMs: taskMs!,
      scriptMs: scriptMs!,
      styleLayoutMs: recalcMs! + layoutMs!,
      threadMs: threadMs!,
      firstActivityMs: afterStirMs! - taskMs!,
    };
  } finally {
    await page.close();
  }
}

async function measureLoads(runs: number, warmup: number) {
  const withExtension = await launchExtension();
  const without = await launchExtension({ withoutExtension: true });
  try {
    await seedSampleDrafts(withExtension);
    const samples = { withExtension: [] as LoadSample[], withoutExtension: [] as LoadSample[] };
    for (let i = 0; i < warmup + runs; i++) {
      // ABBA: neither browser always goes first, so a drift in the machine's load falls on both.
      const order = i % 2 === 0 ? ([true, false] as const) : ([false, true] as const);
      const pair: Partial<Record<'with' | 'without', LoadSample>> = {};
      for (const extension of order) {
        pair[extension ? 'with' : 'without'] = await withRetry(`load ${i + 1}`, () =>
          loadOnce(extension ? withExtension : without, extension),
        );
      }
      const label = i < warmup ? `warm-up ${i + 1}/${warmup}` : `load ${i - warmup + 1}/${runs}`;
      log(
        `  ${label}: with ${pair.with!.taskMs.toFixed(1)} ms · without ${pair.without!.taskMs.toFixed(1)} ms`,
      );
      if (i < warmup) continue;
      samples.withExtension.push(pair.with!);
      samples.withoutExtension.push(pair.without!);
    }
    return samples;
  } finally {
    await withExtension.close();
    await without.close();
  }
}

// ── 3. Fill time ─────────────────────────────────────────────────────────────────────────────────────

interface FillTiming {
  /** Wall-clock duration of the task that carried out the fill. */
  wallMs: number;
  cpuMs: number;
  /** Of the wall time: style recalculation and layout forced inside the fill (focus() forces them). */
  styleLayoutMs: number;
  /** The same plus the main-thread work of the frame that follows it (null if none was traced). */
  withNextFrameMs: number | null;
  /** Tasks that dispatched the fill's events (1 expected). */
  tasks: number;
}

/** The fill's task(s) in the portal renderer's main thread: the ones that dispatched its input/change events. */
function fillTiming(events: readonly TraceEvent[], url: string): FillTiming {
  const thread = eventsOn(
    events,
    mainThreadOfPage(events, (href) => href === url),
  );
  const tasks = topLevelTasks(thread);
  const fill = tasks.filter((t) => dispatches(within(thread, t), ['input', 'change']));
  const last = fill.at(-1);
  if (!last) throw new Error('no task in the portal page dispatched the fill’s events');
  const end = last.ts + (last.dur ?? 0);
  const frame = tasks.find((t) => t.ts >= end && rendersFrame(within(thread, t)));
  const { wallMs, cpuMs } = busyMs(fill);
  const styleLayoutMs = fill
    .map((t) => coveredMs(within(thread, t), ['UpdateLayoutTree', 'Layout']))
    .reduce((a, b) => a + b, 0);
  return {
    wallMs,
    cpuMs,
    styleLayoutMs,
    withNextFrameMs: frame ? wallMs + (frame.dur ?? 0) / 1000 : null,
    tasks: fill.length,
  };
}

/**
 * The page-side work of a collect: every task of the portal's main thread from the one that received the
 * request on. The first collect on a page spans several (the request, loading page-service.js, the reply);
 * the page is otherwise idle then.
 */
function collectTiming(events: readonly TraceEvent[], url: string): { wallMs: number; cpuMs: number } {
  const thread = eventsOn(
    events,
    mainThreadOfPage(events, (href) => href === url),
  );
  const tasks = topLevelTasks(thread);
  const first = tasks.findIndex((t) => receivesExtensionMessage(within(thread, t)));
  if (first < 0) throw new Error('no task in the portal page received the collect request');
  return busyMs(tasks.slice(first));
}

/**
 * Removes the recovery slot the page kept as it closed (it holds what the fill typed), so that the next
 * run opens the page as the first did: no recovery offer, nothing read before the assistant opens.
 */
async function clearRecovery(session: ExtensionSession, pageKey: string): Promise<void> {
  await sleep(300); // the pagehide save travels to the background first
  const worker = await session.serviceWorker();
  await worker.evaluate(
    (key) =>
      new Promise<void>((resolveDone, reject) => {
        const open = indexedDB.open('eplan-assistant');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('meta', 'readwrite');
          tx.objectStore('meta').delete(key);
          tx.oncomplete = () => {
            db.close();
            resolveDone();
          };
          tx.onerror = () => {
            db.close();
            reject(tx.error);
          };
        };
      }),
    `recovery:${pageKey}`,
  );
}

async function fillReportOnce(session: ExtensionSession): Promise<FillTiming & { status: string }> {
  const page = await session.context.newPage();
  try {
    await page.goto(REPORT_URL);
    const frame = await openAssistant(page, session);
    if (await frame.locator('.recover').count())
      throw new Error('a recovery offer was left from a former run');
    const cdp = await session.context.newCDPSession(page);
    const { events } = await traceDuring(cdp, async () => {
      await press(frame, 'Fill from draft');
      await frame.getByRole('status').waitFor();
      await sleep(FILL_SETTLE_MS);
    });
    await cdp.detach();
    const status = frame.getByRole('status');
    const text = (await status.innerText()).trim();
    if (!(await status.getAttribute('class'))?.includes('ok')) throw new Error(`the fill said: ${text}`);
    return { ...fillTiming(events, REPORT_URL), status: text };
  } finally {
    await page.close();
    await clearRecovery(session, REPORT_PAGE_KEY);
  }
}

/**
 * Asks the page service from inside the assistant's iframe, as the assistant does (askPage), and times the
 * round trip there: the request's way to the page, the page's task, and the answer's way back.
 */
async function askFromAssistant<T>(
  frame: Frame,
  request: unknown,
): Promise<{ data: T; roundTripMs: number }> {
  const answer = await frame.evaluate(async (message) => {
    const tab = await chrome.tabs.getCurrent();
    if (tab?.id === undefined) throw new Error('the assistant is not in a tab');
    const start = performance.now();
    const reply = (await chrome.tabs.sendMessage(tab.id, message, { frameId: 0 })) as {
      ok: boolean;
      data?: unknown;
      error?: string;
    };
    return { ...reply, roundTripMs: performance.now() - start };
  }, request);
  if (!answer.ok) throw new Error(`the page service said: ${answer.error}`);
  return { data: answer.data as T, roundTripMs: answer.roundTripMs };
}

/** A new tab on the 200-field page, its assistant ready; closed and its recovery slot cleared after. */
async function onSyntheticPage<T>(session: ExtensionSession, run: (frame: Frame, page: Page) => Promise<T>) {
  const page = await session.context.newPage();
  try {
    await page.goto(SYNTHETIC_URL);
    return await run(await openAssistant(page, session), page);
  } finally {
    await page.close();
    await clearRecovery(session, SYNTHETIC_PAGE_KEY);
  }
}

/** The fill of every field, checked: the page service must report each of the 200 actions done. */
function checkedActions(snapshot: PageSnapshot): FillAction[] {
  const actions = fillEverything(snapshot.controls);
  if (actions.length !== SYNTHETIC_FIELD_COUNT) {
    throw new Error(
      `the synthetic page has ${actions.length} fillable controls, not ${SYNTHETIC_FIELD_COUNT}`,
    );
  }
  return actions;
}
function checkFilled(result: ApplyResult): number {
  const filled = result.results.filter((r) => r.ok).length;
  if (filled !== SYNTHETIC_FIELD_COUNT) throw new Error(`only ${filled} of the 200 fields were filled`);
  return filled;
}

interface SyntheticSample extends FillTiming {
  collect: { wallMs: number; cpuMs: number };
  filled: number;
  /**
   * Cross-check without a trace running, on another fresh tab: the apply's round trip timed inside the
   * assistant's iframe (the page's task plus two hops of IPC), so the trace's own overhead shows.
   */
  untracedRoundTripMs: number;
}

async function fillSyntheticOnce(session: ExtensionSession): Promise<SyntheticSample> {
  const traced = await onSyntheticPage(session, async (frame, page) => {
    const cdp = await session.context.newCDPSession(page);
    const collected = await traceDuring(cdp, () =>
      askFromAssistant<PageSnapshot>(frame, { type: 'page.collect' }),
    );
    const actions = checkedActions(collected.value.data);
    const applied = await traceDuring(cdp, async () => {
      const { data } = await askFromAssistant<ApplyResult>(frame, { type: 'page.apply', actions });
      await sleep(FILL_SETTLE_MS);
      return data;
    });
    await cdp.detach();
    return {
      ...fillTiming(applied.events, SYNTHETIC_URL),
      collect: collectTiming(collected.events, SYNTHETIC_URL),
      filled: checkFilled(applied.value),
    };
  });
  const untracedRoundTripMs = await onSyntheticPage(session, async (frame) => {
    const { data: snapshot } = await askFromAssistant<PageSnapshot>(frame, { type: 'page.collect' });
    const applied = await askFromAssistant<ApplyResult>(frame, {
      type: 'page.apply',
      actions: checkedActions(snapshot),
    });
    checkFilled(applied.data);
    return applied.roundTripMs;
  });
  return { ...traced, untracedRoundTripMs };
}

async function measureFills(runs: number, warmup: number) {
  const session = await launchExtension();
  try {
    await seedSampleDrafts(session);
    const html = syntheticReportPage();
    // Registered after the harness's replica route, so it answers first (Playwright tries the newest first).
    await session.context.route(
      (url) => url.href === SYNTHETIC_URL,
      (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    const report: (FillTiming & { status: string })[] = [];
    for (let i = 0; i < warmup + runs; i++) {
      const sample = await withRetry(`report form fill ${i + 1}`, () => fillReportOnce(session));
      const label = i < warmup ? `warm-up ${i + 1}/${warmup}` : `fill ${i - warmup + 1}/${runs}`;
      log(`  report form ${label}: ${sample.wallMs.toFixed(2)} ms (${sample.status})`);
      if (i >= warmup) report.push(sample);
    }
    const synthetic: SyntheticSample[] = [];
    for (let i = 0; i < warmup + runs; i++) {
      const sample = await withRetry(`200-field fill ${i + 1}`, () => fillSyntheticOnce(session));
      const label = i < warmup ? `warm-up ${i + 1}/${warmup}` : `fill ${i - warmup + 1}/${runs}`;
      log(
        `  200-field page ${label}: apply ${sample.wallMs.toFixed(1)} ms (untraced round trip ` +
          `${sample.untracedRoundTripMs.toFixed(1)} ms) · collect ${sample.collect.wallMs.toFixed(1)} ms`,
      );
      if (i >= warmup) synthetic.push(sample);
    }
    return { report, synthetic };
  } finally {
    await session.close();
  }
}

// ── Environment ──────────────────────────────────────────────────────────────────────────────────────

async function chromiumVersion(): Promise<string> {
  const session = await launchExtension({ withoutExtension: true });
  try {
    const page = await session.context.newPage();
    const cdp = await session.context.newCDPSession(page);
    const { product } = await cdp.send('Browser.getVersion');
    return product;
  } finally {
    await session.close();
  }
}

function gitDescription(): string {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim();
    const commit = git('rev-parse', '--short', 'HEAD');
    const dirty = git('status', '--porcelain') !== '';
    return dirty ? `${commit} with uncommitted changes` : commit;
  } catch {
    return 'unknown';
  }
}

// ── Output ───────────────────────────────────────────────────────────────────────────────────────────

/** A plain-text table: the first column left-aligned, the others right-aligned. */
function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
        .join('  ')
        .trimEnd(),
    )
    .map((line) => `   ${line}`)
    .join('\n');
}

const ms = (v: number | null | undefined, digits = 1) =>
  v === null || v === undefined || Number.isNaN(v) ? '–' : v.toFixed(digits);
const bytes = (v: number) => v.toLocaleString('en-US');
const verdict = (value: number, limit: number) => (value <= limit ? 'within' : 'OVER');

function sizeRow(label: string, file: FileSize, limit = ''): string[] {
  return [label, bytes(file.bytes), bytes(file.gzipBytes), file.reactMarkers.length ? 'yes' : 'none', limit];
}

async function main() {
  const runs = numberArg('runs', 20);
  const warmup = numberArg('warmup', 2);
  if (runs < 1) throw new Error('--runs must be at least 1');
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`no build in ${EXTENSION_DIR}: run \`npx wxt build\` first (npm run bench:prefill does)`);
  }
  const stale = staleSources(
    EXTENSION_DIR,
    ['entrypoints', 'utils', 'components'].map((d) => join(ROOT, d)),
  );
  if (stale.length) log(`warning: ${stale.length} source file(s) changed after the build, e.g. ${stale[0]}`);

  const startedAt = new Date();
  const loadAtStart = loadavg()[0]!;
  log('1/3 size of the built scripts');
  const size: BundleSizes = measureBundle(EXTENSION_DIR, REPORT_URL);
  const scriptBytes = size.contentScript.bytes + (size.formScript?.bytes ?? 0);
  const chromium = await chromiumVersion();
  log(`2/3 report page loads, ${runs} with and ${runs} without the extension (+${warmup} warm-up each)`);
  const loads = await measureLoads(runs, warmup);
  log(`3/3 fills, ${runs} on the report form and ${runs} on the 200-field page (+${warmup} warm-up each)`);
  const fills = await measureFills(runs, warmup);
  const loadAtEnd = loadavg()[0]!;

  const loadSummary = (samples: readonly LoadSample[]) => ({
    taskMs: pick(samples, (s) => s.taskMs),
    scriptMs: pick(samples, (s) => s.scriptMs),
    styleLayoutMs: pick(samples, (s) => s.styleLayoutMs),
    threadMs: pick(samples, (s) => s.threadMs),
    firstActivityMs: pick(samples, (s) => s.firstActivityMs),
  });
  const load = {
    withExtension: loadSummary(loads.withExtension),
    withoutExtension: loadSummary(loads.withoutExtension),
  };
  const addedMs = load.withExtension.taskMs.median - load.withoutExtension.taskMs.median;
  const fillSummary = (samples: readonly FillTiming[]) => ({
    wallMs: pick(samples, (s) => s.wallMs),
    cpuMs: pick(samples, (s) => s.cpuMs),
    styleLayoutMs: pick(samples, (s) => s.styleLayoutMs),
    withNextFrameMs: pick(samples, (s) => s.withNextFrameMs),
  });
  const fill = {
    reportForm: fillSummary(fills.report),
    synthetic: {
      ...fillSummary(fills.synthetic),
      untracedRoundTripMs: pick(fills.synthetic, (s) => s.untracedRoundTripMs),
      collectWallMs: pick(fills.synthetic, (s) => s.collect.wallMs),
      collectCpuMs: pick(fills.synthetic, (s) => s.collect.cpuMs),
    },
  };
  const reportFields = /\d+/.exec(fills.report[0]?.status ?? '')?.[0] ?? '?';
  const busy = Math.max(loadAtStart, loadAtEnd) > cpus().length;

  const loadRow = (label: string, key: keyof typeof load.withExtension, limit = '') => {
    const added = load.withExtension[key].median - load.withoutExtension[key].median;
    return [
      label,
      ms(load.withExtension[key].median),
      ms(load.withExtension[key].p95),
      ms(load.withoutExtension[key].median),
      ms(load.withoutExtension[key].p95),
      `${added >= 0 ? '+' : ''}${ms(added)}`,
      limit,
    ];
  };
  const fillRow = (label: string, f: ReturnType<typeof fillSummary>, limit: number, roundTrip = '') => [
    label,
    ms(f.wallMs.median, 2),
    ms(f.wallMs.p95, 2),
    ms(f.cpuMs.median, 2),
    ms(f.styleLayoutMs.median, 2),
    ms(f.withNextFrameMs.median, 2),
    roundTrip,
    `<= ${limit}: ${verdict(f.wallMs.median, limit)}`,
  ];

  const lines = [
    '',
    'e-Plan Assistant · prefill benchmark',
    `${chromium}, headless · ${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? '?'}) · load average ` +
      `${loadAtStart.toFixed(1)} at start, ${loadAtEnd.toFixed(1)} at end`,
    `commit ${gitDescription()} · ${startedAt.toISOString()} · ${runs} run${runs === 1 ? '' : 's'} after ${warmup} warm-up`,
    ...(busy
      ? [
          'note: the machine was busy (load average above its CPU count): wall-clock figures run high, CPU less so',
        ]
      : []),
    ...(retries.length ? [`note: ${retries.length} measurement(s) failed once and were run again`] : []),
    '',
    '1. What a portal page loads (built .output/chrome-mv3, minified), bytes',
    table([
      ['file', 'bytes', 'gzip', 'React', 'limit'],
      sizeRow(`${size.contentScript.path} (at page load)`, size.contentScript),
      ...(size.formScript ? [sizeRow(`${size.formScript.path} (on the first stir)`, size.formScript)] : []),
      [
        '  together',
        bytes(scriptBytes),
        '',
        '',
        `<= ${bytes(LIMITS.contentScriptBytes)}: ${verdict(scriptBytes, LIMITS.contentScriptBytes)}`,
      ],
      sizeRow(`${size.pageService.path} (when the assistant first asks)`, size.pageService),
      [
        `${size.assistant.html} scripts (its iframe, own process)`,
        bytes(size.assistant.totalBytes),
        bytes(size.assistant.totalGzipBytes),
        size.assistant.chunks.some((c) => c.reactMarkers.length) ? 'yes' : 'none',
        '',
      ],
      ...size.assistant.chunks.map((c) => sizeRow(`  ${c.path}`, c)),
    ]),
    '',
    `2. Main-thread CPU time of the portal page while it loads the report form (ms, ${runs} load${runs === 1 ? '' : 's'} each)`,
    table([
      ['', 'with ext.', 'p95', 'without', 'p95', 'added', 'limit'],
      loadRow(
        'all tasks (TaskDuration)',
        'taskMs',
        `<= ${LIMITS.addedLoadMainThreadMs}: ${verdict(addedMs, LIMITS.addedLoadMainThreadMs)}`,
      ),
      loadRow('  of which script', 'scriptMs'),
      loadRow('  of which style + layout', 'styleLayoutMs'),
      loadRow('main thread overall (ThreadTime)', 'threadMs'),
      loadRow('then the first mouse move (TaskDuration)', 'firstActivityMs', 'not limited'),
    ]),
    '   (medians and 95th percentiles; "added" is the difference of the medians. On a form page the content',
    '   script waits for the person to stir before it does anything but listen: the first mouse move is where',
    '   the form script comes, tells the background of the page and puts its button there, once per page)',
    '',
    `3. Fill: the page's task from receiving the request to the end of its work (ms, ${runs} fill${runs === 1 ? '' : 's'} each)`,
    table([
      ['', 'median', 'p95', 'CPU', 'style+layout', '+ next frame', 'untraced', 'limit'],
      fillRow(
        `report form from the assistant (${reportFields} fields)`,
        fill.reportForm,
        LIMITS.reportFillMs,
      ),
      fillRow(
        `200-field page (${SYNTHETIC_FIELD_COUNT} actions)`,
        fill.synthetic,
        LIMITS.syntheticFillMs,
        ms(fill.synthetic.untracedRoundTripMs.median, 2),
      ),
      [
        '  for context: its collect on opening',
        ms(fill.synthetic.collectWallMs.median, 2),
        ms(fill.synthetic.collectWallMs.p95, 2),
        ms(fill.synthetic.collectCpuMs.median, 2),
        '',
        '',
        '',
        '',
      ],
    ]),
    '   (wall-clock unless marked; CPU, style+layout and + next frame are medians; "untraced" is the',
    '   median round trip of the same fill timed in the assistant iframe with no trace running)',
    '',
    `Samples and method: ${RESULTS.replace(`${ROOT}/`, '')}`,
  ];
  console.log(lines.join('\n'));

  mkdirSync(dirname(RESULTS), { recursive: true });
  const json = {
    benchmark: 'prefill',
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    chromium,
    machine: { cpus: cpus().length, model: cpus()[0]?.model.trim(), loadAverage: [loadAtStart, loadAtEnd] },
    commit: gitDescription(),
    runs,
    warmup,
    limits: LIMITS,
    retries,
    size: { ...size, scriptBytes, withinLimit: scriptBytes <= LIMITS.contentScriptBytes },
    load: {
      method:
        'Performance.getMetrics (timeDomain threadTicks) on a new portal tab, enabled before navigating; read after ' +
        `load (with the extension: the background has recorded the page) and a ${LOAD_SETTLE_MS} ms settle. ` +
        "TaskDuration = CPU time of the page renderer's main-thread tasks. Browsers with and without the " +
        'extension alternate (ABBA).',
      url: REPORT_URL,
      summary: { ...load, addedTaskMs: addedMs, withinLimit: addedMs <= LIMITS.addedLoadMainThreadMs },
      samples: loads,
    },
    fill: {
      method:
        "DevTools trace; in the portal renderer's main thread, the task(s) that dispatched the fill's input/change " +
        'events: wall duration, CPU time, forced style+layout inside, and plus the next frame task.',
      reportForm: {
        url: REPORT_URL,
        summary: fill.reportForm,
        withinLimit: fill.reportForm.wallMs.median <= LIMITS.reportFillMs,
        samples: fills.report,
      },
      synthetic: {
        url: SYNTHETIC_URL,
        fields: SYNTHETIC_FIELD_COUNT,
        summary: fill.synthetic,
        withinLimit: fill.synthetic.wallMs.median <= LIMITS.syntheticFillMs,
        samples: fills.synthetic,
      },
    },
  };
  writeFileSync(RESULTS, `${JSON.stringify(json, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
