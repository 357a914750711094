export {};
import { assistantFrame } from '../../test/e2e/assistant';
import { launchExtension, PORTAL, type ExtensionSession } from '../../test/e2e/harness';
import { seedSampleDrafts } from '../../test/e2e/seed';
import { busyMs, eventsOn, mainThreadOfPage, topLevelTasks, traceDuring } from './trace';

const URL_ = `${PORTAL}/projectreport.php?id=1201&r=1&y=2570`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function load(s: ExtensionSession, ext: boolean) {
  const page = await s.context.newPage();
  const cdp = await s.context.newCDPSession(page);
  await cdp.send('Performance.enable');
    await page.goto(URL_);
    if (ext) await assistantFrame(page, s);
    await sleep(1000);
  const m = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  await page.close();
  return Object.fromEntries(m.metrics.filter(x => /Duration|Time$/.test(x.name)).map(x => [x.name.replace('Duration',''), Math.round(x.value*10000)/10]));
}

const a = await launchExtension();
await seedSampleDrafts(a);
const b = await launchExtension({ withoutExtension: true });
for (let i = 0; i < 8; i++) {
  const x = await load(a, true);
  const y = await load(b, false);
  console.log('with', JSON.stringify(x), '\nwout', JSON.stringify(y));
}
await a.close();
await b.close();
