#!/usr/bin/env node
/**
 * `npm run bench`: the benchmark, in one run.
 *
 * For each size (1k, 10k, 100k, 300k files) it generates (or reuses) a deterministic infrastructure
 * repository under bench/out/<size>/repo, then times, interleaved round by round so that any
 * background load hits all three alike:
 *   - the floor: Node reading every file (bench/floor.mjs);
 *   - sysctl-lint (dist/cli.cjs --stats --format json) on the tree;
 *   - Spectral with a small JSONPath ruleset (bench/spectral/ruleset.yaml) over the YAML files.
 * It checks that sysctl-lint found exactly the planted problems it supports, measures the
 * pre-commit case (one small file against `node -e 0`), and writes BENCHMARKS.md,
 * bench/time-vs-size.svg and bench/results.json.
 *
 *   node bench/run.mjs [--sizes 1k,10k,100k,300k] [--kinds sysctl,cloud-init,manifests,values]
 *                      [--runs N] [--regenerate] [--build DIR --out DIR]
 *
 * BENCH_SIZES and BENCH_KINDS (comma-separated; `none` for no kind runs) do what --sizes and
 * --kinds do, e.g. `BENCH_SIZES=1k BENCH_KINDS=none npm run bench` for a quick end-to-end run.
 * Each kind run lints a tree of one source kind only (5,000 files), against the floor, so that
 * a regression in one parser shows on its own.
 *
 * --report-only rewrites BENCHMARKS.md and the chart from bench/results.json (after editing
 * bench/notes.md) without measuring again.
 * --build DIR benchmarks another checkout's build (DIR/dist/cli.cjs, rules from DIR/policies),
 * e.g. an older commit extracted with `git archive`, and --out DIR puts its report elsewhere.
 *
 * Spectral is a dependency of bench/ only (bench/package.json, pinned exactly), installed here
 * on first run with `npm ci --prefix bench`; the main package never depends on it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { catalogueRuleIds, checkFindings, checkSpectral, probeSources } from './lib/check.mjs';
import { GENERATOR_VERSION, MIXES, generateRepo } from './lib/generate.mjs';
import { hasGnuTime, measure, median, parseStats } from './lib/measure.mjs';
import { writeReport } from './lib/report.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(benchDir, '..');
const outDir = path.join(benchDir, 'out');
/** The compile cache of every sysctl-lint run the benchmark makes (see main()). */
const compileCacheDir = path.join(outDir, 'compile-cache');
let cli = path.join(root, 'dist', 'cli.cjs');
const SEED = 'sysctl-lint-bench';

const SIZES = {
  '1k': { files: 1_000, runs: { floor: 9, lint: 9, spectral: 5 } },
  '10k': { files: 10_000, runs: { floor: 7, lint: 7, spectral: 3 } },
  // Spectral takes minutes here: one run (the report says so).
  '100k': { files: 100_000, runs: { floor: 5, lint: 5, spectral: 1 } },
  // For peak memory at three times the size; Spectral would take five minutes and 7 GB.
  '300k': { files: 300_000, runs: { floor: 3, lint: 3, spectral: 0 } },
};
/** One tree per source kind (bench/lib/generate.mjs MIXES): sysctl-lint against the floor only. */
const KIND_FILES = 5_000;
const KIND_RUNS = { floor: 5, lint: 5, spectral: 0 };
const PRECOMMIT_RUNS = 30;
const GIT_TREE_RUNS = { floor: 5, lint: 5, spectral: 0 };

/**
 * Runs `fn` with `dir` made a git work tree (an empty `.git`: the walk only looks for one) with
 * a `.gitignore` of the patterns infrastructure repositories commonly have, none of which
 * matches a generated file; both are removed afterwards. `dir` holds the tree's repo/ and its
 * outputs, so the floor (which reads repo/) reads the same files.
 */
