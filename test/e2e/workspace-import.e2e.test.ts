import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBmaReport } from '../../utils/bma-import/parse-bma-report';
import { proposeRoundDraft } from '../../utils/bma-import/propose-round-draft';
import { translate } from '../../utils/i18n/translate';
import { launchExtension, readExtensionStore, textOf, type ExtensionSession } from './harness';

const SEED_004 = readFileSync(join(import.meta.dirname, '../fixtures/bma/seed-004.txt'), 'utf8');
const th = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('th', key, params);

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('the workspace on first run', () => {
  it('asks for the unit, finds it by name or code, and keeps the choice', async () => {
    session = await launchExtension();
    const page = await session.openExtensionPage('workspace.html');
    const search = page.getByRole('combobox', { name: 'Choose your unit' });
    await search.waitFor();
    expect(await page.locator('input[type=password]').count()).toBe(0);
    expect(await page.getByRole('listbox').getByRole('option').count()).toBe(77);

    await search.fill('เขตบางรัก');
    expect(await page.getByRole('listbox').getByRole('option').allInnerTexts()).toEqual([
      'สำนักงานเขตบางรัก (3104300)',
    ]);
    // By code in Thai digits, chosen with the keyboard.
    await search.fill('๓๑๐๔๓๐๐');
    expect(await page.getByRole('listbox').getByRole('option').allInnerTexts()).toEqual([
      'สำนักงานเขตบางรัก (3104300)',
    ]);
    await search.fill('3104300');
    await search.press('Enter');

    expect(await textOf(page.locator('.unit-line'))).toContain('สำนักงานเขตบางรัก (3104300)');
    await page.reload();
    expect(await textOf(page.locator('.unit-line'))).toContain('สำนักงานเขตบางรัก (3104300)');
    expect(await page.getByRole('combobox', { name: 'Choose your unit' }).count()).toBe(0);

    // Change it: the chooser comes back, and can be cancelled.
    await page.getByRole('button', { name: th('changeUnit') }).click();
    await page.getByRole('combobox', { name: 'Choose your unit' }).fill('เขตพระนคร');
    await page.getByRole('option', { name: /สำนักงานเขตพระนคร/ }).click();
    expect(await textOf(page.locator('.unit-line'))).toContain('สำนักงานเขตพระนคร');
  });
});

describe('importing a BMA progress report', () => {
  it('shows what seed 004 says and what it proposes, then saves the project and its round draft', async () => {
    session = await launchExtension();
    const setup = await session.openExtensionPage('workspace.html');
    await setup.evaluate(() => chrome.runtime.sendMessage({ type: 'unit.set', unitCode: '3100300' }));
    await setup.close();
    const page = await session.openExtensionPage('workspace.html');

    await page.getByRole('button', { name: 'Import BMA report' }).click();
    await page.getByRole('textbox', { name: 'BMA progress report text' }).fill(SEED_004);
    await page.getByRole('combobox', { name: th('importBmaFiscalYear') }).selectOption('2566');
    await page.getByRole('combobox', { name: th('importBmaRound') }).selectOption('1');

    const panel = page.locator('.bma-import');
    expect(await textOf(panel.locator('[data-field=projectCode]'))).toBe('03000000-6917');
    expect(await textOf(panel.locator('[data-field=fiscalYear]'))).toBe('2566');
    expect(await panel.locator('table.entries tbody tr').count()).toBe(10);
    expect(await textOf(panel.locator('table.entries caption'))).toBe(th('importBmaEntries', { count: 10 }));
    const damaged = panel.locator('[data-code=damaged-character]');
    expect(await damaged.count()).toBeGreaterThan(0);
    expect(await textOf(damaged)).toMatch(/บรรทัด \d+/);

    const report = parseBmaReport(SEED_004).report!;
    const proposal = proposeRoundDraft(report, 2566, 1);
    expect(await panel.locator('[data-field=remarks]').innerText()).toBe(proposal.fields.remarks);
    expect(await textOf(panel.locator('[data-field=status]'))).toBe('อยู่ระหว่างดำเนินการ');
    await page.screenshot({ path: '/tmp/workspace-import-panel.png', fullPage: true });

    // Nothing is saved before the button.
    const worker = await session.serviceWorker();
    expect(await readExtensionStore(worker, 'projects')).toEqual([]);
    await page.getByRole('button', { name: th('importBmaSave') }).click();
    expect(await textOf(panel.getByRole('status'))).toBe(
      th('importBmaSaved', { name: report.name!, round: th('round1'), year: 2566 }),
    );

    const projects = (await readExtensionStore(worker, 'projects')) as {
      id: string;
      bmaCode?: string;
      unitCode: string;
    }[];
    expect(projects).toHaveLength(1);
    expect(projects[0]).toMatchObject({ bmaCode: '03000000-6917', unitCode: '3100300' });
    const reports = (await readExtensionStore(worker, 'reports')) as {
      projectId: string;
      fiscalYear: number;
      round: number;
      status: string;
      remarks: string;
      lifecycle: string;
    }[];
    const saved = reports.find((r) => r.fiscalYear === 2566 && r.round === 1);
    expect(saved).toMatchObject({ projectId: projects[0]!.id, status: '2', lifecycle: 'draft' });
    const firstLine = proposal.fields.remarks.split('\n')[0]!;
    expect(saved!.remarks.startsWith(firstLine)).toBe(true);
    expect(firstLine).toMatch(/^\d{1,2} \S+ 25\d\d : /);
    expect(saved!.remarks).toBe(proposal.fields.remarks);

    // The project list shows it; importing the same report again updates the same records.
    expect(await textOf(page.getByRole('row', { name: /โครงการการบูรณาการช่องทาง/ }))).toBeTruthy();
    expect(await textOf(panel)).toContain(th('importBmaProjectExisting', { name: report.name! }));
    await page.getByRole('button', { name: th('importBmaSave') }).click();
    await page.getByRole('button', { name: th('importBmaSave') }).waitFor();
    expect(await readExtensionStore(worker, 'projects')).toHaveLength(1);
    expect(await readExtensionStore(worker, 'reports')).toHaveLength(1);
  });

  it('saves nothing from text that is not a report, and says why', async () => {
    session = await launchExtension();
    const setup = await session.openExtensionPage('workspace.html');
    await setup.evaluate(() => chrome.runtime.sendMessage({ type: 'unit.set', unitCode: '3100300' }));
    await setup.close();
    const page = await session.openExtensionPage('workspace.html');
    await page.getByRole('button', { name: 'Import BMA report' }).click();
    await page.getByRole('textbox', { name: 'BMA progress report text' }).fill('สวัสดีครับ นี่ไม่ใช่รายงาน');
    expect(await textOf(page.locator('.bma-import').getByRole('alert'))).toContain(
      'ไม่ใช่แบบแสดงรายงานความก้าวหน้า',
    );
    expect(await page.getByRole('button', { name: th('importBmaSave') }).count()).toBe(0);
    expect(await readExtensionStore(await session.serviceWorker(), 'projects')).toEqual([]);
  });
});
