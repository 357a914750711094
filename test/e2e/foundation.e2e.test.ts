import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  contentScriptWorlds,
  EXTENSION_DIR,
  launchExtension,
  LOOKALIKE,
  PORTAL,
  readExtensionStore,
  textOf,
  type ExtensionSession,
} from './harness';
import { stir } from './assistant';

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function lastPortalPage(s: ExtensionSession) {
  const meta = (await readExtensionStore(await s.serviceWorker(), 'meta')) as {
    key: string;
    value: unknown;
  }[];
  return meta.find((m) => m.key === 'lastPortalPage')?.value as { url: string; kind: string } | undefined;
}

describe('the extension in real Chromium', () => {
  it('starts its service worker, named in Thai by default, asking only for the portal (and reminders, side panel, scripts on it)', async () => {
    session = await launchExtension();
    const worker = await session.serviceWorker();
    expect(worker.url()).toBe(session.extensionUrl('background.js'));
    const manifest = await worker.evaluate(() => ({
      name: chrome.i18n.getMessage('extName'),
      hosts: chrome.runtime.getManifest().host_permissions,
      permissions: chrome.runtime.getManifest().permissions,
      version: chrome.runtime.getManifest().manifest_version,
      pagesThatMayMessageIt: (
        chrome.runtime.getManifest() as { externally_connectable?: { matches?: string[] } }
      ).externally_connectable?.matches,
    }));
    expect(manifest).toEqual({
      name: 'ผู้ช่วย e-Plan',
      hosts: ['https://e-plan.nacc.go.th/*'],
      permissions: ['unlimitedStorage', 'alarms', 'notifications', 'sidePanel', 'scripting'],
      version: 3,
      pagesThatMayMessageIt: [
        'https://e-plan.nacc.go.th/projectreport.php*',
        'https://e-plan.nacc.go.th/projectcreate.php*',
      ],
    });
  });

  it('is named in English in an English browser', async () => {
    session = await launchExtension({ lang: 'en' });
    const name = await (await session.serviceWorker()).evaluate(() => chrome.i18n.getMessage('extName'));
    expect(name).toBe('e-Plan Assistant');
  });

  it('waits on a form page for the person to stir, then shows its button and tells the background the page', async () => {
    session = await launchExtension();
    const report = `${PORTAL}/projectreport.php?id=1201&r=1&y=2570`;
    const page = await session.context.newPage();
    await page.goto(report);
    // Loading the form made no isolated world of ours: the page paid next to nothing for the extension.
    expect(await contentScriptWorlds(page, session.extensionId)).toEqual([]);
    // Another portal page, a list, is recorded as soon as it loads: once it is, the report page would have
    // been too had it spoken while loading.
    const list = await session.context.newPage();
    await list.goto(`${PORTAL}/projectdisplay.php`);
    await expect.poll(() => lastPortalPage(session!)).toMatchObject({ kind: 'project-list' });
    expect(await page.getByRole('button', { name: 'Open assistant' }).count()).toBe(0);
    await list.close();

    await stir(page);
    await expect
      .poll(() => lastPortalPage(session!))
      .toMatchObject({ kind: 'report', url: report, projectId: '1201', round: 1, fiscalYear: 2570 });
    await page.getByRole('button', { name: 'Open assistant' }).waitFor();
    expect(await contentScriptWorlds(page, session.extensionId)).toHaveLength(1);
  });

  it('wakes on a key as on the mouse, and still records a form page closed untouched', async () => {
    session = await launchExtension();
    const page = await session.context.newPage();
    await page.goto(`${PORTAL}/projectreport.php?id=1201&r=1&y=2570`);
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: 'Open assistant' }).waitFor();

    const untouched = `${PORTAL}/projectreport.php?id=1201&r=2&y=2570`;
    const left = await session.context.newPage();
    await left.goto(untouched);
    await left.close({ runBeforeUnload: true });
    await expect
      .poll(() => lastPortalPage(session!))
      .toMatchObject({ kind: 'report', url: untouched, round: 2 });
  });

  it('still wakes on a form page the back button brings back from the cache untouched', async () => {
    session = await launchExtension({ backForwardCache: true });
    const report = `${PORTAL}/projectreport.php?id=1201&r=1&y=2570`;
    const page = await session.context.newPage();
    await page.goto(report);
    await page.evaluate(() => ((window as { keptInCache?: boolean }).keptInCache = true));
    await page.goto(`${PORTAL}/projectdisplay.php`);
    await expect.poll(() => lastPortalPage(session!)).toMatchObject({ kind: 'project-list' });
    await page.goBack({ waitUntil: 'commit' }); // a page from the cache fires no load event
    // The page itself came back, as it was left (Chromium's back/forward cache), not loaded again.
    expect(await page.evaluate(() => (window as { keptInCache?: boolean }).keptInCache)).toBe(true);
    await stir(page);
    await page.getByRole('button', { name: 'Open assistant' }).waitFor();
  });

  it("wakes a form page whose own scripts replaced built-ins it shares with the page's world", async () => {
    session = await launchExtension();
    const page = await session.context.newPage();
    // A page script's stand-in, as an old polyfill would put there: its signal is no AbortSignal.
    await page.addInitScript(() => {
      (window as { AbortController: unknown }).AbortController = class {
        signal = {};
        abort() {}
      };
    });
    await page.goto(`${PORTAL}/projectreport.php?id=1201&r=1&y=2570`);
    await stir(page);
    await page.getByRole('button', { name: 'Open assistant' }).waitFor();
  });

  it('still wakes a form page in a Chrome that runs every content script in the isolated world (before 111)', async () => {
    // The built extension as such a Chrome reads it: the manifest's `world` is a key it does not know.
    const dir = await mkdtemp(join(tmpdir(), 'eplan-no-world-'));
    try {
      await cp(EXTENSION_DIR, dir, { recursive: true });
      const manifestPath = join(dir, 'manifest.json');
      const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as {
        content_scripts: { world?: string }[];
      };
      for (const script of manifest.content_scripts) delete script.world;
      await writeFile(manifestPath, JSON.stringify(manifest));
      session = await launchExtension({ extensionDir: dir });
      const page = await session.context.newPage();
      await page.goto(`${PORTAL}/projectreport.php?id=1201&r=1&y=2570`);
      expect(await contentScriptWorlds(page, session.extensionId)).toHaveLength(1);
      await stir(page);
      await page.getByRole('button', { name: 'Open assistant' }).waitFor();
    } finally {
      await session?.close();
      session = undefined;
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("lets a portal form page's own scripts ask it only to wake, and other pages nothing", async () => {
    session = await launchExtension();
    const page = await session.context.newPage();
    await page.goto(`${PORTAL}/projectreport.php?id=1201&r=1&y=2570`);
    // Anything running on the form page can message the extension (that is how the page wakes it)...
    const ask = (message: unknown) =>
      page.evaluate(([id, m]) => chrome.runtime.sendMessage(id as string, m), [
        session!.extensionId,
        message,
      ] as const);
    expect(await ask({ type: 'unit.set', unitCode: '1001' })).toMatchObject({ ok: false });
    expect(await ask({ type: 'page.seen', page: { kind: 'dashboard', url: PORTAL } })).toMatchObject({
      ok: false,
    });
    const meta = (await readExtensionStore(await session.serviceWorker(), 'meta')) as { key: string }[];
    expect(meta.map((m) => m.key)).not.toContain('unitCode');
    expect(meta.map((m) => m.key)).not.toContain('lastPortalPage');
    // ...and what it may ask does what it says.
    expect(await ask({ type: 'portal.stirred' })).toEqual({ ok: true });
    await page.getByRole('button', { name: 'Open assistant' }).waitFor();

    // No other portal page has that door at all.
    await page.goto(`${PORTAL}/projectdisplay.php`);
    expect(
      await page.evaluate(
        () => typeof (globalThis as { chrome?: typeof chrome }).chrome?.runtime?.sendMessage,
      ),
    ).toBe('undefined');
  });

  it('does not run on another host serving the same page, nor on the login page', async () => {
    session = await launchExtension();
    const page = await session.context.newPage();
    await page.goto(`${LOOKALIKE}/projectreport.php?id=1201&r=1&y=2570`);
    await page.locator('form[name=frmProject]').waitFor();
    expect(await contentScriptWorlds(page, session.extensionId)).toEqual([]);

    await page.goto(`${PORTAL}/login.php`);
    await page.locator('input[type=password]').waitFor();
    expect(await contentScriptWorlds(page, session.extensionId)).toEqual([]);

    // The portal's own pages still get it, so the two checks above could have failed.
    await page.goto(`${PORTAL}/projectdisplay.php`);
    await expect.poll(() => lastPortalPage(session!)).toMatchObject({ kind: 'project-list' });
    expect(await contentScriptWorlds(page, session.extensionId)).toHaveLength(1);
  });

  it('opens the workspace extension page, in Thai', async () => {
    session = await launchExtension();
    const page = await session.openExtensionPage('workspace.html');
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe('ผู้ช่วย e-Plan');
    expect(await textOf(page.getByRole('button', { name: 'Export backup' }))).toBe('ส่งออกไฟล์สำรอง');
  });
});