async function withGitWorkTree(dir, fn) {
  const git = path.join(dir, '.git');
  const ignoreFile = path.join(dir, '.gitignore');
  fs.mkdirSync(git, { recursive: true });
  fs.writeFileSync(ignoreFile, ['node_modules/', '.terraform/', '*.tfstate', '*.tfstate.*', '*.swp', '.DS_Store', '/build/', '/out/', '*.retry', 'vendor/charts/*.tgz', ''].join('\n'));
  try {
    return await fn();
  } finally {
    fs.rmSync(git, { recursive: true, force: true });
    fs.rmSync(ignoreFile, { force: true });
  }
}

function parseArgs(argv) {
  const list = (v) => (v === 'none' ? [] : v.split(',').filter(Boolean));
  const o = { sizes: process.env.BENCH_SIZES ? list(process.env.BENCH_SIZES) : Object.keys(SIZES), kinds: process.env.BENCH_KINDS ? list(process.env.BENCH_KINDS) : [...MIXES], runs: undefined, regenerate: false, build: undefined, out: undefined, reportOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--sizes') o.sizes = list(argv[++i]);
    else if (a === '--kinds') o.kinds = list(argv[++i]);
    else if (a === '--runs') o.runs = Number(argv[++i]);
    else if (a === '--regenerate') o.regenerate = true;
    else if (a === '--report-only') o.reportOnly = true;
    else if (a === '--build') o.build = path.resolve(argv[++i]);
    else if (a === '--out') o.out = path.resolve(argv[++i]);
    else throw new Error(`unknown option ${a} (use --sizes 1k,10k,100k,300k, --kinds ${MIXES.join(',')}, --runs N, --regenerate, --build DIR, --out DIR)`);
  }
  for (const s of o.sizes) if (!SIZES[s]) throw new Error(`unknown size ${s}`);
  for (const k of o.kinds) if (!MIXES.includes(k)) throw new Error(`unknown kind ${k} (one of ${MIXES.join(', ')}, or none)`);
  if (o.build && !o.out) throw new Error('--build needs --out (the report of another build must not replace BENCHMARKS.md)');
  return o;
}

const log = (msg) => process.stderr.write(`bench: ${msg}\n`);

function ensureSpectral() {
  const pkg = path.join(benchDir, 'node_modules', '@stoplight', 'spectral-cli', 'package.json');
  if (!fs.existsSync(pkg)) {
    log('installing the benchmark peers (npm ci --prefix bench)');
    const r = spawnSync('npm', ['ci', '--prefix', benchDir, '--ignore-scripts', '--no-audit', '--no-fund'], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('npm ci --prefix bench failed');
  }
  const meta = JSON.parse(fs.readFileSync(pkg, 'utf8'));
  return { bin: path.join(path.dirname(pkg), meta.bin.spectral), version: meta.version };
}

function machine() {
  const cpus = os.cpus();
  let model = cpus[0]?.model ?? 'unknown';
  try {
    // Virtual machines often report a generic model to Node; lscpu may know better.
    const l = execFileSync('lscpu', { encoding: 'utf8' });
    const m = /^Model name:\s+(.+)$/m.exec(l);
    if (m && m[1].length > model.length) model = m[1].trim();
  } catch {
    // no lscpu
  }
  return { cpu: model, cores: cpus.length, memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1), node: process.version, kernel: `${os.type()} ${os.release()}`, arch: os.arch() };
}

function gitDescribe(dir) {
  if (dir !== root) return dir;
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'dist', 'policies'], { cwd: root, encoding: 'utf8' }).trim() !== '';
    return `${sha}${dirty ? ' (with uncommitted changes)' : ''}`;
  } catch {
    return 'unknown';
  }
}

function prepareTree(label, files, regenerate, mix = 'mixed') {
  const dir = path.join(outDir, label);
  const manifestFile = path.join(dir, 'manifest.json');
  if (!regenerate && fs.existsSync(manifestFile)) {
    const m = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    if (m.generatorVersion === GENERATOR_VERSION && m.seed === SEED && m.files === files && (m.mix ?? 'mixed') === mix) return { manifest: m, repo: path.join(dir, 'repo'), cached: true };
  }
  log(`generating ${label} (${files} files)`);
  const t = performance.now();
  const manifest = generateRepo({ dir, files, seed: SEED, mix });
  manifest.generationMs = performance.now() - t;
  fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 1));
  return { manifest, repo: path.join(dir, 'repo'), cached: false };
}

