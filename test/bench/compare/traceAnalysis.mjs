// @ts-check
/**
 * Reads a Chromium performance trace (the JSON `traceEvents` of `browser.stopTracing()`) and
 * says what each long task of the page's main thread was made of. Pure: trace.mjs records, this
 * attributes.
 *
 * A long task is a top-level task (`RunTask`, category `toplevel`) of the renderer's main thread
 * (`CrRendererMain`) longer than 50 ms, as the `longtask` PerformanceObserver counts them. Its
 * time is cut into self-time slices of the trace events nested in it (the deepest event at each
 * instant), each slice named by its event: style / layout / paint, image decode, GC, script;
 * script slices (and decodes made from script) are then named again by the JavaScript stack the
 * V8 sampler saw at that instant (`disabled-by-default-v8.cpu_profiler`): the tone measure,
 * React's render and commit, or other script. A task is attributed to its largest cause.
 */

/** The causes, in the order they are printed. */
export const CAUSES = /** @type {const} */ ([
  'image decode / raster',
  'style / layout / paint',
  'React render + commit',
  'tone measure',
  'other script',
  'GC',
  'other (task, idle in task)',
]);

/** @typedef {typeof CAUSES[number]} Cause */

/** Trace events by name: what they spend time on when nothing nested in them does. */
const STYLE =
  /^(UpdateLayoutTree|Layout|RecalculateStyles|PrePaint|Paint|Layerize|UpdateLayer|UpdateLayerTree|Commit|CompositeLayers|HitTest|ScrollLayer|IntersectionObserverController::computeIntersections|LocalFrameView::.*|Document::.*Style.*|PaintArtifactCompositor::.*|ComputeIntersections|ParseAuthorStyleSheet|InvalidateLayout|ScheduleStyleRecalculation|UpdateAnimations)$/;
const DECODE =
  /(Decode|ImageFrameGenerator|ImageDecoder|Rasteri[sz]e|RasterTask|LazyPixelRef|SVGImage|ImageResource|DrawImage|PaintImage)/i;
const GC = /(GC|Scavenge|MarkCompact|Sweep|BlinkGC|CppGC|V8\.GC|Heap)/;
const SCRIPT =
  /^(FunctionCall|EvaluateScript|v8\.compile|v8\.run|v8\.callFunction|V8\.Execute|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks|FireIdleCallback|v8\.compileModule|v8\.evaluateModule|RequestAnimationFrame|XHRReadyStateChange)$/;

/** JavaScript function names that mark a cause when they are on the sampled stack. */
const TONE_FUNCTIONS = /(measureImageTone|measureTone|sampleTone|toneOfImage|toneOfPixels)/;
const REACT_FUNCTIONS =
  /^(performWorkOnRoot|performSyncWorkOnRoot|performWorkOnRootViaSchedulerTask|flushSyncWorkAcrossRoots_impl|flushSyncWorkOnAllRoots|commitRoot|commitRootImpl|renderRootSync|renderRootConcurrent|workLoopSync|workLoopConcurrent|flushPassiveEffects|flushPendingEffects|flushSpawnedWork|flushLayoutEffects|flushMutationEffects)$/;

/** A sample older than this (µs) says nothing of the instant: no stack is used. */
const MAX_SAMPLE_AGE = 5000;

/**
 * @typedef {{ name: string, cat?: string, ph: string, ts: number, dur?: number, pid: number, tid: number, id?: string, args?: any }} TraceEvent
 * @typedef {{ name: string, start: number, end: number, children: Span[] }} Span
 * @typedef {{ start: number, durationMs: number, cause: Cause, byCause: Record<string, number> }} LongTask
 */

/** The renderer main thread that worked most: the page's (other renderers idle). */
function mainThread(/** @type {TraceEvent[]} */ events) {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  /** @type {Map<string, number>} */
  const busy = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && e.name === 'RunTask' && mains.has(key))
      busy.set(key, (busy.get(key) ?? 0) + (e.dur ?? 0));
  }
  const [best] = [...busy].sort(([, a], [, b]) => b - a);
  if (!best) throw new Error('the trace has no task on a renderer main thread');
  const [pid, tid] = best[0].split(':').map(Number);
  return { pid: /** @type {number} */ (pid), tid: /** @type {number} */ (tid) };
}

