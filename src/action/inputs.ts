/**
 * Action inputs as the runner passes them to a JavaScript action: environment variables
 * `INPUT_<NAME>`, the name upper-cased with spaces turned into `_` and hyphens kept
 * (`INPUT_FAIL-LEVEL`), as @actions/core's getInput reads them. They become command-line
 * arguments of an in-process call, never text for a shell.
 */
import fs from 'node:fs';
import path from 'node:path';

export function getInput(env: NodeJS.ProcessEnv, name: (typeof INPUT_NAMES)[number]): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Newline-separated input, blank lines dropped (getMultilineInput). */
export function getMultilineInput(env: NodeJS.ProcessEnv, name: (typeof INPUT_NAMES)[number]): string[] {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '')
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export interface ActionInputs {
  paths: string[];
  config: string;
  failLevel: string;
  maxWarnings: string;
  sarifFile: string;
  annotations: string;
  workingDirectory: string;
  kernel: string;
  kubernetesVersion: string;
  nodeRole: string;
  nodePortRange: string;
  applier: string;
  policies: string[];
}

/** The inputs action.yml declares (a test keeps the two in sync). */
export const INPUT_NAMES = [
  'paths',
  'config',
  'fail-level',
  'max-warnings',
  'sarif-file',
  'annotations',
  'working-directory',
  'kernel',
  'kubernetes-version',
  'node-role',
  'node-port-range',
  'applier',
  'policies',
] as const;

/** The outputs action.yml declares. */
export const OUTPUT_NAMES = ['error-count', 'warning-count', 'info-count', 'sarif-file'] as const;

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  return {
    paths: getMultilineInput(env, 'paths'),
    config: getInput(env, 'config'),
    failLevel: getInput(env, 'fail-level'),
    maxWarnings: getInput(env, 'max-warnings'),
    sarifFile: getInput(env, 'sarif-file'),
    annotations: getInput(env, 'annotations'),
    workingDirectory: getInput(env, 'working-directory'),
    kernel: getInput(env, 'kernel'),
    kubernetesVersion: getInput(env, 'kubernetes-version'),
    nodeRole: getInput(env, 'node-role'),
    nodePortRange: getInput(env, 'node-port-range'),
    applier: getInput(env, 'applier'),
    policies: getMultilineInput(env, 'policies'),
  };
}

const GLOB_CHARS = /[*?[{]/;

type GlobSync = (pattern: string, options: { cwd: string }) => string[];

/**
 * Expands a glob in `paths` when no file has that literal name (fs.globSync, Node 22+: the
 * runner's Node 24 has it). A pattern that matches nothing stays as it is, so the linter
 * reports it as a missing path instead of silently checking nothing.
 */
export function expandPaths(paths: string[], cwd: string): string[] {
  const globSync = (fs as unknown as { globSync?: GlobSync }).globSync;
  const out: string[] = [];
  for (const p of paths) {
    if (!GLOB_CHARS.test(p) || fs.existsSync(path.resolve(cwd, p)) || !globSync) {
      out.push(p);
      continue;
    }
    const matches = globSync(p, { cwd }).sort();
    out.push(...(matches.length ? matches : [p]));
  }
  return out;
}

/** The sysctl-lint command line for these inputs. */
export function cliArguments(inputs: ActionInputs, cwd: string): string[] {
  const args = ['--format', 'github'];
  // `--flag=value`: a value that starts with `-` (max-warnings -1) is not taken for an option.
  const opt = (flag: string, value: string) => {
    if (value !== '') args.push(`${flag}=${value}`);
  };
  opt('--max-annotations', inputs.annotations);
  opt('--config', inputs.config);
  opt('--fail-level', inputs.failLevel);
  opt('--max-warnings', inputs.maxWarnings);
  opt('--kernel', inputs.kernel);
  opt('--kubernetes-version', inputs.kubernetesVersion);
  opt('--node-role', inputs.nodeRole);
  opt('--node-port-range', inputs.nodePortRange);
  opt('--applier', inputs.applier);
  for (const p of inputs.policies) opt('--policies', p);
  // `--` ends the options: a path that starts with `-` is still a path.
  args.push('--', ...expandPaths(inputs.paths.length ? inputs.paths : ['.'], cwd));
  return args;
}
