/**
 * Runs the bundled CLI in a child process under a wall-clock bound and measures its peak
 * resident memory. The bound is a safety net enforced outside vitest (the child is killed when
 * it passes it), not a performance measurement: hostile inputs must end, and end small.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cliPath, projectRoot } from './cli';

const preload = path.join(projectRoot, 'test/helpers/peak-rss.mjs');

export interface BoundedRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Killed at the time bound. */
  timedOut: boolean;
  /** Peak resident set size in MB (undefined when the child was killed). */
  peakMb?: number;
}

export interface BoundedOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  input?: string;
  /** Wall-clock bound in milliseconds (default 10 s). */
  timeoutMs?: number;
  /** The entry point to run (default dist/cli.cjs). */
  entry?: string;
}

export function runBounded(args: string[], opts: BoundedOptions = {}): BoundedRun {
  if (!fs.existsSync(cliPath)) throw new Error('dist/cli.cjs is missing: run `npm run build` first');
  const rssFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sl-rss-')), 'rss');
  const r = spawnSync(process.execPath, ['--max-old-space-size=1536', '--import', pathToFileURL(preload).href, opts.entry ?? cliPath, ...args], {
    cwd: opts.cwd ?? projectRoot,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...opts.env, SYSCTL_LINT_TEST_RSS_FILE: rssFile },
    input: opts.input,
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 10_000,
    killSignal: 'SIGKILL',
    maxBuffer: 256 * 1024 * 1024,
  });
  let peakMb: number | undefined;
  try {
    peakMb = Number(fs.readFileSync(rssFile, 'utf8')) / 1024;
  } catch {
    peakMb = undefined;
  }
  fs.rmSync(path.dirname(rssFile), { recursive: true, force: true });
  const timedOut = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT' || r.signal === 'SIGKILL';
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', timedOut, peakMb };
}
