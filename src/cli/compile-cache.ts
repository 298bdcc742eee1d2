/**
 * Loads the CLI bundle (dist/sysctl-lint.cjs) with a V8 code cache, so that a run does not
 * compile 1.9 MB of JavaScript again: compiling the bundle and the functions a run needs is
 * about half of what a one-file run costs over `node -e 0`.
 *
 * The bundle is compiled with `vm.Script` and the `cachedData` of an earlier run. When there was
 * none, V8 rejected it, or this run did much more work than the run that made it, the cache is
 * made at exit with `createCachedData()`, so it holds the functions the run compiled lazily (the
 * YAML parser, the reporters), not only the top level. The same on every Node.js version: Node's
 * own `module.enableCompileCache` (22.8+) makes its cache right after compiling, without those
 * functions, and measured slower on Node 24 (60 against 50 ms CPU for one small file).
 *
 * The cache is the program's own state, never the linted tree's: it lives in a per-user
 * directory chosen from the environment only, is used only when that directory and file belong
 * to the user and nobody else can write them, and each file is checked against the bundle it was
 * made from (the build's hash of the bundle, its size and modification time) and its own length
 * and checksum (V8 checks neither: a flipped byte crashes it or changes what runs). Any problem
 * (no home directory, a read-only file system, a truncated, corrupt or foreign file, a concurrent
 * writer) means the bundle is loaded the ordinary way: same output, same exit code, nothing
 * printed. The loader is plain enough for old Node.js versions to parse, so the version check
 * before it can still say what is wrong.
 */
import fs from 'fs';
import Module from 'module';
import os from 'os';
import path from 'path';
import vm from 'vm';
import type * as Crypto from 'crypto';
import type * as WorkerThreads from 'worker_threads';

/** Where the cache lives, or undefined when it is switched off. Only the environment counts. */
export function compileCacheDir(env: NodeJS.ProcessEnv, home: () => string): string | undefined {
  // Node's own switch for its compile cache; honoured for ours too.
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  if (env.SYSCTL_LINT_NO_COMPILE_CACHE) return undefined;
  // Relative paths would depend on the directory being linted: ignored, as XDG says.
  const own = env.SYSCTL_LINT_CACHE_DIR;
  if (own && path.isAbsolute(own)) return own;
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'sysctl-lint');
  let dir: string;
  try {
    dir = home();
  } catch {
    return undefined;
  }
  return dir && path.isAbsolute(dir) ? path.join(dir, '.cache', 'sysctl-lint') : undefined;
}

/**
 * Creates the directory (0700) when missing and says whether it is safe to keep code in: a real
 * directory (not a link), owned by this user, writable by nobody else. Someone who can write a
 * code cache can make the next run execute their code.
 */
function privateDirectory(dir: string): boolean {
  try {
    let st: fs.Stats;
    try {
      st = fs.lstatSync(dir);
    } catch {
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      st = fs.lstatSync(dir);
    }
    return st.isDirectory() && ownedAndPrivate(st);
  } catch {
    return false;
  }
}

function ownedAndPrivate(st: fs.Stats): boolean {
  if (typeof process.getuid !== 'function') return true;
  return st.uid === process.getuid() && (st.mode & 0o022) === 0;
}

/** What happened to the cache, for `SYSCTL_LINT_DEBUG_COMPILE_CACHE`. */
type CacheState = 'off' | 'unusable directory' | 'missing' | 'used' | 'rejected' | 'stale' | 'failed';

export interface CacheReport {
  state: CacheState;
  /** The cache file, or the directory that could not be used. */
  location?: string;
  /** Set at exit: a new cache file was written ('refreshed': after a run that did much more work). */
  written?: 'written' | 'refreshed';
}

const MAGIC = 'sysctl-lint code cache 1';
/**
 * A cache made by a small run lacks the functions a large run compiles (the YAML parser's, most
 * of them): a run that takes more than this many times the CPU time of the run that made the
 * cache writes a new one. Each rewrite raises the bar, so it settles after a few.
 */
