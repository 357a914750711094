import { writeFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';
import { launchExtension, PORTAL } from '/work/main/test/e2e/harness';
import { seedSampleDrafts } from '/work/main/test/e2e/seed';
import { openAssistant, press } from '/work/main/test/e2e/assistant';

async function trace(cdp: CDPSession, during: () => Promise<void>) {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute', 'blink.user_timing', '__metadata'] },
  });
  await during();
  const done = new Promise<string>((r) => cdp.once('Tracing.tracingComplete', (e) => r(e.stream!)));
  await cdp.send('Tracing.end');
  const stream = await done;
  let out = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    out += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  return JSON.parse(out);
}

const s = await launchExtension();
await seedSampleDrafts(s);
const page = await s.context.newPage();
const cdp = await s.context.newCDPSession(page);
const t0 = await trace(cdp, async () => {
  await page.goto(`${PORTAL}/projectreport.php?id=1201&r=1&y=2570`);
  await new Promise((r) => setTimeout(r, 1500));
});
writeFileSync('/tmp/explore/load.json', JSON.stringify(t0));
const frame = await openAssistant(page, s);
const t1 = await trace(cdp, async () => {
  await press(frame, 'Fill from draft');
  await frame.getByRole('status').waitFor();
  await new Promise((r) => setTimeout(r, 500));
});
writeFileSync('/tmp/explore/fill.json', JSON.stringify(t1));
await s.close();
