/**
 * `--print-config`: the resolved configuration as YAML (valid against
 * schemas/config.schema.json), each value followed by a comment saying where it came from.
 */
import path from 'node:path';
import type { ClusterContext } from '../model/cluster';
import type { ContextValue } from '../model/types';
import type { ResolvedConfig, Sourced } from './resolve';

/**
 * What the linted files say about the cluster (`--print-config PATH...`), with a function that
 * turns a value's location into `file:line:column`.
 */
export interface RepositoryContext {
  cluster: ClusterContext;
  where: (location: NonNullable<ContextValue<unknown>['location']>) => string;
}

const COMMENT_COLUMN = 44;

function q(s: string): string {
  return JSON.stringify(s);
}

function line(text: string, source: string): string {
  return `${text.padEnd(COMMENT_COLUMN - 1)} # ${source}`;
}

function displayDir(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs).split(path.sep).join('/');
  return rel === '' ? '.' : rel;
}

export function printConfig(c: ResolvedConfig, schemaRef = 'https://unpkg.com/sysctl-lint/schemas/config.schema.json', repo?: RepositoryContext): string {
  const out: string[] = [];
  out.push(`# yaml-language-server: $schema=${schemaRef}`);
  out.push('# Resolved sysctl-lint configuration. Each value says where it comes from: a command-line');
  out.push('# flag, the config file and line, or the default. Flags win over the file, the file over defaults.');
  out.push(`# config file: ${c.file ? c.file.file : 'none'}`);
  if (c.file) out.push(`# globs are relative to ${displayDir(c.file.dir, c.cwd)}; policy directories are shown relative to the working directory`);

  if (repo) out.push('# context read from the linted files: values the flags and the config file leave unset are taken from them (file:line:column)');
  out.push('context:');
  const ctx = c.context;
  const cl = repo?.cluster;
  /** A value the flags or the config set, else one the files state, else the default. */
  const ctxLine = (name: string, v: Sourced<string> | undefined, fromFiles: { text: string; at: ContextValue<unknown> } | undefined, unset: [string, string]) => {
    if (v) {
      out.push(line(`  ${name}: ${q(v.value)}`, v.source));
      if (fromFiles && fromFiles.text !== v.value) out.push(`  #   the files say ${q(fromFiles.text)} (${describe(fromFiles.at)}): ${v.source} wins`);
    } else if (fromFiles) out.push(line(`  ${name}: ${q(fromFiles.text)}`, describe(fromFiles.at)));
    else out.push(line(unset[0], unset[1]));
  };
  const describe = (at: ContextValue<unknown>) => (at.location && repo ? `${repo.where(at.location)} (${at.source})` : at.source);
  const fact = <T>(v: ContextValue<T> | undefined, text: (x: T) => string) => (v ? { text: text(v.value), at: v } : undefined);
  ctxLine('kernel', ctx.kernel, undefined, ['  # kernel: not set', 'default: unknown (policies assume what is dangerous on current systems)']);
  ctxLine('kubernetesVersion', ctx.kubernetesVersion, fact(cl?.kubernetesVersion, (x) => x.text), ['  # kubernetesVersion: not set', 'default: unknown']);
  ctxLine('nodeRole', ctx.nodeRole, undefined, ['  # nodeRole: not set', 'default: inferred per node, else unknown']);
  ctxLine('nodePortRange', ctx.nodePortRange, fact(cl?.nodePortRange, (x) => `${x.lo}-${x.hi}`), ['  nodePortRange: "30000-32767"', 'default (the Kubernetes default)']);
  out.push(line(`  applier: ${ctx.applier.value}`, ctx.applier.source));
  const mode = fact(cl?.kubeProxyMode, (x) => x);
  if (ctx.kubeProxyMode) ctxLine('kubeProxyMode', ctx.kubeProxyMode, mode, ['', '']);
  else if (mode) out.push(line(`  kubeProxyMode: ${mode.text}`, describe(mode.at)));
  else out.push(line('  # kubeProxyMode: read from the linted files, else unknown', repo ? 'not stated in the linted files' : 'default'));
  if (repo) {
    // Not config fields: what the files say about the nodes' kubelet, for the policies that read it.
    const kubelet = cl?.kubelet;
    out.push('# kubelet settings read from the linted files:');
    out.push(kubelet?.allowedUnsafeSysctls ? line(`#   allowedUnsafeSysctls: [${kubelet.allowedUnsafeSysctls.value.map(q).join(', ')}]`, describe(kubelet.allowedUnsafeSysctls)) : '#   allowedUnsafeSysctls: not stated (only the safe set is allowed)');
    out.push(kubelet?.protectKernelDefaults ? line(`#   protectKernelDefaults: ${kubelet.protectKernelDefaults.value}`, describe(kubelet.protectKernelDefaults)) : '#   protectKernelDefaults: not stated (kubelet default: false)');
  }

  const rules = [...c.rules.base.entries()];
  if (rules.length === 0) out.push(line('rules: {}', 'default: every rule at its own severity'));
  else {
    out.push('rules:');
    for (const [id, s] of rules) out.push(line(`  ${id}: ${s.level}`, s.source));
  }

  if (c.rules.overrides.length === 0) out.push(line('overrides: []', 'default'));
  else {
    out.push('overrides:');
    c.rules.overrides.forEach((o, i) => {
      const files = c.overridePatterns[i]?.files ?? [];
      out.push(line(`  - files: [${files.map(q).join(', ')}]`, o.source));
      out.push('    rules:');
      for (const [id, s] of o.rules) out.push(line(`      ${id}: ${s.level}`, s.source));
    });
  }

  if (c.policies.length === 0) out.push(line('policies: []', 'default: built-in policies only'));
  else {
    out.push('policies:');
    for (const p of c.policies) out.push(line(`  - ${q(displayDir(p.value, c.cwd))}`, p.source));
  }

  if (c.ignore.patterns.length === 0) out.push(line('# ignore: not set', 'default: nothing beyond .gitignore'));
  else {
    out.push('ignore:');
    for (const p of c.ignore.patterns) out.push(line(`  - ${q(p.value)}`, p.source));
  }
  out.push(line(`respectGitignore: ${c.respectGitignore.value}`, c.respectGitignore.source));

  if (c.nodePatterns.length === 0) out.push(line('nodes: []', 'default: one node per image tree or directory'));
  else {
    out.push('nodes:');
    for (const n of c.nodePatterns) {
      out.push(line(`  - name: ${q(n.name)}`, n.source));
      out.push(`    files: [${n.files.map(q).join(', ')}]`);
    }
  }
  if (c.docsBaseUrl) out.push(line(`docsBaseUrl: ${q(c.docsBaseUrl.value)}`, c.docsBaseUrl.source));
  else out.push(line('# docsBaseUrl: not set', 'default: docs/rules.md of this version'));
  return out.join('\n') + '\n';
}
