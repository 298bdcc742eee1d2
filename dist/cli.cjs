#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/cli/start.ts
var import_path2 = __toESM(require("path"), 1);

// src/cli/compile-cache.ts
var import_fs = __toESM(require("fs"), 1);
var import_module = __toESM(require("module"), 1);
var import_os = __toESM(require("os"), 1);
var import_path = __toESM(require("path"), 1);
var import_vm = __toESM(require("vm"), 1);
function compileCacheDir(env, home) {
  if (env.NODE_DISABLE_COMPILE_CACHE) return void 0;
  if (env.SYSCTL_LINT_NO_COMPILE_CACHE) return void 0;
  const own = env.SYSCTL_LINT_CACHE_DIR;
  if (own && import_path.default.isAbsolute(own)) return own;
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && import_path.default.isAbsolute(xdg)) return import_path.default.join(xdg, "sysctl-lint");
  let dir;
  try {
    dir = home();
  } catch {
    return void 0;
  }
  return dir && import_path.default.isAbsolute(dir) ? import_path.default.join(dir, ".cache", "sysctl-lint") : void 0;
}
function privateDirectory(dir) {
  try {
    let st;
    try {
      st = import_fs.default.lstatSync(dir);
    } catch {
      import_fs.default.mkdirSync(dir, { recursive: true, mode: 448 });
      st = import_fs.default.lstatSync(dir);
    }
    return st.isDirectory() && ownedAndPrivate(st);
  } catch {
    return false;
  }
}
function ownedAndPrivate(st) {
  if (typeof process.getuid !== "function") return true;
  return st.uid === process.getuid() && (st.mode & 18) === 0;
}
var MAGIC = "sysctl-lint code cache 1";
var REFRESH_FACTOR = 2;
var REFRESH_MIN_CPU_MS = 150;
var REFRESH_MAX_CPU_MS = 4e3;
var MAX_CACHE_BYTES = 64 << 20;
var UNUSED_CACHE_MS = 30 * 24 * 36e5;
var RENEW_USED_MS = 24 * 36e5;
var ABANDONED_TMP_MS = 36e5;
var CACHE_NAME = /^v8-[^/]*\.cache$/;
var TMP_NAME = /^v8-[^/]*\.cache\.\d+-\d+\.tmp$/;
function runBundle(bundlePath, bundleId, parent) {
  const dir = compileCacheDir(process.env, import_os.default.homedir);
  if (dir === void 0) return plainRequire(bundlePath, parent, { state: "off" });
  if (!privateDirectory(dir)) return plainRequire(bundlePath, parent, { state: "unusable directory", location: dir });
  let prepared;
  try {
    prepared = prepareWithCachedData(bundlePath, bundleId, dir);
  } catch {
    return plainRequire(bundlePath, parent, { state: "failed", location: dir });
  }
  const report = { state: prepared.state, location: prepared.cacheFile };
  process.once("exit", () => {
    const cpuMs = cpuTimeMs();
    const written = cacheToWrite(prepared.state, cpuMs, prepared.madeByCpuMs);
    if (written === void 0 || !writeCache(prepared, written.madeByCpuMs)) return;
    report.written = prepared.state === "used" ? "refreshed" : "written";
    if (prepared.state !== "used") pruneUnused(dir, prepared.cacheFile);
  });
  const module2 = new import_module.default(bundlePath, parent);
  module2.filename = bundlePath;
  const bundleRequire = import_module.default.createRequire(bundlePath);
  prepared.run.call(module2.exports, module2.exports, bundleRequire, module2, bundlePath, import_path.default.dirname(bundlePath));
  return report;
}
function cacheToWrite(state, cpuMs, madeByCpuMs) {
  const long = cpuMs > REFRESH_MAX_CPU_MS;
  if (state !== "used") return { madeByCpuMs: long ? 0 : cpuMs };
  if (long || cpuMs <= REFRESH_MIN_CPU_MS || cpuMs <= madeByCpuMs * REFRESH_FACTOR) return void 0;
  return { madeByCpuMs: cpuMs };
}
function plainRequire(bundlePath, parent, report) {
  parent.require(bundlePath);
  return report;
}
function prepareWithCachedData(bundlePath, bundleId, dir) {
  var _a;
  const fd = import_fs.default.openSync(bundlePath, "r");
  let source;
  let st;
  try {
    st = import_fs.default.fstatSync(fd);
    source = readAll(fd, st.size).toString("utf8");
  } finally {
    import_fs.default.closeSync(fd);
  }
  const cacheFile = import_path.default.join(dir, `v8-${process.versions.node}-${process.arch}-${process.versions.v8}${flagsSuffix()}.cache`);
  const header = `${MAGIC}
${bundleId} ${st.size} ${Math.trunc(st.mtimeMs)}
`;
  const cached = readCache(cacheFile, header);
  const usable = typeof cached === "object" ? cached : void 0;
  const script = new import_vm.default.Script(`(function (exports, require, module, __filename, __dirname) { ${source}
})`, {
    filename: bundlePath,
    ...usable ? { cachedData: usable.data } : {}
  });
  const state = cached === void 0 ? "missing" : cached === "stale" ? "stale" : script.cachedDataRejected ? "rejected" : "used";
  return { state, script, run: script.runInThisContext(), cacheFile, header, madeByCpuMs: (_a = usable == null ? void 0 : usable.madeByCpuMs) != null ? _a : 0 };
}
function flagsSuffix() {
  var _a;
  const flags = [...process.execArgv, (_a = process.env.NODE_OPTIONS) != null ? _a : ""].join("\0");
  if (flags === "") return "";
  let h = 2166136261;
  for (let i = 0; i < flags.length; i++) h = Math.imul(h ^ flags.charCodeAt(i), 16777619);
  return `-flags-${(h >>> 0).toString(16)}`;
}
function readAll(fd, size) {
  const buf = Buffer.allocUnsafe(size);
  let at = 0;
  while (at < size) {
    const n = import_fs.default.readSync(fd, buf, at, size - at, at);
    if (n === 0) break;
    at += n;
  }
  return at === size ? buf : buf.subarray(0, at);
}
function readCache(file, header) {
  var _a;
  let fd;
  try {
    fd = import_fs.default.openSync(file, import_fs.default.constants.O_RDONLY | ((_a = import_fs.default.constants.O_NOFOLLOW) != null ? _a : 0));
  } catch {
    return void 0;
  }
  try {
    const st = import_fs.default.fstatSync(fd);
    if (!st.isFile() || !ownedAndPrivate(st) || st.size > MAX_CACHE_BYTES) return void 0;
    const buf = readAll(fd, st.size);
    const headerBytes = Buffer.byteLength(header);
    if (buf.length < headerBytes || buf.toString("latin1", 0, headerBytes) !== header) return "stale";
    const lineEnd = buf.indexOf(10, headerBytes);
    if (lineEnd < 0 || lineEnd - headerBytes > 200) return "stale";
    const [sum, length, cpuMs] = buf.toString("latin1", headerBytes, lineEnd).split(" ");
    const data = buf.subarray(lineEnd + 1);
    if (Number(length) !== data.length || checksum(data) !== sum) return "stale";
    renewIfOld(fd, st);
    return { data, madeByCpuMs: Number(cpuMs) || 0 };
  } catch {
    return void 0;
  } finally {
    import_fs.default.closeSync(fd);
  }
}
function checksum(data) {
  const zlib = require("zlib");
  if (typeof zlib.crc32 === "function") return `crc32:${zlib.crc32(data).toString(16)}`;
  return `sha1:${require("crypto").createHash("sha1").update(data).digest("hex")}`;
}
function cpuTimeMs() {
  const { user, system } = process.cpuUsage();
  return Math.round((user + system) / 1e3);
}
function renewIfOld(fd, st) {
  const now = Date.now();
  if (now - st.mtimeMs < RENEW_USED_MS) return;
  try {
    import_fs.default.futimesSync(fd, now / 1e3, now / 1e3);
  } catch {
  }
}
function pruneUnused(dir, keep) {
  try {
    const now = Date.now();
    for (const name of import_fs.default.readdirSync(dir)) {
      const file = import_path.default.join(dir, name);
      const isTmp = TMP_NAME.test(name);
      if (file === keep || !isTmp && !CACHE_NAME.test(name)) continue;
      try {
        const st = import_fs.default.lstatSync(file);
        if (!st.isFile() || !ownedAndPrivate(st)) continue;
        if (now - st.mtimeMs > (isTmp ? ABANDONED_TMP_MS : UNUSED_CACHE_MS)) import_fs.default.unlinkSync(file);
      } catch {
      }
    }
  } catch {
  }
}
function writeCache(prepared, cpuMs) {
  var _a;
  let tmp;
  try {
    if (!require("worker_threads").isMainThread) return false;
    const data = prepared.script.createCachedData();
    if (data.length === 0 || data.length > MAX_CACHE_BYTES) return false;
    const bytes = Buffer.concat([Buffer.from(`${prepared.header}${checksum(data)} ${data.length} ${cpuMs}
`, "latin1"), data]);
    tmp = `${prepared.cacheFile}.${process.pid}-${Date.now()}.tmp`;
    const fd = import_fs.default.openSync(tmp, import_fs.default.constants.O_WRONLY | import_fs.default.constants.O_CREAT | import_fs.default.constants.O_EXCL | ((_a = import_fs.default.constants.O_NOFOLLOW) != null ? _a : 0), 384);
    try {
      for (let at = 0; at < bytes.length; ) at += import_fs.default.writeSync(fd, bytes, at, bytes.length - at);
    } finally {
      import_fs.default.closeSync(fd);
    }
    import_fs.default.renameSync(tmp, prepared.cacheFile);
    tmp = void 0;
    return true;
  } catch {
    return false;
  } finally {
    if (tmp !== void 0) {
      try {
        import_fs.default.unlinkSync(tmp);
      } catch {
      }
    }
  }
}

