import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page, type Worker } from 'playwright-core';
import { createReplicaPortal, type ReplicaOptions } from '../fixtures/portal/replica';

// EPLAN_EXTENSION_DIR lets a benchmark load another build (e.g. a stripped-down variant) the same way;
// EPLAN_OUT_DIR is where `wxt build` wrote this one (wxt.config.ts), `.output` unless set.
export const EXTENSION_DIR =
  process.env.EPLAN_EXTENSION_DIR ??
  resolve(import.meta.dirname, '../..', process.env.EPLAN_OUT_DIR ?? '.output', 'chrome-mv3');
export const PORTAL = 'https://e-plan.nacc.go.th';
/** A host that is not the portal but serves the same pages: the content script must not run there. */
export const LOOKALIKE = 'https://e-plan.nacc.go.th.example.org';

export type Replica = ReturnType<typeof createReplicaPortal>;

export interface ExtensionSession {
  context: BrowserContext;
  replica: Replica;
  extensionId: string;
  userDataDir: string;
  serviceWorker(): Promise<Worker>;
  extensionUrl(path: string): string;
  openExtensionPage(path: string): Promise<Page>;
  /** Closes the browser and starts it again on the same profile, like a user quitting Chrome. */
  restart(): Promise<ExtensionSession>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  replica?: ReplicaOptions;
  /** Browser UI language, which picks the extension's _locales (Thai by default, as our users'). */
  lang?: string;
  userDataDir?: string;
  /** Headless unless told otherwise; the demo shows a window when there is a display. */
  headless?: boolean;
  /**
   * The same browser, profile setup and replica routes without loading the extension: the baseline the
   * benchmarks compare against. `extensionId` is then empty and there is no service worker.
   */
  withoutExtension?: boolean;
  /** Another build to load instead of EXTENSION_DIR (a benchmark comparing variants side by side). */
  extensionDir?: string;
  /** Keep Chromium's back/forward cache, which Playwright turns off by default. */
  backForwardCache?: boolean;
}

/** Real Chromium (never a downloaded one) with the built extension, the portal replaced by our replica. */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'eplan-e2e-')));
  const lang = options.lang ?? 'th';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: options.headless ?? true,
    locale: lang === 'th' ? 'th-TH' : 'en-US',
    // On Linux, Chromium takes its UI language (and so the extension's locale) from the environment.
    env: { ...process.env, LANGUAGE: lang, LANG: lang === 'th' ? 'th_TH.UTF-8' : 'en_US.UTF-8' },
    ...(options.backForwardCache && { ignoreDefaultArgs: ['--disable-back-forward-cache'] }),
    args: [
      ...(options.withoutExtension
        ? []
        : [
            `--disable-extensions-except=${options.extensionDir ?? EXTENSION_DIR}`,
            `--load-extension=${options.extensionDir ?? EXTENSION_DIR}`,
          ]),
      `--lang=${lang}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const replica = createReplicaPortal(options.replica);
  // Nothing leaves the machine: every request is answered by the replica or refused.
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => route.abort('internetdisconnected'),
  );
  await context.route(`${PORTAL}/**`, async (route) => {
    const request = route.request();
    const answer = replica.handle({
      method: request.method(),
      url: request.url(),
      postData: request.postData(),
    });
    await route.fulfill({
      status: answer.status,
      contentType: answer.contentType,
      body: answer.body,
      headers: answer.headers,
    });
  });
  await context.route(`${LOOKALIKE}/**`, async (route) => {
    const url = route.request().url().replace(LOOKALIKE, PORTAL);
    const answer = replica.handle({
      method: route.request().method(),
      url,
      postData: route.request().postData(),
    });
    await route.fulfill({ status: answer.status, contentType: answer.contentType, body: answer.body });
  });

  const firstWorker = options.withoutExtension
    ? undefined
    : (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  const extensionId = firstWorker ? new URL(firstWorker.url()).host : '';

  const session: ExtensionSession = {
    context,
    replica,
    extensionId,
    userDataDir,
    async serviceWorker() {
      if (options.withoutExtension) throw new Error('launched without the extension: no service worker');
      const live = context
        .serviceWorkers()
        .find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
      return live ?? (await context.waitForEvent('serviceworker'));
    },
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(session.extensionUrl(path));
      return page;
    },
    async restart() {
      await context.close();
      return launchExtension({ ...options, userDataDir });
    },
    async close() {
      await context.close();
      if (!options.userDataDir) await rm(userDataDir, { recursive: true, force: true });
    },
  };
  return session;
}

/** Waits until a locator's text is there, then gives it (playwright-core has no web-first assertions). */
export async function textOf(locator: Locator): Promise<string> {
  await locator.first().waitFor();
  return (await locator.first().innerText()).trim();
}

/**
 * The extension's isolated worlds in a page: one per content script that ran there. Read through the
 * DevTools protocol, so a test sees whether our script ran without the script marking the page.
 */
export async function contentScriptWorlds(page: Page, extensionId: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: string[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === `chrome-extension://${extensionId}`) worlds.push(context.name);
  });
  await cdp.send('Runtime.enable');
  await cdp.detach();
  return worlds;
}