/** The thread's events as nested spans (complete events and begin/end pairs). */
function spansOf(/** @type {TraceEvent[]} */ events) {
  /** @type {Span[]} */
  const flat = [];
  /** @type {Map<string, TraceEvent[]>} */
  const open = new Map();
  for (const e of events) {
    if (e.ph === 'X')
      flat.push({ name: e.name, start: e.ts, end: e.ts + (e.dur ?? 0), children: [] });
    else if (e.ph === 'B') open.set(e.name, [...(open.get(e.name) ?? []), e]);
    else if (e.ph === 'E') {
      const begin = open.get(e.name)?.pop();
      if (begin) flat.push({ name: e.name, start: begin.ts, end: e.ts, children: [] });
    }
  }
  flat.sort((a, b) => a.start - b.start || b.end - a.end);
  /** @type {Span[]} */
  const roots = [];
  /** @type {Span[]} */
  const stack = [];
  for (const span of flat) {
    while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= span.start) stack.pop();
    const parent = stack.at(-1);
    if (parent && span.end <= parent.end) parent.children.push(span);
    else if (!parent) roots.push(span);
    else continue; // overlapping without nesting (a stray async pair): left out
    stack.push(span);
  }
  return roots;
}

/** The cause a trace event names, or undefined when it names none (then its parent's holds). */
function causeOfEvent(/** @type {string} */ name) {
  if (name === 'RunTask') return 'other (task, idle in task)';
  if (GC.test(name) && !/Script/.test(name)) return 'GC';
  if (STYLE.test(name)) return 'style / layout / paint';
  if (DECODE.test(name)) return 'image decode / raster';
  if (SCRIPT.test(name)) return 'other script';
  return undefined;
}

/**
 * The sampled JavaScript stacks of the thread, in time order, each with its cause if it names
 * one ('tone measure', 'React render + commit') or `null`.
 * @param {TraceEvent[]} events @param {{ pid: number, tid: number }} thread
 */
function samplesOf(events, thread) {
  /** @type {Map<string, { start: number, last: number, nodes: Map<number, { name: string, parent?: number }>, times: number[], ids: number[] }>} */
  const profiles = new Map();
  for (const e of events) {
    if (e.pid !== thread.pid || (e.name !== 'Profile' && e.name !== 'ProfileChunk')) continue;
    const key = `${e.id}`;
    if (e.name === 'Profile') {
      if (e.tid !== thread.tid) continue;
      const start = e.args?.data?.startTime ?? e.ts;
      profiles.set(key, { start, last: start, nodes: new Map(), times: [], ids: [] });
      continue;
    }
    const profile = profiles.get(key);
    const data = e.args?.data;
    if (!profile || !data) continue;
    for (const node of data.cpuProfile?.nodes ?? [])
      profile.nodes.set(node.id, { name: node.callFrame?.functionName ?? '', parent: node.parent });
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    samples.forEach((/** @type {number} */ id, /** @type {number} */ index) => {
      profile.last += deltas[index] ?? 0;
      profile.times.push(profile.last);
      profile.ids.push(id);
    });
  }
  /** @type {{ t: number, cause: Cause | null }[]} */
  const samples = [];
  for (const { nodes, times, ids } of profiles.values()) {
    /** @type {Map<number, Cause | null>} */
    const memo = new Map();
    const causeOf = (/** @type {number} */ id) => {
      const known = memo.get(id);
      if (known !== undefined) return known;
      /** @type {Cause | null} */
      let cause = null;
      for (
        let at = nodes.get(id);
        at;
        at = at.parent === undefined ? undefined : nodes.get(at.parent)
      ) {
        if (TONE_FUNCTIONS.test(at.name)) {
          cause = 'tone measure';
          break;
        }
        if (REACT_FUNCTIONS.test(at.name)) cause = 'React render + commit';
      }
      memo.set(id, cause);
      return cause;
    };
    times.forEach((t, index) => {
      samples.push({ t, cause: causeOf(ids[index] ?? -1) });
    });
  }
  return samples.sort((a, b) => a.t - b.t);
}

