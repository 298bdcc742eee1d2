/**
 * Worker threads for the per-file stages (`--threads`). The main thread walks, groups and
 * judges; the workers read, detect and extract (file-work.ts) and send back data. The worker
 * is the same bundle as the CLI, started with `workerData` that names it (see {@link serveFileWork}).
 *
 * Work goes out in chunks of consecutive inputs to whichever worker is free; results come back
 * in any order and the main thread takes them by input index, so the order of everything it
 * does with them is the walk's order, as with one thread. The walk's results are sent ahead
 * only within a window of inputs, so a fast worker does not pile up extractions in memory.
 * `--threads N` is N threads reading: N - 1 workers and the main thread, which takes a queued
 * chunk itself whenever it would otherwise wait (on two cores, one worker and the main thread
 * keep both busy).
 *
 * A worker that stops (out of memory under its `resourceLimits`, or a bug in this loop; an
 * exception from one file is caught there and the file redone on the main thread) fails the
 * run with {@link WorkerStopped}, naming the file it was on: the run ends, it never waits on.
 */
import type * as WorkerThreads from 'node:worker_threads';
import { realPathResolver } from '../inputs/real-path';
import { Tree } from '../inputs/tree';
import { readAheadFile, walkFile, workerStages, type AheadResult, type FileResult, type WorkItem } from './file-work';
import { PhaseTimer } from './timer';

/** The `workerData` key that makes the bundle's entry serve file work instead of running the CLI. */
const MARK = 'sysctlLintFileWorker';
/**
 * Added to a worker's `process.argv`: the entry asks node:worker_threads only when it is there,
 * so a CLI run that starts no worker does not load it (about 2 ms of every start).
 */
const WORKER_ARG = '--sysctl-lint-file-worker';

let workerThreadsModule: typeof WorkerThreads | undefined;
function workerThreads(): typeof WorkerThreads {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose, see WORKER_ARG
  return (workerThreadsModule ??= require('node:worker_threads') as typeof WorkerThreads);
}

/** Inputs per message: small enough that the last chunks spread over the workers. */
const CHUNK = 64;
/** Walk results at most this many inputs ahead of the main thread. */
const WINDOW = 2048;
/**
 * Chunks queued at each worker. The main thread hands out work only between its own steps (it
 * groups and judges synchronously while results are in), so a worker with one chunk at a time
 * would sit idle between them.
 */
const DEPTH = 4;

/**
 * A worker's memory: a per-file limit bounds what one file may cost, and this bounds the
 * thread. The stack matches the main thread's V8 default (984 KB of JavaScript stack plus the
 * 192 KB Node keeps in reserve), so input nested deep enough to exhaust it fails alike on both.
 */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 1024, stackSizeMb: (984 + 192) / 1024 };

export interface WorkerConfig {
  cwd: string;
  maxFileSize: number;
  /** One Int32 slot: the input the worker is on (-1: none), read when it stops. */
  current: SharedArrayBuffer;
}

type Pass = 'ahead' | 'walk';
export interface ChunkRequest {
  chunk: number;
  pass: Pass;
  items: WorkItem[];
}
export interface ChunkReply {
  chunk: number;
  results: Array<AheadResult | FileResult>;
  timings: Record<string, number>;
}

/** True in a thread started by {@link FileWorkers}: the entry then calls {@link serveFileWork}. */
export function isFileWorker(): boolean {
  if (!process.argv.includes(WORKER_ARG)) return false;
  const { isMainThread, workerData } = workerThreads();
  return !isMainThread && !!(workerData as Record<string, unknown> | null)?.[MARK];
}

/** The worker's side: answers chunks until the main thread terminates it. */
export function serveFileWork(): void {
  const { parentPort, workerData } = workerThreads();
  const config = fileWorkerConfig(workerData);
  const current = new Int32Array(config.current);
  const timer = new PhaseTimer();
  const stages = workerStages({ cwd: config.cwd, timer, maxFileSize: config.maxFileSize, realPath: realPathResolver() });
  const tree = Tree.confining(config.cwd);
  parentPort?.on('message', (req: ChunkRequest) => {
    const results = req.items.map((item) => {
      Atomics.store(current, 0, item.i);
      return req.pass === 'ahead' ? readAheadFile(item, stages, tree) : walkFile(item, stages, tree);
    });
    Atomics.store(current, 0, -1);
    const reply: ChunkReply = { chunk: req.chunk, results, timings: timer.timings };
    parentPort?.postMessage(reply);
  });
}

