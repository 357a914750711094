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
  let stream: string | undefined;
  try {
    await during();
  } finally {
    const complete = new Promise<string | undefined>((resolve) =>
      cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream)),
    );
    await cdp.send('Tracing.end');
    stream = await complete;
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

/** A renderer's main thread: where the page's scripts (and its content scripts), style, layout and paint run. */
export interface MainThread {
  pid: number;
  tid: number;
}

/**
 * The main thread of the renderer whose top-level document is at `url`: the browser records the process of
 * every frame present when tracing starts (TracingStartedInBrowser) and of every commit after
 * (FrameCommittedInBrowser). The last match wins (a reload commits again).
 */
export function mainThreadOfPage(events: readonly TraceEvent[], url: (href: string) => boolean): MainThread {
  let pid: number | undefined;
  for (const e of events) {
    const data = e.args?.data;
    const frames =
      e.name === 'TracingStartedInBrowser'
        ? ((data?.frames ?? []) as Record<string, unknown>[])
        : e.name === 'FrameCommittedInBrowser' && data
          ? [data]
          : [];
    for (const f of frames) {
      const topLevel = f.isOutermostMainFrame === true || f.parent === undefined;
      if (topLevel && typeof f.url === 'string' && url(f.url) && typeof f.processId === 'number')
        pid = f.processId;
    }
  }
  if (pid === undefined) throw new Error('the trace has no top-level frame at that address');
  const thread = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain',
  );
  if (!thread) throw new Error(`the trace names no main thread for renderer ${pid}`);
  return { pid, tid: thread.tid };
}

/** Complete events on one thread, by start time (the longer first when two start together). */
export function eventsOn(events: readonly TraceEvent[], thread: MainThread): TraceEvent[] {
  return events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
}

/**
 * The thread's top-level tasks: the scheduler's `RunTask` events not inside another one (a nested run
 * loop, as an alert() makes, would otherwise count twice). Their summed duration is the thread's busy time.
 */
export function topLevelTasks(threadEvents: readonly TraceEvent[]): TraceEvent[] {
  const tasks: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of threadEvents) {
    if (e.name !== 'RunTask' || e.ts < end) continue;
    tasks.push(e);
    end = e.ts + (e.dur ?? 0);
  }
  return tasks;
}

/** The events that happened within a task (itself excluded). */
export function within(threadEvents: readonly TraceEvent[], task: TraceEvent): TraceEvent[] {
  const end = task.ts + (task.dur ?? 0);
  return threadEvents.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
}

/** Milliseconds from a sum of microsecond durations. */
export function busyMs(tasks: readonly TraceEvent[]): number {
  return tasks.reduce((sum, t) => sum + (t.dur ?? 0), 0) / 1000;
}