const REFRESH_FACTOR = 2;
/** Runs shorter than this never rewrite a cache that V8 accepted. */
const REFRESH_MIN_CPU_MS = 150;
/**
 * A run longer than this never replaces a cache V8 accepted, and a cache it must write (there
 * was none) counts as made by a short run, so the next run of more than REFRESH_MIN_CPU_MS
 * replaces it. V8 drops the bytecode of functions that have not run for several full garbage
 * collections: after a 300k-file run (13.5 s) the cache lacked the start-up code every run needs
 * (631 KB against 812 KB after a 100k run), and one small file took 25 ms more CPU with it.
 */
const REFRESH_MAX_CPU_MS = 4000;
/** Far above any real cache (the bundle's is under 2 MB); a larger file is not read. */
const MAX_CACHE_BYTES = 64 << 20;
/**
 * Files of other Node.js builds or option sets are removed when a new file is written and they
 * have not been written or used for this long: upgrading Node.js leaves one file (about 1 MB)
 * behind each time, and nothing else would ever remove it.
 */
const UNUSED_CACHE_MS = 30 * 24 * 3600_000;
/** A file in use has its time renewed at most this often (one `futimes` a day, not per run). */
const RENEW_USED_MS = 24 * 3600_000;
/** A temporary file this old was left by a writer that was killed before its rename. */
const ABANDONED_TMP_MS = 3600_000;
const CACHE_NAME = /^v8-[^/]*\.cache$/;
const TMP_NAME = /^v8-[^/]*\.cache\.\d+-\d+\.tmp$/;

/**
 * Runs the bundle at `bundlePath` as a CommonJS module, through the compile cache when it can.
 * `bundleId` is the build's hash of the bundle. Returns what happened to the cache.
 */
export function runBundle(bundlePath: string, bundleId: string, parent: NodeJS.Module): CacheReport {
  const dir = compileCacheDir(process.env, os.homedir);
  if (dir === undefined) return plainRequire(bundlePath, parent, { state: 'off' });
  if (!privateDirectory(dir)) return plainRequire(bundlePath, parent, { state: 'unusable directory', location: dir });

  let prepared: PreparedBundle;
  try {
    prepared = prepareWithCachedData(bundlePath, bundleId, dir);
  } catch {
    return plainRequire(bundlePath, parent, { state: 'failed', location: dir });
  }
  const report: CacheReport = { state: prepared.state, location: prepared.cacheFile };
  // The bundle runs outside the try: an error of the run is the run's, never a reason to load
  // the bundle a second time.
  process.once('exit', () => {
    const cpuMs = cpuTimeMs();
    const written = cacheToWrite(prepared.state, cpuMs, prepared.madeByCpuMs);
    if (written === undefined || !writeCache(prepared, written.madeByCpuMs)) return;
    report.written = prepared.state === 'used' ? 'refreshed' : 'written';
    if (prepared.state !== 'used') pruneUnused(dir, prepared.cacheFile);
  });
  const module = new Module(bundlePath, parent);
  module.filename = bundlePath;
  const bundleRequire = Module.createRequire(bundlePath);
  prepared.run.call(module.exports, module.exports, bundleRequire, module, bundlePath, path.dirname(bundlePath));
  return report;
}

/**
 * Whether a run that took `cpuMs` writes the cache at exit, and the CPU time recorded as the
 * maker's; undefined when the cache stays as it is.
 */
export function cacheToWrite(state: CacheState, cpuMs: number, madeByCpuMs: number): { madeByCpuMs: number } | undefined {
  const long = cpuMs > REFRESH_MAX_CPU_MS;
  if (state !== 'used') return { madeByCpuMs: long ? 0 : cpuMs };
  if (long || cpuMs <= REFRESH_MIN_CPU_MS || cpuMs <= madeByCpuMs * REFRESH_FACTOR) return undefined;
  return { madeByCpuMs: cpuMs };
}

