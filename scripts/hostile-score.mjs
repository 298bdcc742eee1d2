#!/usr/bin/env node
/**
 * Runs the hostile-input catalogue (test/robustness/hostile-cases.ts) against a build of the
 * CLI and counts the outcomes by class, as FUZZING.md reports them:
 *
 *   clean       ended within 10 s (the case's own bound for the largest inputs), under 1 GB, no stack trace, nothing from outside the tree,
 *               no workflow command (the exit code and finding are checked by the test suite)
 *   hang        still running after that bound (killed)
 *   over 1 GB   peak resident memory above 1 GB (killed at 1.5 GB)
 *   stack trace an internal error printed with its stack
 *   outside     a canary planted outside the tree or in the environment reached the output, or
 *               the canary file outside the tree was modified (or a file was added beside it)
 *   injection   the output holds a workflow command the runner would execute
 *
 *   node scripts/hostile-score.mjs [--cli path/to/cli.cjs] [--json]
 *
 * Older builds can be scored too (`git show <rev>:dist/cli.cjs` and, from the builds that have it,
 * `dist/sysctl-lint.cjs`, into one directory). Children are
 * watched and killed at the bounds, so a hostile case cannot take the machine down.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setInterval, setTimeout, clearInterval, clearTimeout } from 'node:timers';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const cli = path.resolve(argv.includes('--cli') ? argv[argv.indexOf('--cli') + 1] : path.join(root, 'dist/cli.cjs'));
const asJson = argv.includes('--json');
const TIME_MS = 10_000;
const KILL_MB = 1536;
const OVER_MB = 1024;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-score-'));
const bundle = path.join(tmp, 'cases.mjs');
await build({
  stdin: { contents: "export * from './test/robustness/hostile-cases.ts'; export { foreignCommands } from './test/helpers/workflow-commands.ts';", resolveDir: root, loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: bundle,
  logLevel: 'warning',
});
const { HOSTILE_CASES, CANARY_TEXT, foreignCommands } = await import(pathToFileURL(bundle).href);

function rssMb(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

function run(args, cwd, timeMs) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, SYSCTL_LINT_TEST_SECRET: CANARY_TEXT }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let peak = 0;
    let killed;
    const keep = (d) => {
      if (out.length < 64 * 1024 * 1024) out += d;
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const watch = setInterval(() => {
      peak = Math.max(peak, rssMb(child.pid));
      if (peak > KILL_MB && !killed) {
        killed = 'memory';
        child.kill('SIGKILL');
      }
    }, 25);
    const timer = setTimeout(() => {
      killed ??= 'time';
      child.kill('SIGKILL');
    }, timeMs);
    child.on('close', (status) => {
      clearInterval(watch);
      clearTimeout(timer);
      resolve({ status, out, peak, killed });
    });
  });
}

const outcomes = [];
for (const c of HOSTILE_CASES) {
  const ws = fs.mkdtempSync(path.join(tmp, 'ws-'));
  const outside = fs.mkdtempSync(path.join(tmp, 'outside-'));
  const canary = `net.ipv4.tcp_tw_recycle = 1\n${CANARY_TEXT} is not an assignment\n`;
  fs.writeFileSync(path.join(outside, 'canary.conf'), canary);
  const args = c.setup(ws, { outside, text: CANARY_TEXT });
  const r = await run(args, ws, c.timeMs ?? TIME_MS);
  let outcome = 'clean';
  if (r.killed === 'time') outcome = 'hang';
  else if (r.killed === 'memory' || r.peak > OVER_MB || /heap out of memory|Invalid string length|Array buffer allocation failed/.test(r.out)) outcome = 'over 1 GB';
  else if (/\n\s+at .+[(:]\d+/.test(r.out)) outcome = 'stack trace';
  else if (r.out.includes(CANARY_TEXT) || fs.readdirSync(outside).join() !== 'canary.conf' || fs.readFileSync(path.join(outside, 'canary.conf'), 'utf8') !== canary) outcome = 'outside';
  else if (foreignCommands(r.out).length) outcome = 'injection';
  outcomes.push({ class: c.class, name: c.name, outcome, status: r.status, peakMb: Math.round(r.peak) });
  fs.rmSync(ws, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });
  if (!asJson) process.stderr.write(`${outcome.padEnd(12)} ${c.class.padEnd(13)} ${c.name}\n`);
}
fs.rmSync(tmp, { recursive: true, force: true });

const kinds = ['clean', 'hang', 'over 1 GB', 'stack trace', 'outside', 'injection'];
const classes = [...new Set(outcomes.map((o) => o.class))];
if (asJson) process.stdout.write(JSON.stringify(outcomes, null, 2) + '\n');
else {
  const row = (label, list) => `| ${label} | ${list.length} | ${kinds.map((k) => list.filter((o) => o.outcome === k).length).join(' | ')} |`;
  const lines = [`| class | cases | ${kinds.join(' | ')} |`, `| --- | ---: | ${kinds.map(() => '---:').join(' | ')} |`];
  for (const cls of classes) lines.push(row(cls, outcomes.filter((o) => o.class === cls)));
  lines.push(row('**all**', outcomes));
  process.stdout.write(`${path.relative(process.cwd(), cli) || cli}\n\n${lines.join('\n')}\n`);
}