function summarize(runs) {
  const wall = runs.map((r) => r.wallMs);
  return {
    runs: runs.length,
    wallMs: median(wall),
    minMs: Math.min(...wall),
    maxMs: Math.max(...wall),
    cpuMs: median(runs.map((r) => (r.userMs !== undefined ? r.userMs + r.sysMs : undefined))),
    rssMb: median(runs.map((r) => (r.maxRssKb !== undefined ? r.maxRssKb / 1024 : undefined))),
    rssMaxMb: Math.max(...runs.map((r) => (r.maxRssKb ?? 0) / 1024)),
  };
}

async function benchSize(label, spec, opts, spectral, ruleIds) {
  const { manifest, repo, cached } = prepareTree(label, spec.files, opts.regenerate, spec.mix);
  const runs = opts.runs ? { floor: opts.runs, lint: opts.runs, spectral: Math.min(opts.runs, spec.runs.spectral) } : spec.runs;
  const lintOut = path.join(outDir, label, 'sysctl-lint.json');
  const spectralOut = path.join(outDir, label, 'spectral.json');
  // Builds from before --stats existed (--build) are timed without it.
  const stats = spawnSync(process.execPath, [cli, '--stats', '--version']).status === 0 ? ['--stats'] : [];
  const tools = {
    floor: [process.execPath, [path.join(benchDir, 'floor.mjs'), '.']],
    lint: [process.execPath, [cli, ...stats, '--format', 'json', '--output-file', lintOut, '.']],
    spectral: [process.execPath, [spectral.bin, 'lint', '--ruleset', path.join(benchDir, 'spectral', 'ruleset.yaml'), '--format', 'json', '--output', spectralOut, '--ignore-unknown-format', '--quiet', '**/*.yaml', '**/*.yml']],
  };
  // Warm the page cache (the floor reads every file) and the CLI's own file.
  await measure(...tools.floor, { cwd: repo });
  await measure(...tools.lint, { cwd: repo });
  const results = runs.spectral ? { floor: [], lint: [], spectral: [] } : { floor: [], lint: [] };
  const phaseRuns = [];
  const rounds = Math.max(runs.floor, runs.lint, runs.spectral);
  for (let r = 0; r < rounds; r++) {
    for (const tool of ['floor', 'lint', 'spectral']) {
      if (r >= runs[tool]) continue;
      log(`${label} ${tool} run ${r + 1}/${runs[tool]}`);
      const m = await measure(...tools[tool], { cwd: repo });
      if (tool === 'floor' && !m.stdout.startsWith(`${manifest.files} `)) throw new Error(`floor read ${m.stdout.trim()} files, expected ${manifest.files}`);
      if (tool === 'lint') {
        if (m.status !== 0 && m.status !== 1) throw new Error(`sysctl-lint exited ${m.status}: ${m.stderr}`);
        if (stats.length) phaseRuns.push(parseStats(m.stderr));
      }
      if (tool === 'spectral' && !fs.existsSync(spectralOut)) throw new Error(`Spectral wrote no report (exit ${m.status}): ${m.stderr.slice(0, 500)}`);
      results[tool].push(m);
    }
  }
  const lintResults = JSON.parse(fs.readFileSync(lintOut, 'utf8')).results;
  const support = probeSources(cli, repo, manifest);
  const check = checkFindings(manifest, lintResults, support, ruleIds);
  const spectralCheck = runs.spectral ? checkSpectral(manifest, JSON.parse(fs.readFileSync(spectralOut, 'utf8')), repo) : undefined;
  const phaseNames = [...new Set(phaseRuns.flatMap((s) => Object.keys(s.phases)))];
  return {
    label,
    ...(spec.mix ? { mix: spec.mix } : {}),
    files: manifest.files,
    bytes: manifest.bytes,
    kinds: manifest.kinds,
    generation: { ms: manifest.generationMs, cached },
    tools: Object.fromEntries(Object.entries(results).map(([k, v]) => [k, summarize(v)])),
    phases: Object.fromEntries(phaseNames.map((p) => [p, median(phaseRuns.map((s) => s.phases[p]))])),
    fileCounts: phaseRuns[0]?.files,
    support,
    check,
    spectralCheck,
  };
}