function plainRequire(bundlePath: string, parent: NodeJS.Module, report: CacheReport): CacheReport {
  parent.require(bundlePath);
  return report;
}

interface PreparedBundle {
  state: CacheState;
  script: vm.Script;
  run: (...args: unknown[]) => unknown;
  cacheFile: string;
  header: string;
  /** CPU time of the run that made the cache used (0 when none was used). */
  madeByCpuMs: number;
}

function prepareWithCachedData(bundlePath: string, bundleId: string, dir: string): PreparedBundle {
  const fd = fs.openSync(bundlePath, 'r');
  let source: string;
  let st: fs.Stats;
  try {
    st = fs.fstatSync(fd);
    source = readAll(fd, st.size).toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
  // One file per Node.js build and set of V8 flags: V8 rejects a cache made by another V8 or
  // under other flags (`--max-old-space-size` in NODE_OPTIONS, say), and two of them used in
  // turn must not overwrite each other's file on every run.
  const cacheFile = path.join(dir, `v8-${process.versions.node}-${process.arch}-${process.versions.v8}${flagsSuffix()}.cache`);
  const header = `${MAGIC}\n${bundleId} ${st.size} ${Math.trunc(st.mtimeMs)}\n`;
  const cached = readCache(cacheFile, header);
  const usable = typeof cached === 'object' ? cached : undefined;
  // The same wrapper as Node's CommonJS loader, on the first line: line numbers of stack traces
  // are the bundle's.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, {
    filename: bundlePath,
    ...(usable ? { cachedData: usable.data } : {}),
  });
  const state: CacheState = cached === undefined ? 'missing' : cached === 'stale' ? 'stale' : script.cachedDataRejected ? 'rejected' : 'used';
  return { state, script, run: script.runInThisContext() as PreparedBundle['run'], cacheFile, header, madeByCpuMs: usable?.madeByCpuMs ?? 0 };
}

/** Empty for a plain `node`; else a short hash of the options Node was started with. */
function flagsSuffix(): string {
  const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join('\0');
  if (flags === '') return '';
  // FNV-1a over a short string: no module to load for it.
  let h = 0x811c9dc5;
  for (let i = 0; i < flags.length; i++) h = Math.imul(h ^ flags.charCodeAt(i), 0x01000193);
  return `-flags-${(h >>> 0).toString(16)}`;
}

function readAll(fd: number, size: number): Buffer {
  const buf = Buffer.allocUnsafe(size);
  let at = 0;
  while (at < size) {
    const n = fs.readSync(fd, buf, at, size - at, at);
    if (n === 0) break;
    at += n;
  }
  return at === size ? buf : buf.subarray(0, at);
}

/**
 * The cached data of the file, 'stale' when it was made from another bundle (or is damaged),
 * undefined when there is none that may be used.
 */
function readCache(file: string, header: string): { data: Buffer; madeByCpuMs: number } | 'stale' | undefined {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
  } catch {
    return undefined;
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile() || !ownedAndPrivate(st) || st.size > MAX_CACHE_BYTES) return undefined;
    const buf = readAll(fd, st.size);
    // The header, then "<checksum> <length of the data> <CPU ms of the run that made it>\n", then the data.
    const headerBytes = Buffer.byteLength(header);
    if (buf.length < headerBytes || buf.toString('latin1', 0, headerBytes) !== header) return 'stale';
    const lineEnd = buf.indexOf(10, headerBytes);
    if (lineEnd < 0 || lineEnd - headerBytes > 200) return 'stale';
    const [sum, length, cpuMs] = buf.toString('latin1', headerBytes, lineEnd).split(' ');
    const data = buf.subarray(lineEnd + 1);
    if (Number(length) !== data.length || checksum(data) !== sum) return 'stale';
    renewIfOld(fd, st);
    return { data, madeByCpuMs: Number(cpuMs) || 0 };
  } catch {
    return undefined;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * V8 checks only its version, flags and the source length: a damaged file must not reach it.
 * CRC-32 where zlib has it (Node 20.15, 22.2 and later: about 0.2 ms for the cache, plus loading
 * zlib), else SHA-1 (node:crypto, which takes longer to load).
 */
function checksum(data: Buffer): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- only when there is a cache to check
  const zlib = require('zlib') as { crc32?: (data: Buffer) => number };
  if (typeof zlib.crc32 === 'function') return `crc32:${zlib.crc32(data).toString(16)}`;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- Node.js before 20.15 only
  return `sha1:${(require('crypto') as typeof Crypto).createHash('sha1').update(data).digest('hex')}`;
}