/** The `workerData` a worker of the pool gets, for tests that play the worker. */
export function fileWorkerConfig(workerData: unknown): WorkerConfig {
  return (workerData as Record<string, WorkerConfig>)[MARK] as WorkerConfig;
}

/** The run cannot go on: a worker thread stopped. */
export class WorkerStopped extends Error {}

/** What the pool uses of a Worker (tests give it workers that answer late, out of order, or stop). */
export interface WorkerLike {
  on(event: 'message', listener: (reply: ChunkReply) => void): unknown;
  on(event: 'error', listener: (e: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  postMessage(message: ChunkRequest): void;
  terminate(): Promise<number>;
  unref(): void;
}

/** Starts a worker thread running `entry` (the default of {@link FileWorkerOptions.spawn}). */
function spawnWorker(entry: string, workerData: unknown): WorkerLike {
  const { Worker } = workerThreads();
  return new Worker(entry, { workerData, argv: [WORKER_ARG], resourceLimits: RESOURCE_LIMITS, stdout: false, stderr: false }) as WorkerLike;
}

interface Slot {
  worker: WorkerLike;
  current: Int32Array;
  /** Chunks sent and not answered yet, oldest first. */
  busy: ChunkRequest[];
  timings: Record<string, number>;
}

export interface FileWorkerOptions {
  /** The bundle to start (the CLI's own file). */
  entry: string;
  /** Threads that read and parse, the main thread included: `threads - 1` workers start. */
  threads: number;
  cwd: string;
  maxFileSize: number;
  /** The main thread's timer: its own share of read, detect and parse is timed there. */
  timer: PhaseTimer;
  /** Starts one worker with this `workerData` (default: a Worker thread running `entry`). */
  spawn?: (entry: string, workerData: unknown) => WorkerLike;
}

export class FileWorkers {
  private readonly slots: Slot[] = [];
  private readonly queue: ChunkRequest[] = [];
  private nextChunk = 0;
  private closed = false;
  private failure?: WorkerStopped;
  /** Display path per input index sent, to name the file a stopped worker was on. */
  private readonly displays = new Map<number, string>();
  /** Read-ahead results so far, and chunks of it not answered yet. */
  private readonly aheadResults = new Map<number, AheadResult>();
  private aheadPending = 0;
  /** Walk results not taken yet, by input index. */
  private readonly walked = new Map<number, FileResult>();
  /** Called when a reply comes in or a worker stops: the main thread waits for one of these. */
  private wake?: { resolve(): void; reject(e: Error): void };
  /** The main thread's stages when it reads a chunk itself. */
  private readonly here: { stages: ReturnType<typeof workerStages>; tree: Tree };

  /** Starts the workers; throws when the platform cannot (the caller then lints on one thread). */
  constructor(options: FileWorkerOptions) {
    this.here = { stages: workerStages({ cwd: options.cwd, timer: options.timer, maxFileSize: options.maxFileSize, realPath: realPathResolver() }), tree: Tree.confining(options.cwd) };
    for (let n = 1; n < options.threads; n++) {
      const current = new SharedArrayBuffer(4);
      new Int32Array(current)[0] = -1;
      const config: WorkerConfig = { cwd: options.cwd, maxFileSize: options.maxFileSize, current };
      const worker = (options.spawn ?? spawnWorker)(options.entry, { [MARK]: config });
      const slot: Slot = { worker, current: new Int32Array(current), busy: [], timings: {} };
      worker.on('message', (reply: ChunkReply) => this.received(slot, reply));
      worker.on('error', (e) => this.stopped(slot, e.message));
      worker.on('exit', (code) => this.stopped(slot, `exit code ${code}`));
      this.slots.push(slot);
    }
  }

  /** Threads reading, the main thread included. */
  get threads(): number {
    return this.slots.length + 1;
  }

  /** Queues the read-ahead of `items`; {@link readAheadDone} gives every result once all are in. */
  readAhead(items: WorkItem[]): void {
    const chunks = this.chunked('ahead', items);
    this.aheadPending += chunks.length;
    this.queue.push(...chunks);
    this.pump();
  }

  /** The read-ahead's results, once every chunk is in. */
  readAheadDone(): Map<number, AheadResult> | undefined {
    if (this.failure) throw this.failure;
    return this.aheadPending === 0 ? this.aheadResults : undefined;
  }

  /** Queues the walk of `items` (in walk order); take each result with {@link take}. */
  walk(items: WorkItem[]): void {
    this.queue.push(...this.chunked('walk', items));
    this.pump();
  }

  /** The walk's result for input `index` when it is in (it is removed). */
  take(index: number): FileResult | undefined {
    if (this.failure) throw this.failure;
    const r = this.walked.get(index);
    if (r) {
      this.walked.delete(index);
      this.pump();
    }
    return r;
  }

  /**
   * What the main thread does instead of waiting: reads the oldest queued chunk itself, then
   * lets the workers' replies in; with nothing queued, waits for the next reply.
   */
  helpOrWait(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    const chunk = this.queue.shift();
    if (chunk) {
      this.answer(chunk, this.run(chunk, this.here.stages, this.here.tree));
      return new Promise((resolve) => setImmediate(resolve));
    }
    return new Promise((resolve, reject) => {
      this.wake = { resolve, reject };
    });
  }

  /** Timings summed over the workers (read, detect, parse: their time, beside the main thread's). */
  timings(): Record<string, number> {
    const sum: Record<string, number> = {};
    for (const s of this.slots) for (const [k, v] of Object.entries(s.timings)) sum[k] = (sum[k] ?? 0) + v;
    return sum;
  }

  /** Stops every worker; the process does not wait for them. */
  close(): void {
    this.closed = true;
    for (const s of this.slots) {
      void s.worker.terminate();
      s.worker.unref();
    }
  }

  private run(req: ChunkRequest, stages: ReturnType<typeof workerStages>, tree: Tree): Array<AheadResult | FileResult> {
    return req.items.map((item) => (req.pass === 'ahead' ? readAheadFile(item, stages, tree) : walkFile(item, stages, tree)));
  }

  private chunked(pass: Pass, items: WorkItem[]): ChunkRequest[] {
    const out: ChunkRequest[] = [];
    for (let k = 0; k < items.length; k += CHUNK) {
      const part = items.slice(k, k + CHUNK);
      out.push({ chunk: this.nextChunk++, pass, items: part });
    }
    return out;
  }

  /** Gives queued chunks to the workers; walk chunks only while the window has room. */
  private pump(): void {
    if (this.failure || this.closed) return;
    // Round by round, so that every worker gets work before any gets a second chunk.
    for (let depth = 1; depth <= DEPTH; depth++) {
      for (const s of this.slots) {
        if (s.busy.length >= depth) continue;
        const next = this.queue[0];
        if (!next) return;
        if (next.pass === 'walk' && this.walkInFlight() + this.walked.size >= WINDOW) return;
        this.queue.shift();
        for (const it of next.items) this.displays.set(it.i, it.display);
        s.busy.push(next);
        s.worker.postMessage(next);
      }
    }
  }

  private walkInFlight(): number {
    let n = 0;
    for (const s of this.slots) for (const c of s.busy) if (c.pass === 'walk') n += c.items.length;
    return n;
  }

  private answer(req: ChunkRequest, results: Array<AheadResult | FileResult>): void {
    if (req.pass === 'ahead') {
      req.items.forEach((it, k) => this.aheadResults.set(it.i, results[k] as AheadResult));
      this.aheadPending--;
    } else req.items.forEach((it, k) => this.walked.set(it.i, results[k] as FileResult));
  }

  private received(slot: Slot, reply: ChunkReply): void {
    const k = slot.busy.findIndex((c) => c.chunk === reply.chunk);
    slot.timings = reply.timings;
    if (k < 0) return;
    const [req] = slot.busy.splice(k, 1) as [ChunkRequest];
    for (const it of req.items) this.displays.delete(it.i);
    this.answer(req, reply.results);
    this.pump();
    const w = this.wake;
    this.wake = undefined;
    w?.resolve();
  }

  private stopped(slot: Slot, reason: string): void {
    if (this.closed || this.failure) return;
    const at = Atomics.load(slot.current, 0);
    const file = at >= 0 ? this.displays.get(at) : undefined;
    this.failure = new WorkerStopped(`a worker thread stopped${file === undefined ? '' : ` while reading ${file}`} (${reason}); run with --threads 1 to lint on one thread`);
    const w = this.wake;
    this.wake = undefined;
    w?.reject(this.failure);
    this.close();
  }
}
