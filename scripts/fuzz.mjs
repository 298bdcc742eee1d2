#!/usr/bin/env node
/**
 * The long fuzz run: every property of test/fuzz with many inputs (FUZZING.md records the last
 * run). Properties over whole source handlers take a stated fraction of the inputs (`scale` in
 * the test files).
 *
 *   npm run fuzz                        100,000 inputs per property, a fresh seed
 *   npm run fuzz -- --runs 5000         fewer inputs
 *   npm run fuzz -- --seed 123456       replay a run (the seed is printed first)
 *   npm run fuzz -- test/fuzz/yaml      one file
 *
 * Prints one line per property: inputs, wall time, mean and slowest input.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  if (i < 0) return fallback;
  const v = argv[i + 1];
  argv.splice(i, 2);
  return v;
};
const runs = option('--runs', '100000');
const seed = option('--seed', String((Date.now() ^ Math.floor(Math.random() * 0x100000000)) | 0));
const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sysctl-lint-fuzz-')), 'report.jsonl');

console.log(`fuzz: ${runs} inputs per property (scaled for whole handlers), seed ${seed}`);
const started = Date.now();
const r = spawnSync(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'fuzz', ...argv], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed, FUZZ_REPORT: report },
});
const lines = fs.existsSync(report) ? fs.readFileSync(report, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
fs.rmSync(path.dirname(report), { recursive: true, force: true });
console.log('\n| property | inputs | wall s | mean ms | slowest ms |\n| --- | ---: | ---: | ---: | ---: |');
let inputs = 0;
for (const l of lines) {
  inputs += l.runs;
  console.log(`| ${l.property} | ${l.runs.toLocaleString('en-US')} | ${(l.wallMs / 1000).toFixed(1)} | ${l.meanMs} | ${l.slowestMs} |`);
}
console.log(`\n${lines.length} properties passed, ${inputs.toLocaleString('en-US')} inputs, ${((Date.now() - started) / 1000).toFixed(0)} s, seed ${seed}${r.status ? ' — FAILED (replay with --seed ' + seed + ')' : ''}`);
process.exit(r.status ?? 1);
