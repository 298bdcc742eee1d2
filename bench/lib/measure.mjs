/**
 * Runs one command and measures it: wall time (hrtime around the child), user and system CPU
 * time and peak resident memory of the child. With GNU time (/usr/bin/time -f) the kernel's
 * own accounting is used (getrusage of the child: ru_maxrss, ru_utime, ru_stime). Without it,
 * the child's VmHWM is polled from /proc/<pid>/status (Linux), and CPU time is not reported.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

let gnuTime;

/** Is /usr/bin/time GNU time (it understands -f)? */
export function hasGnuTime() {
  if (gnuTime === undefined) {
    const r = spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' });
    gnuTime = r.status === 0 && /^\d+\s*$/m.test(r.stderr ?? '');
  }
  return gnuTime;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sysctl-lint-bench-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

/**
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [opts] env: variables set for this run, over the benchmark's own
 * @returns {Promise<{ wallMs: number, userMs?: number, sysMs?: number, maxRssKb?: number, status: number | null, stdout: string, stderr: string }>}
 */
export async function measure(cmd, args, opts = {}) {
  return hasGnuTime() ? measureWithTime(cmd, args, opts) : measureByPolling(cmd, args, opts);
}

function measureWithTime(cmd, args, opts) {
  const out = path.join(tmp, 'time.txt');
  const t = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M %x', '-o', out, cmd, ...args], { cwd: opts.cwd, env: { ...process.env, ...opts.env }, encoding: 'utf8', maxBuffer: 256 << 20 });
  const wallMs = Number(process.hrtime.bigint() - t) / 1e6;
  // The last line is ours; a child killed by a signal makes GNU time add a line above it.
  const line = fs.readFileSync(out, 'utf8').trim().split('\n').pop() ?? '';
  const [user, sys, rss, status] = line.split(' ').map(Number);
  return { wallMs, userMs: user * 1000, sysMs: sys * 1000, maxRssKb: rss, status: Number.isFinite(status) ? status : r.status, stdout: r.stdout, stderr: r.stderr };
}

async function measureByPolling(cmd, args, opts) {
  const t = process.hrtime.bigint();
  const child = spawn(cmd, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  let maxRssKb;
  let done = false;
  const exited = new Promise((resolve) => child.on('close', (code) => ((done = true), resolve(code))));
  while (!done) {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) maxRssKb = Math.max(maxRssKb ?? 0, Number(m[1]));
    } catch {
      // the process is gone or /proc is not there
    }
    await sleep(5);
  }
  const status = await exited;
  return { wallMs: Number(process.hrtime.bigint() - t) / 1e6, maxRssKb, status, stdout, stderr };
}

export function median(values) {
  const v = values.filter((x) => x !== undefined && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return undefined;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** `--stats` lines: `  <phase>  <ms> ms ...`, `  files ...`, `  peak RSS <MB> MB`. */
export function parseStats(stderr) {
  const phases = {};
  for (const m of stderr.matchAll(/^ {2}(\w+)\s+([\d.]+) ms/gm)) phases[m[1]] = Number(m[2]);
  const files = /^ {2}files\s+(\d+) seen, (\d+) considered, (\d+) linted, (\d+) skipped/m.exec(stderr);
  return { phases, files: files ? { seen: +files[1], considered: +files[2], linted: +files[3], skipped: +files[4] } : undefined };
}
