// `npm run demo`: the built extension in Chromium against the replica portal, seeded with sample drafts.
// With a display it opens a window to try things in; without one it runs headless and writes a screenshot
// of each step to a folder it names.
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchExtension, PORTAL } from '../test/e2e/harness';
import { SAMPLE_IDS } from '../test/fixtures/portal/replica';
import { assistantFrame, openAssistant, press, settled } from '../test/e2e/assistant';
import { seedSampleDrafts } from '../test/e2e/seed';

const args = process.argv.slice(2);
const headless = args.includes('--headless') || !process.env.DISPLAY;
const outIndex = args.indexOf('--out');
const outDir = resolve(outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1]! : 'demo-screenshots');

async function main() {
  const session = await launchExtension({ headless, lang: args.includes('--en') ? 'en' : 'th' });
  await seedSampleDrafts(session);
  const workspace = await session.openExtensionPage('workspace.html');
  await workspace.getByRole('table').waitFor();

  const portal = await session.context.newPage();
  await portal.setViewportSize({ width: 1280, height: 900 });
  if (!headless) {
    await portal.goto(`${PORTAL}/projectdisplay.php`);
    console.log('Chromium is open with e-Plan Assistant and the replica portal. Close the window to stop.');
    await new Promise<void>((done) => session.context.on('close', () => done()));
    return;
  }

  await mkdir(outDir, { recursive: true });
  const steps: [string, () => Promise<void>][] = [
    [
      '01-workspace-th.png',
      async () => void (await workspace.screenshot({ path: `${outDir}/01-workspace-th.png` })),
    ],
    [
      '02-workspace-en.png',
      async () => {
        await workspace.getByRole('combobox', { name: 'Language' }).selectOption('en');
        await workspace.getByRole('heading', { name: 'e-Plan Assistant' }).waitFor();
        await workspace.screenshot({ path: `${outDir}/02-workspace-en.png` });
        await workspace.getByRole('combobox', { name: 'Language' }).selectOption('th');
      },
    ],
    [
      '03-portal-project-list.png',
      async () => {
        await portal.goto(`${PORTAL}/projectdisplay.php`);
        await portal.locator('table#system').waitFor();
        await portal.screenshot({ path: `${outDir}/03-portal-project-list.png`, fullPage: true });
      },
    ],
    [
      '04-portal-report-form.png',
      async () => {
        await portal.goto(`${PORTAL}/projectreport.php?id=${SAMPLE_IDS.budget}&r=1&y=2570`);
        await portal.locator('form[name=frmProject]').waitFor();
        await portal.screenshot({ path: `${outDir}/04-portal-report-form.png`, fullPage: true });
      },
    ],
    [
      '05-assistant-preview.png',
      async () => {
        // The assistant on the report page: the draft found, each field's current → draft value.
        const assistant = await openAssistant(portal, session);
        await portal.screenshot({ path: `${outDir}/05-assistant-preview.png` });
        await press(assistant, 'Fill from draft');
        await assistant.getByRole('status').waitFor();
      },
    ],
    [
      '06-review-before-submit.png',
      async () => {
        // A figure that can't be right, then the portal's own save: the review stops it first.
        await portal.locator('[name=txtPaid]').fill('60000');
        await portal.locator('[name=btnSubmit]').click();
        const assistant = await assistantFrame(portal, session);
        await assistant.getByRole('dialog').waitFor();
        await settled(assistant);
        await portal.screenshot({ path: `${outDir}/06-review-before-submit.png` });
        await assistant.getByRole('button', { name: 'Go back' }).click();
      },
    ],
    [
      '07-bma-import.png',
      async () => {
        // The BMA monitoring report (seed 004) pasted in: what was read, what looks damaged, the proposed draft.
        await workspace.getByRole('button', { name: 'Import BMA report' }).click();
        await workspace
          .getByRole('textbox', { name: 'BMA progress report text' })
          .fill(readFileSync(resolve('test/fixtures/bma/seed-004.txt'), 'utf8'));
        await workspace.getByRole('combobox', { name: 'ปีงบประมาณ (พ.ศ.)' }).selectOption('2566');
        await workspace.getByRole('combobox', { name: 'รอบการรายงาน' }).selectOption('1');
        await workspace.getByRole('button', { name: 'บันทึกเป็นร่าง' }).waitFor();
        await workspace.screenshot({ path: `${outDir}/07-bma-import.png`, fullPage: true });
      },
    ],
    [
      'popup-th.png',
      async () => {
        // The toolbar popup, opened as a page at the popup's width.
        const popup = await session.openExtensionPage('popup.html');
        await popup.setViewportSize({ width: 360, height: 640 });
        await popup.getByRole('region', { name: 'กำหนดส่งถัดไป' }).waitFor();
        await popup.screenshot({ path: `${outDir}/popup-th.png`, fullPage: true });
      },
    ],
  ];
  for (const [file, step] of steps) {
    await step();
    console.log(`  wrote ${outDir}/${file}`);
  }
  console.log(`Screenshots of each step are in ${outDir}`);
  await session.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