/** Reads one object store of the extension's IndexedDB from inside the service worker. */
export async function readExtensionStore(worker: Worker, storeName: string): Promise<unknown[]> {
  return worker.evaluate(
    (name) =>
      new Promise<unknown[]>((resolveAll, reject) => {
        const open = indexedDB.open('eplan-assistant');
        let missing = false;
        // Never create the database from a test: the extension must be the one to make it.
        open.onupgradeneeded = () => {
          missing = true;
          open.transaction?.abort();
        };
        open.onerror = () => (missing ? resolveAll([]) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolveAll([]);
            return;
          }
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            db.close();
            resolveAll(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    storeName,
  );
}

/**
 * Writes a record straight into one object store of the extension's IndexedDB from an extension page,
 * past every check of ours (as a record damaged on disk, or written by another version, would be there),
 * then announces a change to it on the store-change channel, as a write of ours would.
 */
export async function putRawRecord(
  page: Page,
  storeName: 'projects' | 'reports',
  record: object,
): Promise<void> {
  await page.evaluate(
    ({ name, value }) =>
      new Promise<void>((done, failed) => {
        const open = indexedDB.open('eplan-assistant');
        open.onerror = () => failed(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readwrite');
          tx.objectStore(name).put(value);
          tx.onerror = () => failed(tx.error);
          tx.oncomplete = () => {
            open.result.close();
            const kind = name === 'projects' ? 'project' : 'report';
            new BroadcastChannel('eplan-store-changes').postMessage({ kind, id: String(value.id) });
            done();
          };
        };
      }),
    { name: storeName, value: record as Record<string, unknown> },
  );
}

/**
 * Stops the extension's service worker through the DevTools protocol (ServiceWorker.stopWorker), as Chrome
 * does when it has been idle: its memory is gone, and the next event starts it afresh. Resolves once the
 * protocol reports it stopped. Playwright keeps the same Worker handle, which reaches the worker again once
 * something starts it (see wakeServiceWorker).
 */
export async function stopServiceWorker(session: ExtensionSession): Promise<void> {
  const script = session.extensionUrl('background.js');
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  try {
    const statuses = new Map<string, string>(); // versionId → running status
    let recheck = () => undefined as void;
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const v of versions) if (v.scriptURL === script) statuses.set(v.versionId, v.runningStatus);
      recheck();
    });
    const until = (what: string, done: () => boolean) =>
      new Promise<void>((resolveDone, reject) => {
        const timer = setTimeout(() => reject(new Error(`service worker never ${what}`)), 15_000);
        recheck = () => {
          if (!done()) return;
          clearTimeout(timer);
          resolveDone();
        };
        recheck();
      });
    await cdp.send('ServiceWorker.enable');
    await until('reported running', () => [...statuses.values()].includes('running'));
    for (const [versionId, status] of statuses) {
      if (status === 'running') await cdp.send('ServiceWorker.stopWorker', { versionId });
    }
    await until('stopped', () => [...statuses.values()].every((status) => status === 'stopped'));
  } finally {
    await cdp.detach();
    await page.close();
  }
}

/** Starts the stopped service worker again with an event (a runtime message from an extension page). */
export async function wakeServiceWorker(session: ExtensionSession, page: Page): Promise<Worker> {
  // The answer comes from the started worker, so by then it runs (Playwright may report it a moment later).
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ping' }));
  return session.serviceWorker();
}

/**
 * A new tab on `url` with the extension's worker asleep, as after a while away: on a form page, the form's
 * features then come a moment after the first stir (the worker has to start). The worker must have started
 * once before (say, drafts seeded): Chrome does not start one stopped before that for a page's message.
 */
export async function openWithWorkerAsleep(session: ExtensionSession, url: string): Promise<Page> {
  await stopServiceWorker(session);
  const page = await session.context.newPage();
  await page.goto(url);
  return page;
}
