// Analysis off the event loop: worker threads, each with its own analyzer, read the texts while the
// caller's thread goes on with HTTP, the vault and the audit log. In the gateway, analysis is about half
// of the work of a request, so one thread beside the main one nearly doubles what a process can serve.
//
// Failure is closed: a thread that stops (out of memory, a crash) fails the texts it held with
// PHIGATE_DEID_UNAVAILABLE, so nothing goes out un-analysed, and is started again; texts that arrive
// while no thread is running wait for one, up to `waitMs`.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PhigateError } from '../../errors.js';
import type { AnalyzerConfig, AsyncAnalyzer, Finding } from '../types.js';
import { FindingsUnpacker } from './findings-codec.js';
import type { Job, Jobs, ThreadEngine, ThreadReply, ThreadStart } from './protocol.js';
import { WARM_UP_MS } from './warm-up.js';

export interface AnalysisPoolOptions {
  /** Worker threads, 1 to 64. */
  readonly threads: number;
  readonly config?: AnalyzerConfig;
  /** How long a text may wait for a thread while every thread is (re)starting (default 5 s). */
  readonly waitMs?: number;
  /**
   * How long each thread analyses built-in synthetic notes before it reports ready (default WARM_UP_MS, 200 ms; 0:
   * not at all), so that the first texts are not read by cold code: on a 2-core machine a cold thread
   * took 66-90 ms over its first note and 10-19 ms over the next few, a warm one about 1.
   */
  readonly warmUpMs?: number;
}

export interface AnalysisPoolStats {
  readonly threads: number;
  /** Threads running now (fewer while one restarts). */
  readonly ready: number;
  /** Texts sent to a thread and not yet answered. */
  readonly pending: number;
  readonly completed: number;
  /** Threads started again after they stopped. */
  readonly restarts: number;
  /** Warm-up notes the threads analysed before they reported ready, over every start. */
  readonly warmUpNotes: number;
  /** How the last thread to start loaded the engine (the bundle and its code cache, when built). */
  readonly engine: ThreadEngine | null;
}

export interface AnalysisPool extends AsyncAnalyzer {
  readonly stats: AnalysisPoolStats;
  /** Takes no more texts, lets the pending ones finish, then stops the threads. */
  close(): Promise<void>;
}

/** `server.analysisThreads`: `auto` is one thread on a machine with two or more cores, none on one core. */
export function resolveAnalysisThreads(setting: number | 'auto', cores: number = availableParallelism()): number {
  return setting === 'auto' ? (cores >= 2 ? 1 : 0) : setting;
}

interface Pending {
  readonly resolve: (findings: Finding[]) => void;
  readonly reject: (err: PhigateError) => void;
  readonly chars: number;
}

interface Thread {
  worker: Worker | null;
  ready: boolean;
  readonly pending: Map<number, Pending>;
  /** Characters waiting on this thread: new texts go to the thread with the fewest. */
  chars: number;
  nextId: number;
  startedAt: number;
  /** Stops soon after a start, in a row: spaces out restarts of a thread that keeps failing. */
  quickStops: number;
  /** Texts given to this thread in this turn of the loop, sent together at its end. */
  outbox: Job[];
}

/** For tests: the threads' Worker objects, to stop one on purpose. */
const workersOf = new WeakMap<AnalysisPool, () => Worker[]>();
export function poolWorkers(pool: AnalysisPool): Worker[] {
  return workersOf.get(pool)?.() ?? [];
}

const self = fileURLToPath(import.meta.url);

// A thread gets none of the process's Node options: many are process-wide and refused by a worker
// (`node --max-semi-space-size=4 --v8-pool-size=1`, the flags the `phigate` command starts Node with,
// would stop every thread), and the analyzer needs none.
const THREAD_EXEC_ARGV: string[] = [];

// Analysis garbage dies young: a small young generation (V8 gives each thread up to 48 MiB) keeps a
// thread's memory down by 20-25 MiB under load in bench:gateway, at the same requests/s.
const THREAD_LIMITS = { maxYoungGenerationSizeMb: 8 };

