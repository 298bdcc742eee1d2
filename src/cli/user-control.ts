/**
 * The command line's side of user control: reads the config file, merges it with the flags,
 * answers --print-config, --list-rules and `explain`, and hands lint() the resolved options.
 * Kept out of src/cli/main.ts so the shared entry point only calls it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LineIndex } from '../core/span';
import { displayPath } from '../inputs/discover';
import { lint, type LintOptions } from '../lint';
import { loadPolicies, type LoadedPolicies } from '../pipeline/policies';
import { buildRuleRegistry } from '../rules/registry';
import { toolVersion } from './version';
import { describeProblem } from './problems';
import { runExplain, runListRules } from './commands/rules';
import { isValidDate } from '../suppress/directives';
import { createInputFilter } from '../config/ignore-filter';
import { printConfig, type RepositoryContext } from '../config/print';
import { locateAndLoadConfig, resolveConfig, type ConfigFlags, type ResolvedConfig } from '../config/resolve';

export interface ControlCliOptions extends ConfigFlags {
  paths: string[];
  root?: string;
  format: string;
  outputFile?: string;
  printConfig?: boolean;
  listRules?: boolean;
  maxFileSize?: number;
}

export interface ControlIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

export type UserControl = { exit: number; lintOptions?: undefined; config?: undefined } | { exit?: undefined; lintOptions: Partial<LintOptions>; config: ResolvedConfig };

/** Environment variable that fixes "today" for suppression expiry (tests, reproducible CI runs). */
const TODAY_ENV = 'SYSCTL_LINT_TODAY';

/**
 * `--print-config PATH...`: what the files under PATH say about the cluster (NodePort range,
 * kube-proxy mode, Kubernetes version, kubelet settings), read as a lint run reads them (the
 * same ignores and node groups) but judging nothing.
 */
function repositoryContext(opts: ControlCliOptions, cwd: string, config: ResolvedConfig): RepositoryContext | undefined {
  if (opts.paths.length === 0 && !opts.root) return undefined;
  const roots = [...opts.paths, ...(opts.root ? [opts.root] : [])].map((p) => path.resolve(cwd, p));
  const r = lint({
    paths: opts.paths,
    root: opts.root,
    cwd,
    ruleFilter: () => false,
    allowUnmatched: true,
    inputFilter: createInputFilter({ roots, configIgnore: config.ignore.set, respectGitignore: config.respectGitignore.value }),
    nodeGroups: config.nodes.groups.length ? config.nodes : undefined,
  });
  return {
    cluster: r.cluster ?? { any: false },
    where: (loc) => {
      const at = new LineIndex(r.sources.get(loc.file)).position(loc.span.start);
      return `${loc.file}:${at.line}:${at.column}`;
    },
  };
}

export function userControl(opts: ControlCliOptions, io: ControlIO): UserControl {
  const err = (s: string) => io.stderr.write(s);
  const display = (abs: string) => displayPath(abs, io.cwd);
  const loaded = locateAndLoadConfig(opts, io.cwd, display);
  if (loaded.problems.length) {
    for (const p of loaded.problems) err(`sysctl-lint: invalid config: ${describeProblem(p)}\n`);
    return { exit: 2 };
  }
  // The policies are loaded once: the config's rule ids are checked against the same policies
  // that list-rules, explain and the lint run use.
  let policies: { dirs: string[]; loaded: LoadedPolicies } | undefined;
  const policiesOf = (dirs: string[]): LoadedPolicies => {
    if (!policies || policies.dirs.join('\0') !== dirs.join('\0')) policies = { dirs, loaded: loadPolicies({ policyDirs: dirs, cwd: io.cwd, maxFileSize: opts.maxFileSize }) };
    return policies.loaded;
  };
  const resolved = resolveConfig(opts, io.cwd, loaded.file, (dirs) => buildRuleRegistry(policiesOf(dirs).policies));
  if (!resolved.config) {
    for (const p of resolved.problems) err(`sysctl-lint: invalid config: ${describeProblem(p)}\n`);
    return { exit: 2 };
  }
  const config = resolved.config;
  const policyDirs = config.policies.map((p) => p.value);
  // --output-file works for these outputs as for reports (npm run docs:rules writes docs/rules.md).
  const write = (s: string) => {
    if (!opts.outputFile) return io.stdout.write(s);
    const out = path.resolve(io.cwd, opts.outputFile);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.appendFileSync(out, s);
  };
  if (opts.outputFile && (opts.printConfig || opts.listRules || opts.paths[0] === 'explain')) fs.rmSync(path.resolve(io.cwd, opts.outputFile), { force: true });
  const docsIO = { stdout: write, stderr: err };

  if (opts.printConfig) {
    write(printConfig(config, `https://unpkg.com/sysctl-lint@${toolVersion()}/schemas/config.schema.json`, repositoryContext(opts, io.cwd, config)));
    return { exit: 0 };
  }
  if (opts.listRules || opts.paths[0] === 'explain') {
    const { policies, problems } = policiesOf(policyDirs);
    for (const p of problems) err(`sysctl-lint: invalid policy: ${describeProblem(p)}\n`);
    const status = opts.listRules ? runListRules(policies, opts.format, config.rules, docsIO) : runExplain(opts.paths.slice(1), policies, opts.format, config.rules, docsIO);
    return { exit: problems.length ? 2 : status };
  }

  const today = io.env[TODAY_ENV];
  if (today !== undefined && !isValidDate(today)) {
    err(`sysctl-lint: ${TODAY_ENV}="${today}" is not a date like 2026-12-31\n`);
    return { exit: 2 };
  }
  const ctx = config.context;
  const fromFile = (v: { source: string } | undefined) => (v && !v.source.startsWith('--') ? v.source : undefined);
  const roots = [...opts.paths, ...(opts.root ? [opts.root] : [])].map((p) => path.resolve(io.cwd, p));
  return {
    config,
    lintOptions: {
      kernel: ctx.kernel?.value,
      kubernetesVersion: ctx.kubernetesVersion?.value,
      nodeRole: ctx.nodeRole?.value,
      nodePortRange: ctx.nodePortRange?.value,
      applier: ctx.applier.value,
      kubeProxyMode: ctx.kubeProxyMode?.value,
      contextSources: { kernel: fromFile(ctx.kernel), kubernetesVersion: fromFile(ctx.kubernetesVersion), nodeRole: fromFile(ctx.nodeRole), nodePortRange: fromFile(ctx.nodePortRange), kubeProxyMode: fromFile(ctx.kubeProxyMode) },
      policyDirs,
      loadedPolicies: policiesOf(policyDirs),
      ruleSettings: config.rules.isEmpty ? undefined : config.rules,
      ruleFilter: config.rules.isEmpty ? undefined : (id) => config.rules.evaluates(id),
      inputFilter: createInputFilter({ roots, configIgnore: config.ignore.set, respectGitignore: config.respectGitignore.value }),
      nodeGroups: config.nodes.groups.length ? config.nodes : undefined,
      today,
    },
  };
}