function cpuTimeMs(): number {
  const { user, system } = process.cpuUsage();
  return Math.round((user + system) / 1000);
}

/** Marks a file as in use, so that {@link pruneUnused} keeps it (its time, not its contents). */
function renewIfOld(fd: number, st: fs.Stats): void {
  const now = Date.now();
  if (now - st.mtimeMs < RENEW_USED_MS) return;
  try {
    fs.futimesSync(fd, now / 1000, now / 1000);
  } catch {
    // a read-only cache is still a cache
  }
}

/**
 * Removes the cache files of other Node.js builds and option sets that nobody wrote or used for
 * {@link UNUSED_CACHE_MS}, and temporary files of killed writers. Runs only after this run wrote
 * a new file (a new Node.js build, new options or a new bundle), so an ordinary run lists no
 * directory. Only this program's own names, only regular files of this user, never through a
 * link.
 */
function pruneUnused(dir: string, keep: string): void {
  try {
    const now = Date.now();
    for (const name of fs.readdirSync(dir)) {
      const file = path.join(dir, name);
      const isTmp = TMP_NAME.test(name);
      if (file === keep || (!isTmp && !CACHE_NAME.test(name))) continue;
      try {
        const st = fs.lstatSync(file);
        if (!st.isFile() || !ownedAndPrivate(st)) continue;
        if (now - st.mtimeMs > (isTmp ? ABANDONED_TMP_MS : UNUSED_CACHE_MS)) fs.unlinkSync(file);
      } catch {
        // gone already, or not ours to remove
      }
    }
  } catch {
    // an unlistable directory keeps its files
  }
}

/**
 * Writes the cache after the run, into a temporary file renamed into place: a concurrent run
 * reads either the old file or the new one, never half of one. Failures are silent.
 */
function writeCache(prepared: PreparedBundle, cpuMs: number): boolean {
  let tmp: string | undefined;
  try {
    // A worker thread started from this file shares the main thread's bundle: one writer.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- only needed at exit
    if (!(require('worker_threads') as typeof WorkerThreads).isMainThread) return false;
    const data = prepared.script.createCachedData();
    if (data.length === 0 || data.length > MAX_CACHE_BYTES) return false;
    const bytes = Buffer.concat([Buffer.from(`${prepared.header}${checksum(data)} ${data.length} ${cpuMs}\n`, 'latin1'), data]);
    // O_EXCL: a name another writer already took fails, and this run simply writes no cache.
    tmp = `${prepared.cacheFile}.${process.pid}-${Date.now()}.tmp`;
    const fd = fs.openSync(tmp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0), 0o600);
    try {
      for (let at = 0; at < bytes.length; ) at += fs.writeSync(fd, bytes, at, bytes.length - at);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, prepared.cacheFile);
    tmp = undefined;
    return true;
  } catch {
    // a cache that cannot be written is only a slower next run
    return false;
  } finally {
    if (tmp !== undefined) {
      try {
        fs.unlinkSync(tmp);
      } catch {
        // nothing left to clean
      }
    }
  }
}
