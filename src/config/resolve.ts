/**
 * The configuration a run uses: command-line flags win over the config file, the config file
 * over defaults. Every value remembers where it came from (`--kernel`, `.sysctl-lint.yaml:3`,
 * `default`) for --print-config and for messages that say what was assumed.
 */
import path from 'node:path';
import type { RuleLookup } from '../core/engine-rule';
import type { ConfigProblem } from '../policy/load';
import type { NodeRole } from '../model/types';
import { isHttpUrl } from '../core/url';
import { findConfig } from './find';
import { GlobSet } from './globs';
import { loadConfigFile, type LoadedConfig } from './load';
import { NodeGroups } from './node-groups';
import { RuleSettings, type RuleOverride, type RuleSetting } from './rule-settings';
import type { ConfigContext, RuleLevel } from './types';

export interface Sourced<T> {
  value: T;
  /** `--flag`, `file:line` or `default`. */
  source: string;
}

/** What the command line says about configuration (a subset of CliOptions): the context flags plus these. */
export interface ConfigFlags extends ConfigContext {
  config?: string;
  noConfig?: boolean;
  /** Names of the options given on the command line (applier has a default otherwise). */
  explicit?: readonly string[];
  policies?: readonly string[];
  docsBaseUrl?: string;
}

interface ResolvedContext {
  kernel?: Sourced<string>;
  kubernetesVersion?: Sourced<string>;
  nodeRole?: Sourced<NodeRole>;
  nodePortRange?: Sourced<string>;
  applier: Sourced<'systemd' | 'procps' | 'both'>;
  kubeProxyMode?: Sourced<'iptables' | 'ipvs' | 'nftables'>;
}

export interface ResolvedConfig {
  cwd: string;
  file?: LoadedConfig;
  context: ResolvedContext;
  /** Policy directories, absolute, config file's first. */
  policies: Array<Sourced<string>>;
  rules: RuleSettings;
  ignore: { patterns: Array<Sourced<string>>; set?: GlobSet };
  respectGitignore: Sourced<boolean>;
  nodes: NodeGroups;
  /** Node group patterns as written, for --print-config. */
  nodePatterns: Array<{ name: string; files: string[]; source: string }>;
  overridePatterns: Array<{ files: string[]; source: string }>;
  /** Base URL of the rules reference, when a flag or the file sets one. */
  docsBaseUrl?: Sourced<string>;
}

export interface ResolveResult {
  config?: ResolvedConfig;
  problems: ConfigProblem[];
}

const FLAG_NAMES: Record<keyof ConfigContext, string> = {
  kernel: 'kernel',
  kubernetesVersion: 'kubernetes-version',
  nodeRole: 'node-role',
  nodePortRange: 'node-port-range',
  applier: 'applier',
  kubeProxyMode: 'kube-proxy-mode',
};

/** Finds and reads the config file (unless --no-config); problems mean exit 2. */
export function locateAndLoadConfig(flags: ConfigFlags, cwd: string, display: (abs: string) => string): { file?: LoadedConfig; problems: ConfigProblem[] } {
  if (flags.noConfig) return { problems: [] };
  let abs: string | undefined;
  if (flags.config !== undefined) {
    abs = path.resolve(cwd, flags.config);
  } else {
    const found = findConfig(cwd);
    if (found.problem) return { problems: [{ file: display(cwd), text: '', span: { start: 0, end: 0 }, message: found.problem }] };
    abs = found.abs;
  }
  if (!abs) return { problems: [] };
  const r = loadConfigFile(abs, display(abs), cwd);
  return { file: r.config, problems: r.problems };
}

/**
 * Merges flags, config file and defaults. `rulesOf` gives the rule registry of the resolved
 * policy directories, so rule ids in the config can be checked (and aliases resolved).
 */
