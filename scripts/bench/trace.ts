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
  tdur?: number; // the thread's CPU time in the event, microseconds, where the platform records it
  args?: { name?: string; data?: Record<string, unknown> } & Record<string, unknown>;
}

/**
 * Categories: `toplevel` and `disabled-by-default-devtools.timeline` give every task the scheduler runs
 * (`RunTask`) and the browser's record of which process each frame committed in; `devtools.timeline`
 * gives what DevTools' Performance panel shows inside a task (EvaluateScript, EventDispatch, Layout…),
 * used to recognise tasks. No V8 or sampling categories: they slow the very work being measured.
 */
const CATEGORIES = ['__metadata', 'toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];

/** Records a trace of the whole browser (every process) while `during` runs; gives its events and result. */
export async function traceDuring<T>(
  cdp: CDPSession,
  during: () => Promise<T>,
): Promise<{ events: TraceEvent[]; value: T }> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { recordMode: 'recordUntilFull', includedCategories: CATEGORIES },
  });
  let stream: string | undefined;
  let value: T;
  try {
    value = await during();
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
  return { events: Array.isArray(parsed) ? parsed : parsed.traceEvents, value };
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

/** Wall-clock and CPU milliseconds of some tasks, summed. */
export function busyMs(tasks: readonly TraceEvent[]): { wallMs: number; cpuMs: number } {
  return {
    wallMs: tasks.reduce((sum, t) => sum + (t.dur ?? 0), 0) / 1000,
    cpuMs: tasks.reduce((sum, t) => sum + (t.tdur ?? t.dur ?? 0), 0) / 1000,
  };
}

/** Whether a task received an extension message (a runtime message for the content script arrives so). */
export function receivesExtensionMessage(inside: readonly TraceEvent[]): boolean {
  return inside.some(
    (e) =>
      e.name === 'Receive mojo message' &&
      (e.args?.chrome_mojo_event_info as { mojo_interface_tag?: string } | undefined)?.mojo_interface_tag ===
        'extensions.mojom.MessagePort',
  );
}

/** Whether a task dispatched one of these DOM events (DevTools' EventDispatch records the type). */
export function dispatches(inside: readonly TraceEvent[], types: readonly string[]): boolean {
  return inside.some((e) => e.name === 'EventDispatch' && types.includes(String(e.args?.data?.type)));
}

/** Whether a task rendered a frame on the main thread (the BeginMainFrame work: pre-paint and paint). */
export function rendersFrame(inside: readonly TraceEvent[]): boolean {
  return inside.some((e) => e.name === 'PrePaint' || e.name === 'Paint');
}

/** Milliseconds covered by events of these names (nested or overlapping ones counted once). */
export function coveredMs(inside: readonly TraceEvent[], names: readonly string[]): number {
  let total = 0;
  let end = -Infinity;
  for (const e of inside) {
    if (!names.includes(e.name) || e.dur === undefined) continue;
    const start = Math.max(e.ts, end);
    const stop = e.ts + e.dur;
    if (stop > start) total += stop - start;
    end = Math.max(end, stop);
  }
  return total / 1000;
}
