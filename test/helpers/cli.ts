/** Runs the bundled CLI (dist/cli.cjs) as users run it. `npm run build` must have run first. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const projectRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const cliPath = path.join(projectRoot, 'dist/cli.cjs');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string; node?: string } = {}): CliRun {
  if (!fs.existsSync(cliPath)) throw new Error('dist/cli.cjs is missing: run `npm run build` first');
  const r = spawnSync(opts.node ?? process.execPath, [cliPath, ...args], {
    cwd: opts.cwd ?? projectRoot,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...opts.env },
    input: opts.input,
    encoding: 'utf8',
    timeout: 60_000,
    // Reports of the larger fixture sets pass Node's default of 1 MB; beyond it the child is killed and the output cut short.
    maxBuffer: 64 << 20,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