export function resolveConfig(flags: ConfigFlags, cwd: string, file: LoadedConfig | undefined, rulesOf: (policyDirs: string[]) => RuleLookup): ResolveResult {
  const problems: ConfigProblem[] = [];
  const data = file?.data ?? {};
  const explicit = new Set(flags.explicit ?? []);
  const fromFlagOrFile = <K extends keyof ConfigContext>(k: K, flagValue: ConfigContext[K] | undefined): Sourced<NonNullable<ConfigContext[K]>> | undefined => {
    const flag = FLAG_NAMES[k];
    if (flagValue !== undefined) return { value: flagValue as NonNullable<ConfigContext[K]>, source: `--${flag}` };
    const v = data.context?.[k];
    if (v !== undefined && file) return { value: v as NonNullable<ConfigContext[K]>, source: file.where(['context', k]) };
    return undefined;
  };
  // parseCli fills in applier's default: only a flag the user typed counts as a flag.
  const applierFlag = flags.explicit && !explicit.has('applier') ? undefined : flags.applier;
  const context: ResolvedContext = {
    kernel: fromFlagOrFile('kernel', flags.kernel),
    kubernetesVersion: fromFlagOrFile('kubernetesVersion', flags.kubernetesVersion),
    nodeRole: fromFlagOrFile('nodeRole', flags.nodeRole),
    nodePortRange: fromFlagOrFile('nodePortRange', flags.nodePortRange),
    applier: fromFlagOrFile('applier', applierFlag) ?? { value: 'both', source: 'default' },
    kubeProxyMode: fromFlagOrFile('kubeProxyMode', flags.kubeProxyMode),
  };

  const base = file?.dir ?? cwd;
  const policies: Array<Sourced<string>> = [];
  data.policies?.forEach((p, i) => policies.push({ value: path.resolve(base, p), source: file?.where(['policies', i]) ?? 'default' }));
  for (const p of flags.policies ?? []) policies.push({ value: path.resolve(cwd, p), source: '--policies' });

  const catalog = rulesOf(policies.map((p) => p.value));
  const ruleMap = (rules: Record<string, RuleLevel> | undefined, at: Array<string | number>): Map<string, RuleSetting> => {
    const out = new Map<string, RuleSetting>();
    for (const [id, level] of Object.entries(rules ?? {})) {
      const canonical = catalog.canonical(id);
      if (!canonical) {
        const near = catalog.closest(id);
        if (file) problems.push(file.problemAt([...at, id], `${[...at, id].join('.')}: unknown rule "${id}"${near.length ? `; did you mean ${near.join(', ')}?` : ''} (sysctl-lint --list-rules lists them)`, true));
        continue;
      }
      out.set(canonical, { level, source: file?.where([...at, id]) ?? 'default' });
    }
    return out;
  };
  const baseRules = ruleMap(data.rules, ['rules']);
  const overrides: RuleOverride[] = [];
  const overridePatterns: ResolvedConfig['overridePatterns'] = [];
  data.overrides?.forEach((o, i) => {
    const source = file?.where(['overrides', i]) ?? 'default';
    overrides.push({ files: new GlobSet(base, o.files), rules: ruleMap(o.rules, ['overrides', i, 'rules']), source });
    overridePatterns.push({ files: o.files, source });
  });

  if (data.docsBaseUrl !== undefined && file && !isHttpUrl(data.docsBaseUrl)) problems.push(file.problemAt(['docsBaseUrl'], `docsBaseUrl: not an http or https URL: "${data.docsBaseUrl}"`));
  const ignorePatterns = (data.ignore ?? []).map((p, i) => ({ value: p, source: file?.where(['ignore', i]) ?? 'default' }));
  const nodePatterns = (data.nodes ?? []).map((n, i) => ({ name: n.name, files: n.files, source: file?.where(['nodes', i]) ?? 'default' }));
  const config: ResolvedConfig = {
    cwd,
    file,
    context,
    policies,
    rules: new RuleSettings(baseRules, overrides, cwd),
    ignore: { patterns: ignorePatterns, set: ignorePatterns.length ? new GlobSet(base, ignorePatterns.map((p) => p.value)) : undefined },
    respectGitignore: data.respectGitignore !== undefined && file ? { value: data.respectGitignore, source: file.where(['respectGitignore']) } : { value: true, source: 'default' },
    nodes: new NodeGroups(nodePatterns.map((n) => ({ name: n.name, files: new GlobSet(base, n.files), source: n.source }))),
    nodePatterns,
    overridePatterns,
    docsBaseUrl:
      flags.docsBaseUrl !== undefined ? { value: flags.docsBaseUrl, source: '--docs-base-url' } : data.docsBaseUrl !== undefined && file ? { value: data.docsBaseUrl, source: file.where(['docsBaseUrl']) } : undefined,
  };
  return { config: problems.length ? undefined : config, problems };
}