/** One small, clean sysctl drop-in: what a pre-commit hook lints on a typical commit. */
async function benchPrecommit(runs) {
  const dir = path.join(outDir, 'pre-commit');
  const file = path.join(dir, 'etc', 'sysctl.d', '60-tuning.conf');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, ['# Network tuning for the web tier', 'net.core.somaxconn = 4096', 'net.core.netdev_max_backlog = 16384', 'net.ipv4.tcp_max_syn_backlog = 8192', 'net.ipv4.tcp_fin_timeout = 30', 'net.ipv4.tcp_slow_start_after_idle = 0', '', '# Many watches for the log shipper', 'fs.inotify.max_user_watches = 524288', 'vm.max_map_count = 262144', ''].join('\n'));
  // The same file in a repository with a config file, as most teams that adopt the tool have.
  const withConfig = path.join(outDir, 'pre-commit-config');
  fs.mkdirSync(path.join(withConfig, 'etc', 'sysctl.d'), { recursive: true });
  fs.copyFileSync(file, path.join(withConfig, 'etc', 'sysctl.d', '60-tuning.conf'));
  fs.writeFileSync(path.join(withConfig, '.sysctl-lint.yaml'), ['# Team configuration', 'context:', '  kernel: 5.15', '  kubernetesVersion: "1.30"', '  nodeRole: kubernetes', 'rules:', '  tcp-timestamps-disabled: off', '  sysctl-overridden-setting: warning', 'overrides:', '  - files: ["legacy/**"]', '    rules:', '      sysctl-lint/unrecognized-file: off', 'ignore: ["vendor/"]', ''].join('\n'));
  // The rows other than lintFirst measure what every run after the first costs: the warm-up
  // round writes the compile cache. lintFirst starts each run with an empty cache directory, as
  // the first run after installing or upgrading does (and pays for writing the cache).
  const firstRunCache = path.join(compileCacheDir, 'first-run');
  const cmds = {
    node: [process.execPath, ['-e', '0'], dir],
    version: [process.execPath, [cli, '--version'], dir],
    lint: [process.execPath, [cli, 'etc/sysctl.d/60-tuning.conf'], dir],
    lintConfig: [process.execPath, [cli, 'etc/sysctl.d/60-tuning.conf'], withConfig],
    lintFirst: [process.execPath, [cli, 'etc/sysctl.d/60-tuning.conf'], dir, { SYSCTL_LINT_CACHE_DIR: firstRunCache }],
  };
  const res = Object.fromEntries(Object.keys(cmds).map((k) => [k, []]));
  for (let i = -1; i < runs; i++) {
    for (const [k, [cmd, args, cwd, env]] of Object.entries(cmds)) {
      fs.rmSync(firstRunCache, { recursive: true, force: true });
      const m = await measure(cmd, args, { cwd, env });
      if (k.startsWith('lint') && m.status !== 0) throw new Error(`the pre-commit file is not clean: ${m.stdout}${m.stderr}`);
      if (i >= 0) res[k].push(m);
    }
  }
  return Object.fromEntries(Object.entries(res).map(([k, v]) => [k, summarize(v)]));
}

