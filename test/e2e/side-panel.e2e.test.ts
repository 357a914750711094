import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';
import { seedSampleDrafts } from './seed';

// The workspace beside the portal, in Chrome's side panel. The narrowest side panel Chrome allows is 320 px.
const SIDE_PANEL_WIDTH = 320;

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
  await seedSampleDrafts(session);
}, 60_000);
afterAll(async () => {
  await session?.close();
});

const overflowOf = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('the workspace in the side panel', () => {
  it('is the side panel Chrome shows, and the popup opens it', async () => {
    const watcher = await session.openExtensionPage('workspace.html');
    expect(await watcher.evaluate(() => chrome.sidePanel.getOptions({}))).toMatchObject({
      path: 'workspace.html',
      enabled: true,
    });
    await watcher.evaluate(() => {
      const opened: string[] = [];
      (window as unknown as { opened: string[] }).opened = opened;
      chrome.sidePanel.onOpened.addListener((info) => opened.push(info.path));
    });

    const popup = await session.openExtensionPage('popup.html');
    await popup.getByRole('button', { name: 'Open in side panel' }).click();
    await expect
      .poll(() => watcher.evaluate(() => (window as unknown as { opened: string[] }).opened))
      .toEqual([expect.stringContaining('workspace.html')]);
  });

  it('fits a side panel: the plan and a round draft read without sideways scrolling', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: SIDE_PANEL_WIDTH, height: 800 });
    await page.goto(session.extensionUrl('workspace.html'));
    const firstProject = page.locator('tr[data-project-id] a').first();
    await firstProject.waitFor();
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await page.locator('a.round-link').first().click();
    // Whichever round the first row links to (a draft, a submitted one, or none yet), its editor opens.
    await page.locator('section.editor #editor-heading').waitFor();
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
  });
});
