import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fiscalYearOf } from '../../utils/calendar/fiscal-year';
import { launchExtension, type ExtensionSession } from './harness';
import { seedSampleDrafts, sendFromPage } from './seed';

// axe-core checks each view as a screen-reader user would meet it; "serious" and "critical" findings fail.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const FISCAL_YEAR = fiscalYearOf(Date.now());

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol, which the extension pages' CSP (script-src 'self') allows.
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(
    async () =>
      (
        await (
          globalThis as unknown as {
            axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> };
          }
        ).axe.run(document, { resultTypes: ['violations'] })
      ).violations,
  )) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** At 200 % zoom a 1280-pixel screen is 640 CSS pixels wide: nothing may need sideways scrolling. */
async function overflowsAt200Percent(page: Page): Promise<boolean> {
  await page.setViewportSize({ width: 640, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  await page.setViewportSize({ width: 1280, height: 900 });
  return overflow;
}

let session: ExtensionSession;
let projectId: string;
beforeAll(async () => {
  session = await launchExtension();
  const ids = await seedSampleDrafts(session);
  projectId = ids.values().next().value!;
  // Something in the trash, so its view has items to check.
  const page = await session.openExtensionPage('workspace.html');
  const saved = (await sendFromPage(page, {
    type: 'project.save',
    fields: {
      name: 'โครงการที่จะย้ายไปถังขยะ',
      unitCode: '3100300',
      planYears: [FISCAL_YEAR],
      workType: '2',
      dimension: '2',
      plannedBudget: null,
      targetGroups: [],
      objective: '',
      remark: '',
    },
  })) as unknown as { data: { project: { id: string } } };
  await page.goto(session.extensionUrl(`workspace.html#project/${saved.data.project.id}`));
  await page.getByRole('button', { name: 'Delete project' }).click();
  await page.locator('.trash-item').first().waitFor();
  await page.close();
}, 120_000);
afterAll(async () => {
  await session?.close();
});

describe('every view is usable with a screen reader and at 200 % zoom', () => {
  const views: { name: string; open: (page: Page) => Promise<void> }[] = [
    {
      name: 'the plan',
      open: async (page) => {
        await page.goto(session.extensionUrl('workspace.html'));
        await page.getByRole('searchbox', { name: 'Search projects' }).waitFor();
      },
    },
    {
      name: 'the plan, needs attention only, in English',
      open: async (page) => {
        await page.goto(session.extensionUrl('workspace.html#outstanding'));
        await page.getByRole('combobox', { name: 'Language' }).selectOption('en');
        await page.getByText('Needs attention only').waitFor();
      },
    },
    {
      name: 'the BMA import panel',
      open: async (page) => {
        await page.goto(session.extensionUrl('workspace.html'));
        await page.getByRole('button', { name: 'Import BMA report' }).click();
        await page.getByRole('textbox', { name: 'BMA progress report text' }).waitFor();
      },
    },
    {
      name: 'the CSV import panel',
      open: async (page) => {
        await page.goto(session.extensionUrl('workspace.html'));
        await page.getByRole('button', { name: 'Import projects (CSV)' }).click();
        await page.getByRole('button', { name: 'Download CSV template' }).waitFor();
      },
    },
    {
      name: 'a project form with its history',
      open: async (page) => {
        await page.goto(session.extensionUrl(`workspace.html#project/${projectId}`));
        await page.getByRole('form', { name: 'Project' }).waitFor();
      },
    },
    {
      name: 'a round draft with check findings',
      open: async (page) => {
        await page.goto(session.extensionUrl(`workspace.html#report/${projectId}/${FISCAL_YEAR}/2`));
        await page.getByRole('form', { name: 'Round report' }).waitFor();
        await page.locator('.field-messages li').first().waitFor();
      },
    },
    {
      name: 'the trash',
      open: async (page) => {
        await page.goto(session.extensionUrl('workspace.html#trash'));
        await page.locator('.trash-item').first().waitFor();
      },
    },
    {
      name: 'the unit chooser',
      open: async (page) => {
        await page.goto(session.extensionUrl('workspace.html'));
        await page.locator('.unit-line button').first().click();
        await page.getByRole('combobox', { name: 'Choose your unit' }).waitFor();
      },
    },
    {
      name: 'the toolbar popup',
      open: async (page) => {
        await page.goto(session.extensionUrl('popup.html'));
        await page.getByRole('button', { name: 'Open workspace' }).waitFor();
      },
    },
    {
      name: 'the settings page',
      open: async (page) => {
        await page.goto(session.extensionUrl('options.html'));
        await page.getByRole('button', { name: 'Save settings' }).waitFor();
      },
    },
  ];

  it.each(views)('$name', async ({ name, open }) => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    try {
      await open(page);
      expect(await seriousViolations(page), name).toEqual([]);
      if (!name.includes('popup')) expect(await overflowsAt200Percent(page), name).toBe(false);
    } finally {
      // Back to Thai for the next view (the language is a saved setting).
      if (name.includes('English')) await page.getByRole('combobox', { name: 'Language' }).selectOption('th');
      await page.close();
    }
  });
});
