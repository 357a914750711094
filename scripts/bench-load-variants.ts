// Main-thread CPU time of loading the report page in several browsers side by side: one per build given,
// plus, if asked:
//   - "none": no extension;
//   - "floor": the built extension with an empty content script, i.e. what Chromium itself spends on
//     giving an extension's content script its isolated world;
//   - "main-floor", "main-listen": the same as "floor" and "listen" in the page's own world (`world: MAIN`),
//     where Chromium builds no isolated world (what Chrome's build runs on the report page as it loads);
//   - "touch": one that only reads `chrome.runtime.id` (as WXT's content script context does as it starts),
//     which makes Chromium build the extension API bindings in the isolated world;
//   - "listen": one that only adds the passive listeners ours adds to a form page as it loads;
//   - "announce": one that only tells the background which page this is and waits for the answer (the
//     `page.seen` message ours sends once the person stirs), i.e. the least a content script pays that asks
//     the extension something as the page loads.
// Loads rotate between the browsers, so a drift in the machine's load falls on all alike. For taking the
// content script's cost apart; bench-prefill.ts is the benchmark of record.
//
//   npx tsx scripts/bench-load-variants.ts [--runs 20] [--trace] none floor main-floor touch listen announce current=.output/chrome-mv3
//
// Without --trace: TaskDuration from Performance.getMetrics (threadTicks), as bench-prefill.ts. With
// --trace: from a DevTools trace, the CPU time of the page's main-thread tasks, and of the content script's
// own evaluation (the task that runs the report page's content script) on its own, which varies much less between loads.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EXTENSION_DIR, launchExtension, PORTAL, type ExtensionSession } from '../test/e2e/harness';
import { seedSampleDrafts } from '../test/e2e/seed';
import { SAMPLE_IDS } from '../test/fixtures/portal/replica';
import { eventsOn, mainThreadOfPage, topLevelTasks, traceDuring } from './bench/trace';

const REPORT_URL = `${PORTAL}/projectreport.php?id=${SAMPLE_IDS.budget}&r=1&y=2570`;
const SETTLE_MS = 1_500;
const WARMUP = 2;

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 20;
const traced = args.includes('--trace');
const specs = args
  .filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs')
  .map((a) => ({ name: a.split('=')[0]!, dir: a.includes('=') ? resolve(a.split('=')[1]!) : undefined }));

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

interface Sample {
  /** The page renderer's main-thread CPU time in tasks since the navigation. */
  taskMs: number;
  /** The content script's evaluation (--trace only). */
  contentScriptMs: number | null;
}

async function loadOnce(session: ExtensionSession): Promise<Sample> {
  const page = await session.context.newPage();
  try {
    const cdp = await session.context.newCDPSession(page);
    if (traced) {
      const { events } = await traceDuring(cdp, async () => {
        await page.goto(REPORT_URL, { waitUntil: 'load' });
        await sleep(SETTLE_MS);
      });
      await cdp.detach();
      const thread = eventsOn(
        events,
        mainThreadOfPage(events, (href) => href === REPORT_URL),
      );
      const cpuMs = (list: typeof thread) => list.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
      const evaluation = thread.filter(
        (e) =>
          e.name === 'EvaluateScript' &&
          /\/(portal[\w-]*|stand-in)\.js$/.test(String(e.args?.data?.url ?? '')),
      );
      return { taskMs: cpuMs(topLevelTasks(thread)), contentScriptMs: cpuMs(evaluation) };
    }
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(REPORT_URL, { waitUntil: 'load' });
    await sleep(SETTLE_MS);
    const { metrics } = await cdp.send('Performance.getMetrics');
    await cdp.detach();
    const task = metrics.find((m) => m.name === 'TaskDuration');
    if (!task) throw new Error('Performance.getMetrics gave no TaskDuration');
    return { taskMs: task.value * 1000, contentScriptMs: null };
  } finally {
    await page.close();
  }
}