/** Index of the last sample at or before `t` (binary search), or -1. */
function sampleAt(/** @type {{ t: number }[]} */ samples, /** @type {number} */ t) {
  let low = 0;
  let high = samples.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((samples[middle]?.t ?? 0) <= t) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/**
 * Adds the self time of `span` (and of its descendants, recursively) to `into`, by cause.
 * @param {Span} span @param {Cause} inherited @param {{ t: number, cause: Cause | null }[]} samples
 * @param {Record<string, number>} into
 */
function addSelfTime(span, inherited, samples, into) {
  const own = /** @type {Cause} */ (causeOfEvent(span.name) ?? inherited);
  let at = span.start;
  const slice = (/** @type {number} */ from, /** @type {number} */ to) => {
    // Style and GC are what they are; script and decodes ask the sampled stack who called.
    if (own === 'style / layout / paint' || own === 'GC') {
      into[own] = (into[own] ?? 0) + (to - from);
      return;
    }
    let cursor = from;
    let index = sampleAt(samples, from);
    while (cursor < to) {
      const next = Math.min(to, samples[index + 1]?.t ?? to);
      const sample = samples[index];
      const fresh = sample && cursor - sample.t <= MAX_SAMPLE_AGE ? sample.cause : null;
      const overridable = own === 'other script' || own === 'other (task, idle in task)';
      const cause = fresh === 'tone measure' || (fresh && overridable) ? fresh : own;
      into[cause] = (into[cause] ?? 0) + (Math.max(next, cursor) - cursor);
      cursor = Math.max(next, cursor + 1e-3);
      index++;
    }
  };
  for (const child of span.children) {
    if (child.start > at) slice(at, child.start);
    addSelfTime(child, own, samples, into);
    at = Math.max(at, child.end);
  }
  if (span.end > at) slice(at, span.end);
}

/**
 * The long tasks of the trace's page main thread, each with its time by cause (ms) and its
 * largest cause; every task's time by cause (`allByCause`), their sum (`busyMs`) and the longest
 * (`longestMs`, long or not); and the image decoding done on other threads, in ms.
 * @param {TraceEvent[]} events
 * @param {{ from?: number, to?: number, longMs?: number }} [window] µs bounds; default: all
 */
export function analyseTrace(events, { from = -Infinity, to = Infinity, longMs = 50 } = {}) {
  const thread = mainThread(events);
  const own = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid);
  const samples = samplesOf(events, thread);
  /** @type {LongTask[]} */
  const tasks = [];
  /** @type {Record<string, number>} */
  const allByCause = {};
  let busyMs = 0;
  let longestMs = 0;
  for (const root of spansOf(own)) {
    if (root.name !== 'RunTask' || root.start < from || root.start > to) continue;
    const durationMs = (root.end - root.start) / 1000;
    busyMs += durationMs;
    longestMs = Math.max(longestMs, durationMs);
    /** @type {Record<string, number>} */
    const byCause = {};
    addSelfTime(root, 'other (task, idle in task)', samples, byCause);
    for (const cause of Object.keys(byCause)) {
      byCause[cause] = (byCause[cause] ?? 0) / 1000;
      allByCause[cause] = (allByCause[cause] ?? 0) + (byCause[cause] ?? 0);
    }
    if (durationMs <= longMs) continue;
    const [cause] = /** @type {[Cause, number][]} */ (Object.entries(byCause)).sort(
      ([, a], [, b]) => b - a,
    )[0] ?? ['other (task, idle in task)'];
    tasks.push({ start: root.start, durationMs, cause, byCause });
  }
  let offThreadDecodeMs = 0;
  for (const e of events) {
    if (e.ph !== 'X' || (e.pid === thread.pid && e.tid === thread.tid)) continue;
    if (e.ts < from || e.ts > to) continue;
    if (/^(Decode Image|ImageDecodeTask)$/.test(e.name)) offThreadDecodeMs += (e.dur ?? 0) / 1000;
  }
  return { tasks, busyMs, longestMs, allByCause, offThreadDecodeMs, samples: samples.length };
}

/**
 * The table trace.mjs prints: per cause, the long tasks it dominates (count, total, longest),
 * its time inside all long tasks, and its time in every task of the window (per frame change).
 * @param {LongTask[]} tasks
 * @param {Record<string, number>} allByCause summed over the runs
 * @param {number} frameChanges summed over the runs
 */
export function causeTable(tasks, allByCause, frameChanges) {
  return Object.fromEntries(
    CAUSES.map((cause) => {
      const mine = tasks.filter((task) => task.cause === cause);
      const inside = tasks.reduce((sum, task) => sum + (task.byCause[cause] ?? 0), 0);
      return [
        cause,
        {
          'long tasks': mine.length,
          'their total (ms)': Math.round(mine.reduce((sum, task) => sum + task.durationMs, 0)),
          'longest (ms)': Math.round(Math.max(0, ...mine.map((task) => task.durationMs))),
          'time inside all long tasks (ms)': Math.round(inside),
          'time per frame change, all tasks (ms)': +(
            (allByCause[cause] ?? 0) / Math.max(frameChanges, 1)
          ).toFixed(1),
        },
      ];
    }),
  );
}
