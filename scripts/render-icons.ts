// `npx tsx scripts/render-icons.ts`: draws scripts/icon.svg at each size the manifest wants, into public/icon/
// (WXT lists public/icon/<size>.png as the extension's icons; notifications use the 128 one).
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const svg = await readFile(resolve(root, 'scripts/icon.svg'), 'utf8');
const outDir = resolve(root, 'public/icon');
await mkdir(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium' });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: resolve(outDir, `${size}.png`), omitBackground: true });
  console.log(`  wrote public/icon/${size}.png`);
}
await browser.close();
