/**
 * `--print-config`: the resolved configuration as YAML (valid against
 * schemas/config.schema.json), each value followed by a comment saying where it came from.
 */
import path from 'node:path';
import type { ResolvedConfig, Sourced } from './resolve';

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

export function printConfig(c: ResolvedConfig, schemaRef = 'https://unpkg.com/sysctl-lint/schemas/config.schema.json'): string {
  const out: string[] = [];
  out.push(`# yaml-language-server: $schema=${schemaRef}`);
  out.push('# Resolved sysctl-lint configuration. Each value says where it comes from: a command-line');
  out.push('# flag, the config file and line, or the default. Flags win over the file, the file over defaults.');
  out.push(`# config file: ${c.file ? c.file.file : 'none'}`);
  if (c.file) out.push(`# globs are relative to ${displayDir(c.file.dir, c.cwd)}; policy directories are shown relative to the working directory`);

  out.push('context:');
  const ctx = c.context;
  const ctxLine = (name: string, v: Sourced<string> | undefined, unset: string) => out.push(v ? line(`  ${name}: ${q(v.value)}`, v.source) : line(`  # ${name}: not set`, unset));
  ctxLine('kernel', ctx.kernel, 'default: unknown (policies assume what is dangerous on current systems)');
  ctxLine('kubernetesVersion', ctx.kubernetesVersion, 'default: unknown');
  ctxLine('nodeRole', ctx.nodeRole, 'default: inferred per node, else unknown');
  if (ctx.nodePortRange) out.push(line(`  nodePortRange: ${q(ctx.nodePortRange.value)}`, ctx.nodePortRange.source));
  else out.push(line('  nodePortRange: "30000-32767"', 'default (the Kubernetes default)'));
  out.push(line(`  applier: ${ctx.applier.value}`, ctx.applier.source));
  if (ctx.kubeProxyMode) out.push(line(`  kubeProxyMode: ${ctx.kubeProxyMode.value}`, ctx.kubeProxyMode.source));
  else out.push(line('  # kubeProxyMode: read from the linted files, else unknown', 'default'));

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
