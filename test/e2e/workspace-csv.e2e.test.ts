import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { translate } from '../../utils/i18n/translate';
import type { Project } from '../../utils/model/project';
import { toWindows874 } from '../unit/csv-import/windows-874';
import { launchExtension, readExtensionStore, textOf, type ExtensionSession } from './harness';

const FIXTURE = join(import.meta.dirname, '../fixtures/csv/three-valid-one-bad.csv');
const th = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('th', key, params);

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** The workspace's plan view for unit 3100300, with the CSV import panel open. */
async function openCsvImport(s: ExtensionSession): Promise<Page> {
  const setup = await s.openExtensionPage('workspace.html');
  await setup.evaluate(() => chrome.runtime.sendMessage({ type: 'unit.set', unitCode: '3100300' }));
  await setup.close();
  const page = await s.openExtensionPage('workspace.html#');
  await page.getByRole('button', { name: 'Import projects (CSV)' }).click();
  await page.getByRole('button', { name: 'Download CSV template' }).waitFor();
  return page;
}

describe('importing a project list from CSV', () => {
  it('downloads the template, previews a file with its problem, saves the valid rows, and re-imports as unchanged', async () => {
    session = await launchExtension();
    const page = await openCsvImport(session);
    const panel = page.locator('.csv-import');

    // The template: UTF-8 with a BOM, so Excel shows the Thai header.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV template' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('eplan-projects-template.csv');
    const template = readFileSync((await download.path())!);
    expect([...template.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(template.subarray(3).toString('utf8')).toMatch(/^ชื่อโครงการ\/กิจกรรม\/มาตรการ\/แนวปฏิบัติงาน,/);

    // The file: three good rows, one with an unknown type. Nothing is saved before the button.
    await page.getByLabel('Import projects from CSV').setInputFiles(FIXTURE);
    const rows = panel.locator('table.csv-preview tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(4);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-action')))).toEqual([
      'add',
      'add',
      'add',
      'invalid',
    ]);
    // Row numbers as Excel shows them: the first project's objective spans two lines of the file.
    expect(await rows.locator('th[scope=row]').allInnerTexts()).toEqual(['2', '3', '4', '5']);
    const bad = panel.locator('tr[data-row="5"]');
    expect(await textOf(bad.locator('[data-code=work-type-unknown]'))).toContain('“9”');
    expect(await textOf(bad.locator('td').first())).toBe(th('csvImportActionInvalid'));
    const first = panel.locator('tr[data-row="2"]');
    expect(await textOf(first.locator('[data-field=plannedBudget]'))).toBe('150,000 บาท');
    expect(await textOf(first.locator('[data-field=dimension]'))).toBe('มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต');
    expect(await textOf(panel.locator('tr[data-row="3"] [data-field=plannedBudget]'))).toBe(
      th('csvImportNoBudget'),
    );
    expect(await textOf(panel.locator('.csv-summary'))).toBe(
      th('csvImportSummary', { save: 3, total: 4, add: 3, update: 0, unchanged: 0, skipped: 1 }),
    );
    const worker = await session.serviceWorker();
    expect(await readExtensionStore(worker, 'projects')).toEqual([]);
    await page.screenshot({ path: '/tmp/workspace-csv-preview.png', fullPage: true });

    await page.getByRole('button', { name: 'Save projects' }).click();
    expect(await textOf(panel.getByRole('status'))).toBe(
      th('csvImportSaved', { added: 3, updated: 0, unchanged: 0 }),
    );
    const saved = (await readExtensionStore(worker, 'projects')) as Project[];
    const byName = new Map(saved.map((p) => [p.name, p]));
    expect(saved).toHaveLength(3);
    expect(byName.get('โครงการอบรมคุณธรรมจริยธรรมบุคลากร')).toMatchObject({
      unitCode: '3100300',
      workType: '1',
      dimension: '1',
      planYears: [2569, 2570],
      plannedBudget: 150_000,
      targetGroups: ['3', '5'],
      objective: 'เพื่อให้บุคลากรมีคุณธรรม\nและจริยธรรม',
    });
    expect(byName.get('กิจกรรมเปิดเผยข้อมูลการจัดซื้อจัดจ้าง')).toMatchObject({
      workType: '2',
      dimension: '2',
      planYears: [2570],
      plannedBudget: null,
      targetGroups: ['5'],
    });
    expect(byName.get('มาตรการตรวจสอบการใช้รถราชการ')).toMatchObject({
      workType: '3',
      dimension: '4',
      targetGroups: ['7'],
      objective: '',
    });
    // The plan's list shows them.
    const plan = page.locator('table.plan');
    expect(await textOf(plan.getByRole('row', { name: /มาตรการตรวจสอบการใช้รถราชการ/ }))).toBeTruthy();

    // The same file again, in a panel opened afresh: every good row is unchanged, nothing is written.
    await page.getByRole('button', { name: 'Close' }).click();
    await panel.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Import projects (CSV)' }).click();
    await page.getByLabel('Import projects from CSV').setInputFiles(FIXTURE);
    await rows.first().waitFor();
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-action')))).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'invalid',
    ]);
    expect(await textOf(panel.locator('.csv-summary'))).toBe(th('csvImportNothingToSave'));
    expect(await page.getByRole('button', { name: 'Save projects' }).isDisabled()).toBe(true);
    const again = (await readExtensionStore(worker, 'projects')) as Project[];
    expect(again.map((p) => p.revision)).toEqual([1, 1, 1]);
  });

  it('reads a file saved by Excel on Thai Windows (windows-874), says so, and shows the Thai intact', async () => {
    session = await launchExtension();
    const page = await openCsvImport(session);
    const panel = page.locator('.csv-import');
    const text = 'ชื่อโครงการ,ประเภท,มิติ,ปีที่ดำเนินการ\r\nโครงการเปิดเผยข้อมูล,กิจกรรม,มิติที่ 3,2570\r\n';
    await page.getByLabel('Import projects from CSV').setInputFiles({
      name: 'projects-874.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(toWindows874(text)),
    });
    expect(await textOf(panel.locator('[data-code=read-as-windows-874]'))).toContain('windows-874');
    expect(await textOf(panel.locator('tr[data-row="2"] [data-field=name]'))).toBe('โครงการเปิดเผยข้อมูล');
    expect(await page.getByRole('button', { name: 'Save projects' }).isEnabled()).toBe(true);
  });

  it('refuses a file without the required columns and says which', async () => {
    session = await launchExtension();
    const page = await openCsvImport(session);
    await page.getByLabel('Import projects from CSV').setInputFiles({
      name: 'names-only.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('ชื่อโครงการ\r\nโครงการหนึ่ง\r\n'),
    });
    const alert = page.locator('.csv-import').getByRole('alert');
    expect(await textOf(alert)).toContain('“ปีที่ดำเนินการ”');
    expect(await page.getByRole('button', { name: 'Save projects' }).count()).toBe(0);
  });
});
