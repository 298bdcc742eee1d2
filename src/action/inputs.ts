/**
 * Action inputs as the runner passes them to a JavaScript action: environment variables
 * `INPUT_<NAME>`, the name upper-cased with spaces turned into `_` and hyphens kept
 * (`INPUT_FAIL-LEVEL`), as @actions/core's getInput reads them. They become command-line
 * arguments of an in-process call, never text for a shell.
 */

function getInput(env: NodeJS.ProcessEnv, name: (typeof INPUT_NAMES)[number]): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Newline-separated input, blank lines dropped (getMultilineInput). */
function getMultilineInput(env: NodeJS.ProcessEnv, name: (typeof INPUT_NAMES)[number]): string[] {
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
  kubeProxyMode: string;
  policies: string[];
  baseline: string;
  threads: string;
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
  'kube-proxy-mode',
  'policies',
  'baseline',
  'threads',
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
    kubeProxyMode: getInput(env, 'kube-proxy-mode'),
    policies: getMultilineInput(env, 'policies'),
    baseline: getInput(env, 'baseline'),
    threads: getInput(env, 'threads'),
  };
}

/** The sysctl-lint command line for these inputs. */
export function cliArguments(inputs: ActionInputs): string[] {
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
  opt('--kube-proxy-mode', inputs.kubeProxyMode);
  for (const p of inputs.policies) opt('--policies', p);
  opt('--baseline', inputs.baseline);
  opt('--threads', inputs.threads);
  // `--` ends the options: a path that starts with `-` is still a path. Globs are expanded by
  // the CLI (src/inputs/path-globs.ts), exactly as on a command line.
  args.push('--', ...(inputs.paths.length ? inputs.paths : ['.']));
  return args;
}