function spawnThread(start: ThreadStart): Worker {
  const options = { workerData: start, resourceLimits: THREAD_LIMITS, execArgv: THREAD_EXEC_ARGV };
  if (self.endsWith('.ts')) {
    // Running from TypeScript sources (the tests, under tsx): Node 20 passes no --import loader to
    // workers, so the thread registers tsx itself before it loads the entry.
    const entry = new URL('./analysis-worker.ts', import.meta.url).href;
    return new Worker(`import('tsx/esm/api').then((m) => m.register()).then(() => import(${JSON.stringify(entry)}))`, { ...options, eval: true });
  }
  return new Worker(new URL('./analysis-worker.js', import.meta.url), options);
}

const unavailable = (why: string): PhigateError => new PhigateError('PHIGATE_DEID_UNAVAILABLE', `De-identification is unavailable: ${why}; nothing was sent. Retry shortly`);

/** Starts the threads and resolves once every one has built its analyzer (a bad config rejects here). */
export async function startAnalysisPool(opts: AnalysisPoolOptions): Promise<AnalysisPool> {
  const count = opts.threads;
  if (!Number.isInteger(count) || count < 1 || count > 64) throw new PhigateError('PHIGATE_BAD_CONFIG', 'analysis threads must be a whole number from 1 to 64');
  const start: ThreadStart = { config: opts.config ?? {}, warmUpMs: opts.warmUpMs ?? WARM_UP_MS, processExecArgv: process.execArgv };
  const waitMs = opts.waitMs ?? 5_000;
  const threads: Thread[] = Array.from({ length: count }, () => ({ worker: null, ready: false, pending: new Map(), chars: 0, nextId: 0, startedAt: 0, quickStops: 0, outbox: [] }));
  let closed = false;
  let completed = 0;
  let restarts = 0;
  let warmUpNotes = 0;
  let engine: ThreadEngine | null = null;
  /** Texts sent and not answered, over every thread. */
  const pendingTotal = (): number => threads.reduce((n, t) => n + t.pending.size, 0);
  /** Called when a thread becomes ready or the pool closes; true when done waiting. */
  const waiters: Array<() => boolean> = [];
  /** Called when nothing is pending any more (close waits on it). */
  let onIdle: (() => void) | null = null;

  const wake = (): void => {
    for (let i = 0; i < waiters.length; ) {
      if ((waiters[i] as () => boolean)()) waiters.splice(i, 1);
      else i++;
    }
  };

  function settle(thread: Thread, id: number): Pending | undefined {
    const p = thread.pending.get(id);
    if (p === undefined) return undefined;
    thread.pending.delete(id);
    thread.chars -= p.chars;
    // An idle thread must not keep the process alive; a busy one must.
    if (thread.pending.size === 0) thread.worker?.unref();
    if (pendingTotal() === 0) onIdle?.();
    return p;
  }

  function launch(thread: Thread): Promise<readonly string[]> {
    return new Promise((resolve, reject) => {
      const worker = spawnThread(start);
      worker.unref();
      thread.worker = worker;
      thread.startedAt = Date.now();
      let started = false;
      const unpacker = new FindingsUnpacker();
      worker.on('message', (m: ThreadReply) => {
        switch (m.kind) {
          case 'ready':
            started = true;
            thread.ready = true;
            warmUpNotes += m.warmUpNotes;
            engine = m.engine;
            resolve(m.recognizerIds);
            wake();
            break;
          case 'start-failed':
            started = true;
            reject(new PhigateError(m.code, m.message));
            void worker.terminate();
            break;
          case 'answers':
            // Every answer is unpacked, in order, whether anyone still waits for it or not: the string table must
            // stay in step with the thread's.
            for (const a of m.answers) {
              completed++;
              if (!('findings' in a)) {
                settle(thread, a.id)?.reject(new PhigateError(a.code, a.message));
                continue;
              }
              let findings: Finding[];
              try {
                findings = unpacker.unpack(a.findings);
              } catch {
                // Out of step (a bug): this thread's replies can't be read any more; a new thread starts clean.
                settle(thread, a.id)?.reject(unavailable('an analysis thread answered out of step'));
                void worker.terminate();
                break;
              }
              settle(thread, a.id)?.resolve(findings);
            }
            break;
        }
      });
      // What a thread throws once it has texts (out of memory, say) is not passed on: it could quote a
      // text; the exit handler fails the thread's texts with a message of its own. Before it is ready it
      // has seen no text, so why it could not start is told.
      let startError = '';
      worker.on('error', (err) => {
        if (!started) startError = `: ${err instanceof Error ? err.message : 'unknown error'}`;
      });
      worker.on('exit', () => {
        thread.ready = false;
        thread.worker = null;
        for (const id of [...thread.pending.keys()]) settle(thread, id)?.reject(unavailable('an analysis thread stopped'));
        if (!started) reject(unavailable(`an analysis thread could not start${startError}`));
        if (closed) return;
        thread.quickStops = Date.now() - thread.startedAt < 10_000 ? thread.quickStops + 1 : 1;
        const delay = thread.quickStops <= 1 ? 0 : Math.min(10_000, 100 * 2 ** (thread.quickStops - 2));
        restarts++;
        setTimeout(() => {
          if (!closed) launch(thread).catch(() => undefined);
        }, delay).unref();
      });
    });
  }

  function leastLoaded(): Thread | undefined {
    let best: Thread | undefined;
    for (const t of threads) if (t.ready && (best === undefined || t.chars < best.chars)) best = t;
    return best;
  }

  function waitForThread(): Promise<Thread> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const at = waiters.indexOf(waiter);
        if (at >= 0) waiters.splice(at, 1);
        reject(unavailable(`no analysis thread came up within ${waitMs} ms`));
      }, waitMs);
      const waiter = (): boolean => {
        if (closed) reject(unavailable('the analysis pool is closed'));
        else {
          const t = leastLoaded();
          if (t === undefined) return false;
          resolve(t);
        }
        clearTimeout(timer);
        return true;
      };
      waiters.push(waiter);
    });
  }

  /** Sends a thread the texts given to it in this turn of the loop, in one message. */
  function post(thread: Thread): void {
    const jobs = thread.outbox;
    thread.outbox = [];
    // A thread that stopped meanwhile has failed these texts already (see the exit handler).
    const waiting = jobs.filter((job) => thread.pending.has(job.id));
    if (waiting.length > 0) thread.worker?.postMessage({ jobs: waiting } satisfies Jobs);
  }

  function send(thread: Thread, text: string): Promise<Finding[]> {
    return new Promise((resolve, reject) => {
      const id = thread.nextId++;
      if (thread.pending.size === 0) thread.worker?.ref();
      thread.pending.set(id, { resolve, reject, chars: text.length });
      thread.chars += text.length;
      // The texts of every request handled in this turn of the loop go out together, at its end (setImmediate
      // runs right after the loop's I/O callbacks): one message per turn instead of one per text.
      thread.outbox.push({ id, text });
      if (thread.outbox.length === 1) setImmediate(post, thread);
    });
  }

  let recognizerIds: readonly string[];
  try {
    [recognizerIds = []] = await Promise.all(threads.map(launch));
  } catch (err) {
    closed = true;
    await Promise.all(threads.map((t) => t.worker?.terminate()));
    throw err;
  }

  let closing: Promise<void> | null = null;
  const pool: AnalysisPool = {
    recognizerIds,
    get stats(): AnalysisPoolStats {
      return { threads: count, ready: threads.filter((t) => t.ready).length, pending: pendingTotal(), completed, restarts, warmUpNotes, engine };
    },
    async analyze(text: string): Promise<Finding[]> {
      if (typeof text !== 'string') throw new PhigateError('PHIGATE_BAD_INPUT', `analyze() expects a string, got ${text === null ? 'null' : typeof text}`);
      if (closed) throw unavailable('the analysis pool is closed');
      if (text.length === 0) return [];
      return send(leastLoaded() ?? (await waitForThread()), text);
    },
    close(): Promise<void> {
      if (closing) return closing;
      closed = true;
      wake();
      closing = (async () => {
        if (pendingTotal() > 0) await new Promise<void>((resolve) => (onIdle = resolve));
        await Promise.all(threads.map((t) => t.worker?.terminate()));
      })();
      return closing;
    },
  };
  workersOf.set(pool, () => threads.flatMap((t) => (t.worker ? [t.worker] : [])));
  return pool;
}