// src/core/auto-threads.ts
var import_os2 = __toESM(require("os"), 1);
var AUTO_THREADS_MAX = 3;
function autoThreads() {
  const cores = typeof import_os2.default.availableParallelism === "function" ? import_os2.default.availableParallelism() : import_os2.default.cpus().length;
  return cores <= 2 ? 1 : Math.min(AUTO_THREADS_MAX, cores - 1);
}

// src/cli/heap-flags.ts
var import_util = __toESM(require("util"), 1);
var import_v8 = __toESM(require("v8"), 1);
var HEAP_FLAGS = [
  ["semi-space-growth-factor", "1"],
  ["heap-growing-percent", "20"]
];
function heapFlagsToSet(options) {
  const given = options.join(" ").replace(/_/g, "-");
  return HEAP_FLAGS.filter(([name]) => !new RegExp(`--(no-)?${name}\\b`).test(given)).map(([name, value]) => `--${name}=${value}`);
}
function loadBuiltinsEveryRunNeeds() {
  void process.stdout;
  void process.stderr;
  for (const name of ["url", "util", "zlib", "perf_hooks"]) require(name);
  void import_util.default.parseArgs;
  if (autoThreads() > 1) require("worker_threads");
}
function setHeapFlags() {
  var _a;
  const flags = heapFlagsToSet([...process.execArgv, (_a = process.env.NODE_OPTIONS) != null ? _a : ""]);
  if (flags.length === 0) return;
  loadBuiltinsEveryRunNeeds();
  for (const flag of flags) import_v8.default.setFlagsFromString(flag);
}

// src/cli/node-version.ts
function unsupportedNodeMessage(version) {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  if (major > 18 || major === 18 && minor >= 18) return void 0;
  return `sysctl-lint needs Node.js 18.18 or later (this is ${version})
`;
}

// src/cli/start.ts
var tooOld = unsupportedNodeMessage(process.versions.node);
if (tooOld) {
  process.stderr.write(tooOld);
  process.exitCode = 2;
} else {
  setHeapFlags();
  const report = runBundle(import_path2.default.join(__dirname, "sysctl-lint.cjs"), "31ba8a8794fa67392637447ba4a83907", module);
  if (process.env.SYSCTL_LINT_DEBUG_COMPILE_CACHE) {
    process.once("exit", () => {
      process.stderr.write(`sysctl-lint: compile cache: ${report.state}${report.written ? `, ${report.written}` : ""}${report.location ? ` (${report.location})` : ""}
`);
    });
  }
}