/** Stand-in content scripts, hand-written so that nothing of ours but what they name runs (see the top). */
const STAND_INS: Record<string, string> = {
  floor: 'void 0;\n',
  touch: 'void chrome.runtime.id;\n',
  listen: `for (const t of ['pointermove', 'pointerdown', 'keydown', 'focusin'])
  window.addEventListener(t, () => undefined, { capture: true, passive: true });
window.addEventListener('pagehide', () => undefined);
`,
  announce: `const u = new URL(location.href);
chrome.runtime
  .sendMessage({
    type: 'page.seen',
    page: { kind: 'report', url: u.href, projectId: u.searchParams.get('id'), round: Number(u.searchParams.get('r')), fiscalYear: Number(u.searchParams.get('y')) },
    rounds: [],
  })
  .then((answer) => { if (answer?.ok !== true) console.error('page.seen was not answered', answer); }, () => undefined);
`,
};

/** Stand-ins the manifest runs in the page's own world (`world: "MAIN"`), where Chromium makes no isolated world. */
const IN_MAIN_WORLD: Record<string, string> = { 'main-floor': 'floor', 'main-listen': 'listen' };

/**
 * The built extension with a stand-in as the only content script, on every portal page but the login page
 * (the rest of the manifest, externally_connectable included, as built).
 */
function standInBuild(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `eplan-${name}-`));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  writeFileSync(join(dir, 'stand-in.js'), STAND_INS[IN_MAIN_WORLD[name] ?? name]!);
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.content_scripts = [
    {
      matches: [`${PORTAL}/*`],
      exclude_matches: [`${PORTAL}/login.php*`],
      run_at: 'document_end',
      js: ['stand-in.js'],
      ...(name in IN_MAIN_WORLD && { world: 'MAIN' }),
    },
  ];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low]! + (sorted[Math.ceil(at)]! - sorted[low]!) * (at - low);
}

async function main() {
  if (specs.length === 0)
    throw new Error('name the browsers to compare: none, floor, announce, name=build-dir …');
  const made: string[] = [];
  const sessions: ExtensionSession[] = [];
  try {
    for (const spec of specs) {
      if (spec.name === 'none') {
        sessions.push(await launchExtension({ withoutExtension: true }));
        continue;
      }
      const standIn = (spec.name in STAND_INS || spec.name in IN_MAIN_WORLD) && !spec.dir;
      const dir = standIn ? standInBuild(spec.name) : spec.dir;
      if (!dir) throw new Error(`${spec.name}: give its build directory as ${spec.name}=dir`);
      if (standIn) made.push(dir);
      const session = await launchExtension({ extensionDir: dir });
      await seedSampleDrafts(session);
      sessions.push(session);
    }
    const samples = specs.map(() => [] as Sample[]);
    const loadAtStart = loadavg()[0]!;
    for (let i = 0; i < WARMUP + runs; i++) {
      // Each round starts with the next browser, and every other round goes backwards.
      const order = specs.map((_, k) => (k + i) % specs.length);
      if (i % 2) order.reverse();
      const line: string[] = [];
      for (const k of order) {
        const sample = await loadOnce(sessions[k]!);
        if (i >= WARMUP) samples[k]!.push(sample);
        line.push(`${specs[k]!.name} ${sample.taskMs.toFixed(1)}`);
      }
      process.stderr.write(`${i < WARMUP ? 'warm-up' : `load ${i - WARMUP + 1}`}: ${line.join(' · ')}\n`);
    }
    const base = quantile(
      samples[0]!.map((s) => s.taskMs),
      0.5,
    );
    console.log(
      `${runs} loads each of ${REPORT_URL} (${traced ? 'traced' : 'Performance.getMetrics'}); load average ` +
        `${loadAtStart.toFixed(1)} at start, ${loadavg()[0]!.toFixed(1)} at end, ${cpus().length} CPUs`,
    );
    console.log(`main-thread CPU ms: median (p25–p75, p95)${traced ? ' · content script evaluation' : ''}`);
    for (const [k, spec] of specs.entries()) {
      const task = samples[k]!.map((s) => s.taskMs);
      const script = samples[k]!.map((s) => s.contentScriptMs ?? NaN);
      const median = quantile(task, 0.5);
      console.log(
        `  ${spec.name.padEnd(12)} ${median.toFixed(1)} (${quantile(task, 0.25).toFixed(1)}–` +
          `${quantile(task, 0.75).toFixed(1)}, ${quantile(task, 0.95).toFixed(1)})` +
          `  ${k ? `${median - base >= 0 ? '+' : ''}${(median - base).toFixed(1)} vs ${specs[0]!.name}` : ''}` +
          (traced ? ` · ${quantile(script, 0.5).toFixed(1)}` : ''),
      );
    }
  } finally {
    for (const session of sessions) await session.close();
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
