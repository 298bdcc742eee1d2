/**
 * How many threads `--threads auto` reads with on this machine, before it looks at the tree
 * (lint/index.ts uses workers only for a directory with enough inputs). The CLI's entry asks it
 * too, to load node:worker_threads before it changes V8's flags only where workers can start.
 */
import os from 'os';

/** `auto` reads with at most this many threads: beyond it the main thread (walk, grouping, judging) is the limit. */
const AUTO_THREADS_MAX = 3;

/**
 * One on two cores or fewer, where V8's own background threads (concurrent GC, compilation)
 * already keep the second core busy and a worker's extra CPU (its JIT warm-up and heap,
 * cloning results) makes the run slower, not faster; else one core is left to them.
 */
export function autoThreads(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return cores <= 2 ? 1 : Math.min(AUTO_THREADS_MAX, cores - 1);
}
