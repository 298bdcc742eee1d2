#!/usr/bin/env node
/**
 * How much of a run is V8 warming up: lints one tree several times in one process and prints
 * the `--stats` phases of the first (cold) run beside the median of the later (warm) ones.
 *
 *   node bench/warm.mjs [TREE] [--runs N]     (default: bench/out/10k/repo, 6 runs)
 *
 * A CLI run is one cold process: every function of the linter starts in V8's interpreter and
 * is optimized only after it has run for a while. The floor (bench/floor.mjs) runs a dozen
 * lines of JavaScript, so it pays almost none of that. The difference between the first run and
 * the later ones in one process is that cost; bench/notes.md ("Cold code") uses this script.
 *
 * The CLI bundle runs the CLI when it is evaluated and exports nothing, so this script copies
 * dist/sysctl-lint.cjs, with the one call that starts the CLI replaced by a loop over the same
 * call (report to a discarding stream, `--stats` kept), into a temporary directory beside a copy
 * of dist/cli.cjs, which loads it as it loads the bundle (heap flags, compile cache). The cache
 * directory starts empty, so the first run compiles what the CLI takes from its cache: the `cli`
 * column is the CLI itself (dist/cli.cjs, the median of 3 runs after one that fills the cache),
 * a cold process as users run it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, parseStats } from './lib/measure.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 6;
if (!(runs >= 2)) throw new Error('--runs needs at least 2 (one cold run, then warm ones)');
const tree = path.resolve(args[0] ?? path.join(root, 'bench', 'out', '10k', 'repo'));

const bundle = fs.readFileSync(path.join(root, 'dist', 'sysctl-lint.cjs'), 'utf8');
const CALL = 'runCliAsync({ argv, cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, workerEntry: __filename })';
if (bundle.split(CALL).length !== 2) throw new Error('bench/warm.mjs: dist/sysctl-lint.cjs no longer starts the CLI with the call this script replaces; update CALL (src/cli/bin.ts)');
const LOOP = `(async () => {
  const { Writable } = require('node:stream');
  const discard = () => new Writable({ write(chunk, encoding, done) { done(); } });
  let code = 0;
  for (let run = 0; run < ${runs}; run++) {
    process.stderr.write('=== run ' + run + '\\n');
    code = await runCliAsync({ argv, cwd: process.cwd(), env: process.env, stdout: discard(), stderr: process.stderr, workerEntry: __filename });
  }
  return code;
})()`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sysctl-lint-warm-'));
try {
  fs.writeFileSync(path.join(dir, 'sysctl-lint.cjs'), bundle.replace(CALL, LOOP));
  fs.copyFileSync(path.join(root, 'dist', 'cli.cjs'), path.join(dir, 'cli.cjs'));
  const env = { ...process.env, SYSCTL_LINT_CACHE_DIR: path.join(dir, 'cache') };
  const r = spawnSync(process.execPath, [path.join(dir, 'cli.cjs'), '--stats', '--format', 'json', '--threads', '1', '.'], { cwd: tree, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`the runs failed (exit ${r.status}):\n${r.stderr}`);
  const cliRuns = [];
  for (let i = 0; i < 4; i++) {
    const c = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.cjs'), '--stats', '--format', 'json', '--threads', '1', '.'], { cwd: tree, encoding: 'utf8', maxBuffer: 256 << 20 });
    if (i > 0) cliRuns.push(parseStats(c.stderr).phases);
  }
  const perRun = r.stderr.split(/^=== run \d+\n/m).slice(1).map((s) => parseStats(s).phases);
  // The later half of the runs: V8 has optimized what it will by then.
  const warm = perRun.slice(Math.ceil(perRun.length / 2));
  const names = Object.keys(perRun[0]).filter((k) => k !== 'startup' && k !== 'total' && k !== 'policies' && k !== 'config');
  const rows = names.map((k) => [k, median(cliRuns.map((p) => p[k] ?? 0)), perRun[0][k] ?? 0, median(warm.map((p) => p[k] ?? 0))]);
  const sum = (i) => rows.filter(([k]) => k !== 'gc').reduce((a, row) => a + row[i], 0);
  process.stdout.write(`${tree}: ${runs} runs in one process; warm = median of runs ${perRun.length - warm.length + 1}-${perRun.length}\n`);
  const cell = (x) => x.toFixed(1).padStart(10);
  process.stdout.write(`${'phase (ms)'.padEnd(10)} ${'cli'.padStart(10)} ${'first run'.padStart(10)} ${'warm'.padStart(10)}\n`);
  for (const [k, ...xs] of rows) process.stdout.write(`${k.padEnd(10)} ${xs.map(cell).join(' ')}\n`);
  process.stdout.write(`${'phases'.padEnd(10)} ${[1, 2, 3].map((i) => cell(sum(i))).join(' ')}   (gc is part of the phases)\n`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