function defaultOut() {
  return { markdown: path.join(root, 'BENCHMARKS.md'), svg: path.join(benchDir, 'time-vs-size.svg'), svgLink: 'bench/time-vs-size.svg', json: path.join(benchDir, 'results.json') };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.reportOnly) {
    const results = JSON.parse(fs.readFileSync(path.join(benchDir, 'results.json'), 'utf8'));
    writeReport(results, { benchDir, out: defaultOut() });
    log('BENCHMARKS.md and bench/time-vs-size.svg rewritten from bench/results.json');
    return;
  }
  // sysctl-lint's compile cache (README, "Start-up") for every run of the benchmark: its own
  // directory, emptied first, so the user's cache neither helps nor changes.
  fs.rmSync(compileCacheDir, { recursive: true, force: true });
  process.env.SYSCTL_LINT_CACHE_DIR = compileCacheDir;
  const buildRoot = opts.build ?? root;
  cli = path.join(buildRoot, 'dist', 'cli.cjs');
  if (!fs.existsSync(cli)) throw new Error('dist/cli.cjs is missing: run npm run build (npm run bench does)');
  const spectral = ensureSpectral();
  const started = new Date();
  const loadBefore = os.loadavg();
  const t0 = performance.now();
  const ruleIds = catalogueRuleIds(buildRoot);
  const sizes = [];
  for (const label of opts.sizes) {
    const t = performance.now();
    const r = await benchSize(label, SIZES[label], opts, spectral, ruleIds);
    r.benchMs = performance.now() - t;
    sizes.push(r);
    log(`${label}: floor ${r.tools.floor.wallMs.toFixed(0)} ms, sysctl-lint ${r.tools.lint.wallMs.toFixed(0)} ms${r.tools.spectral ? `, Spectral ${r.tools.spectral.wallMs.toFixed(0)} ms` : ''}; check ${r.check.exact ? 'exact' : 'MISMATCH'}`);
  }
  // The Action lints a checked-out repository. The trees here lie in bench/out/, which this
  // project's .gitignore ignores, so the walk takes the path for a directory named although git
  // ignores it, where no rule is tested per entry: the 10k tree is measured once more inside a
  // git work tree of its own, with a .gitignore that applies to every entry.
  let gitTree;
  if (opts.sizes.includes('10k')) {
    log('10k in a git work tree');
    gitTree = await withGitWorkTree(path.join(outDir, '10k'), () => benchSize('10k', { ...SIZES['10k'], runs: GIT_TREE_RUNS }, opts, spectral, ruleIds));
    log(`10k in a git work tree: floor ${gitTree.tools.floor.wallMs.toFixed(0)} ms, sysctl-lint ${gitTree.tools.lint.wallMs.toFixed(0)} ms; check ${gitTree.check.exact ? 'exact' : 'MISMATCH'}`);
  }
  const kinds = [];
  for (const mix of opts.kinds) {
    const t = performance.now();
    const r = await benchSize(`kind-${mix}`, { files: KIND_FILES, mix, runs: KIND_RUNS }, opts, spectral, ruleIds);
    r.benchMs = performance.now() - t;
    kinds.push(r);
    log(`${mix}: floor ${r.tools.floor.wallMs.toFixed(0)} ms, sysctl-lint ${r.tools.lint.wallMs.toFixed(0)} ms; check ${r.check.exact ? 'exact' : 'MISMATCH'}`);
  }
  log('pre-commit case');
  const precommit = await benchPrecommit(opts.runs ?? PRECOMMIT_RUNS);
  const results = {
    generated: started.toISOString(),
    durationMs: performance.now() - t0,
    machine: machine(),
    load: { before: loadBefore, after: os.loadavg() },
    gnuTime: hasGnuTime(),
    build: gitDescribe(buildRoot),
    spectralVersion: spectral.version,
    generatorVersion: GENERATOR_VERSION,
    seed: SEED,
    sizes,
    gitTree,
    kinds,
    precommit,
  };
  const out = opts.out ? { markdown: path.join(opts.out, 'BENCHMARKS.md'), svg: path.join(opts.out, 'time-vs-size.svg'), svgLink: 'time-vs-size.svg', json: path.join(opts.out, 'results.json') } : defaultOut();
  fs.mkdirSync(path.dirname(out.markdown), { recursive: true });
  fs.writeFileSync(out.json, JSON.stringify(results, null, 1) + '\n');
  writeReport(results, { benchDir, out });
  log(`done in ${(results.durationMs / 1000).toFixed(0)} s: ${[out.markdown, out.svg, out.json].map((f) => path.relative(process.cwd(), f)).join(', ')}`);
  const mismatch = sizes.filter((s) => !s.check.exact);
  if (mismatch.length) {
    log(`sysctl-lint did not find exactly the planted problems at ${mismatch.map((s) => s.label).join(', ')} (see BENCHMARKS.md)`);
    process.exitCode = 1;
  }
}

main().catch((e) => {
  process.stderr.write(`bench: ${e.stack ?? e}\n`);
  process.exitCode = 2;
});
