import type { Frame, Page } from 'playwright-core';
import type { ExtensionSession } from './harness';

/** Waits until `check` holds, checking every 50 ms (for state no browser event reports), or fails. */
export async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((next) => setTimeout(next, 50));
  }
}

/**
 * Moves the mouse over the page, as a person does on arriving: the content script does nothing on a form
 * page (no button, no word to the background) until it sees such a sign of activity (wakeOnActivity).
 */
export async function stir(page: Page): Promise<void> {
  await page.mouse.move(40, 40);
  await page.mouse.move(60, 60);
}

/** The assistant's iframe on a portal page (inside a closed shadow root, so found among the page's frames). */
export async function assistantFrame(page: Page, session: ExtensionSession): Promise<Frame> {
  const url = session.extensionUrl('assistant.html');
  // Polled, not awaited as an event: the frame can attach before its address is set, and then no further
  // frame event may come.
  await until(() => page.frames().some((f) => f.url().startsWith(url)), 'the assistant frame');
  const frame = page.frames().find((f) => f.url().startsWith(url))!;
  await frame.locator('#root > div').waitFor({ state: 'attached' });
  return frame;
}

/**
 * Waits until the assistant's iframe has stopped growing: it is anchored to the bottom of the window, so
 * while it grows its buttons move, and a click aimed before the move would land on the portal page.
 */
export async function settled(frame: Frame): Promise<void> {
  const element = await frame.frameElement();
  let last = '';
  for (;;) {
    const box = JSON.stringify(await element.boundingBox());
    if (box === last) return;
    last = box;
    await frame.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
  }
}

/**
 * Opens the assistant and waits until it has read the page and its frame has its final size: from the
 * page's assistant button, or from the frame's own bar when it is already there (text to recover).
 */
export async function openAssistant(page: Page, session: ExtensionSession): Promise<Frame> {
  const url = session.extensionUrl('assistant.html');
  const launcher = page.getByRole('button', { name: 'Open assistant' });
  const frameThere = () => page.frames().some((f) => f.url().startsWith(url));
  await stir(page);
  let frame: Frame | undefined;
  const deadline = Date.now() + 20_000;
  while (!frame) {
    if (Date.now() > deadline) throw new Error('Timed out waiting for the assistant button or frame');
    if (frameThere()) {
      frame = await assistantFrame(page, session);
      await frame.getByRole('button', { name: /เปิดผู้ช่วย|Open assistant/ }).click();
    } else if ((await launcher.count()) > 0) {
      // The button gives way to the assistant's frame when the page has text to recover, which the
      // background says a moment after the button appears: then the frame is opened instead.
      const clicked = await launcher.click({ timeout: 2_000 }).then(
        () => true,
        () => false,
      );
      if (clicked) frame = await assistantFrame(page, session);
    } else {
      await new Promise((next) => setTimeout(next, 50));
    }
  }
  await frame.locator('.body .actions').waitFor();
  await frame.locator('.preview, .mapping').first().waitFor();
  await settled(frame);
  return frame;
}

/** Presses one of the assistant's buttons once its frame has stopped moving. */
export async function press(frame: Frame, name: string): Promise<void> {
  await settled(frame);
  await frame.getByRole('button', { name }).click();
}
