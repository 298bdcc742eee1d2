/**
 * V8 heap settings that keep peak memory flat as the linted tree grows, set by the process
 * entries (dist/cli.cjs, dist/action.cjs) before any bundle code is compiled.
 *
 * What a long run keeps alive does not grow with the tree (13 to 20 MB after a full collection
 * at 10k and at 100k files), but with V8's defaults its peak did: the young generation doubles
 * its semi-spaces up to 16 MB each as soon as much of what it allocates survives (file texts,
 * parse trees), and the old generation is allowed to grow to about four times what survived the
 * last full collection, because collecting it is cheap for so small a heap. So the peak was
 * mostly room V8 granted itself, and the longer the run, the more of it was used.
 *
 * - `--semi-space-growth-factor=1`: semi-spaces stay at their initial size. A run's objects are
 *   short-lived (a file's text and parse tree, dropped after extraction) or small, so the
 *   larger young generation saved no measurable time (bench/notes.md, "Target: peak memory").
 * - `--heap-growing-percent=20`: the old generation is collected when it has grown 20 % past
 *   what the last full collection kept, not up to 4×.
 *
 * V8 flags are process-wide (worker threads get them too) and take effect at the next
 * collection. They must be set before the CLI bundle is compiled: V8 puts a hash of its flags
 * into a code cache and rejects a cache made under other flags. A flag the user set on the
 * command line or in NODE_OPTIONS is left as the user set it.
 */
import { autoThreads } from '../core/auto-threads';
import util from 'util';
import v8 from 'v8';

const HEAP_FLAGS: ReadonlyArray<readonly [name: string, value: string]> = [
  ['semi-space-growth-factor', '1'],
  ['heap-growing-percent', '20'],
];

/** The flags to set: those the user did not set (`options`: Node's own options and NODE_OPTIONS). */
export function heapFlagsToSet(options: readonly string[]): string[] {
  // V8 accepts a flag with `-` or `_` between words.
  const given = options.join(' ').replace(/_/g, '-');
  return HEAP_FLAGS.filter(([name]) => !new RegExp(`--(no-)?${name}\\b`).test(given)).map(([name, value]) => `--${name}=${value}`);
}

/**
 * Node compiles its own modules with a code cache built into the binary, which V8 checks against
 * the same flag hash: a built-in module first loaded after the flags change is compiled from
 * source. Those every run loads are loaded before (the streams behind `process.stdout` and
 * `process.stderr` most of all: one small file took 4 ms longer without this; zlib checks the
 * compile cache; perf_hooks times the phases).
 */
function loadBuiltinsEveryRunNeeds(): void {
  void process.stdout;
  void process.stderr;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded for their side effect only
  for (const name of ['url', 'util', 'zlib', 'perf_hooks']) require(name);
  // node:util loads its argument parser on first use; every run parses its command line.
  void util.parseArgs;
  // Worker threads start only where `--threads auto` finds cores to spare: only there is
  // node:worker_threads worth its 1 to 2 ms before every run.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded for its side effect only
  if (autoThreads() > 1) require('worker_threads');
}

export function setHeapFlags(): void {
  const flags = heapFlagsToSet([...process.execArgv, process.env.NODE_OPTIONS ?? '']);
  if (flags.length === 0) return;
  loadBuiltinsEveryRunNeeds();
  for (const flag of flags) v8.setFlagsFromString(flag);
}
