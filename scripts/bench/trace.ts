// Chromium traces through the DevTools protocol, and what the benchmarks read from them: the top-level
// tasks of one renderer's main thread (the thread a page's scripts, layout and paint run on).
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number; // microseconds
  dur?: number; // microseconds, complete ('X') events only
  args?: { name?: string; data?: Record<string, unknown> } & Record<string, unknown>;
}

/**
 * Categories: `toplevel` and `disabled-by-default-devtools.timeline` give every task the scheduler runs
 * (`RunTask`) and the browser's record of which process each frame committed in; `devtools.timeline`
 * gives what DevTools' Performance panel shows inside a task (EvaluateScript, EventDispatch, Layout…),
 * used to recognise tasks. No V8 or sampling categories: they slow the very work being measured.
 */
const CATEGORIES = ['__metadata', 'toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];

/** Records a trace of the whole browser (every process) while `during` runs, and gives its events. */
export async function traceDuring(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { recordMode: 'recordUntilFull', includedCategories: CATEGORIES },
  });
  try {
    await during();
  } finally {
    const complete = new Promise<string | undefined>((resolve) =>
      cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream)),
    );
    await cdp.send('Tracing.end');
    var stream = await complete; // eslint-disable-line no-var
  }
  if (!stream) throw new Error('the trace came back without a stream');
  const chunks: string[] = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
    chunks.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(chunks.join('')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}
