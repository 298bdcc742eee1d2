import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import configSchema from '../../schemas/config.schema.json';
import { LineIndex } from '../../src/core/span';
import { findConfig } from '../../src/config/find';
import { loadConfigText } from '../../src/config/load';
import { printConfig } from '../../src/config/print';
import { resolveConfig, type ConfigFlags } from '../../src/config/resolve';
import { buildRuleRegistry } from '../../src/rules/registry';
import { CONFIG_FIELDS, CONTEXT_FIELDS } from '../../src/config/types';
import { builtinCatalogue } from '../../src/policy/builtin';
import type { ConfigProblem } from '../../src/policy/load';
import { tmpDir } from '../helpers/tmp-tree';

const policies = () => builtinCatalogue().policies;

function load(text: string, file = '/repo/.sysctl-lint.yaml') {
  return loadConfigText(text, file, '.sysctl-lint.yaml');
}

function where(p: ConfigProblem): string {
  const pos = new LineIndex(p.text).position(p.span.start);
  return `${pos.line}:${pos.column} ${p.message}`;
}

function resolve(text: string, flags: ConfigFlags = {}) {
  const l = load(text);
  expect(l.problems.map(where)).toEqual([]);
  return resolveConfig({ explicit: [], ...flags }, '/repo', l.config, () => buildRuleRegistry(policies()));
}

describe('config file schema and loading', () => {
  it('names the same fields as the TypeScript types', () => {
    expect(Object.keys(configSchema.properties).filter((k) => k !== '$schema')).toEqual([...CONFIG_FIELDS]);
    expect(Object.keys(configSchema.properties.context.properties)).toEqual([...CONTEXT_FIELDS]);
  });

  it('reads versions as written (YAML makes 5.10 the number 5.1)', () => {
    const l = load('context:\n  kernel: 5.10\n  kubernetesVersion: 1.30\n');
    expect(l.config?.data.context).toEqual({ kernel: '5.10', kubernetesVersion: '1.30' });
  });

  it('accepts an empty file', () => {
    expect(load('# nothing yet\n').config?.data).toEqual({});
  });

  it('reports problems at the line and field', () => {
    const l = load('context:\n  kernel: five\n  applier: systemd-sysctl\nrules:\n  tcp-tw-recycle-enabled: fatal\nignores: [x]\nnodes:\n  - name: a\n    files: []\n  - name: a\n    files: [x]\n');
    expect(l.problems.map(where)).toEqual([
      '6:1 (top level): unknown field "ignores"',
      '2:11 context.kernel: "five" is not a version like 5.15 or 6.1.20',
      '3:12 context.applier: must be one of "systemd", "procps", "both"',
      '5:27 rules.tcp-tw-recycle-enabled: must be one of "error", "warning", "info", "off"',
      '9:12 nodes.0.files: must not be empty',
    ]);
  });

  it('reports semantic problems the schema cannot see', () => {
    expect(load('context:\n  kernel: 5\n').problems.map(where)).toEqual(['2:11 context.kernel: "5" is not a version like 5.15 or 6.1.20']);
    expect(load('context:\n  nodePortRange: 40000-30000\n').problems.map(where)).toEqual(['2:18 context.nodePortRange: "40000-30000" is not a port range like 30000-32767']);
    expect(load('nodes:\n  - {name: a, files: [x]}\n  - {name: a, files: [y]}\n').problems.map(where)).toEqual(['3:12 nodes[1].name: "a" names two node groups']);
    expect(load('policies: [does-not-exist]\n').problems.map(where)).toEqual(['1:12 policies[0]: "does-not-exist" is not a directory (paths are relative to .sysctl-lint.yaml)']);
    expect(load('context: [1\n').problems[0]?.message).toMatch(/^YAML: /);
  });

  it('reports unknown rule ids with the closest ones, also in overrides', () => {
    const l = load('rules:\n  tcp-tw-recyle: off\noverrides:\n  - files: [x]\n    rules:\n      sysctl-lint/unused-suppression: off\n');
    const r = resolveConfig({}, '/repo', l.config, () => buildRuleRegistry(policies()));
    expect(r.config).toBeUndefined();
    expect(r.problems.map(where)).toEqual([
      '2:3 rules.tcp-tw-recyle: unknown rule "tcp-tw-recyle"; did you mean tcp-tw-recycle-enabled? (sysctl-lint --list-rules lists them)',
      '6:7 overrides.0.rules.sysctl-lint/unused-suppression: unknown rule "sysctl-lint/unused-suppression"; did you mean sysctl-lint/suppression-unused? (sysctl-lint --list-rules lists them)',
    ]);
  });
});

describe('rule aliases', () => {
  it('resolve to the policy they name, in the config and in directives', () => {
    const base = policies();
    const renamed = base.map((p) => (p.policy.id === 'tcp-tw-recycle-enabled' ? { ...p, policy: { ...p.policy, aliases: ['tw-recycle'] } } : p));
    const l = load('rules:\n  tw-recycle: warning\n');
    const r = resolveConfig({}, '/repo', l.config, () => buildRuleRegistry(renamed));
    expect(r.problems).toEqual([]);
    expect(r.config?.rules.levelFor('tcp-tw-recycle-enabled', 'a.conf')).toBe('warning');
  });
});

describe('finding the config file', () => {
  const mk = () => tmpDir('sl-find-');
  it('searches upward from the working directory', () => {
    const dir = mk();
    fs.mkdirSync(path.join(dir, 'a/b/c'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'a/.sysctl-lint.yml'), '');
    expect(findConfig(path.join(dir, 'a/b/c'))).toEqual({ abs: path.join(dir, 'a/.sysctl-lint.yml') });
    fs.writeFileSync(path.join(dir, 'a/b/.sysctl-lint.yaml'), '');
    expect(findConfig(path.join(dir, 'a/b/c'))).toEqual({ abs: path.join(dir, 'a/b/.sysctl-lint.yaml') });
  });

  it('stops at the repository root', () => {
    const dir = mk();
    fs.mkdirSync(path.join(dir, 'repo/.git'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'repo/sub'));
    fs.writeFileSync(path.join(dir, '.sysctl-lint.yaml'), '');
    expect(findConfig(path.join(dir, 'repo/sub'))).toEqual({});
    fs.writeFileSync(path.join(dir, 'repo/.sysctl-lint.yaml'), '');
    expect(findConfig(path.join(dir, 'repo/sub'))).toEqual({ abs: path.join(dir, 'repo/.sysctl-lint.yaml') });
  });

  it('refuses two config files in one directory', () => {
    const dir = mk();
    fs.writeFileSync(path.join(dir, '.sysctl-lint.yaml'), '');
    fs.writeFileSync(path.join(dir, '.sysctl-lint.yml'), '');
    expect(findConfig(dir).problem).toMatch(/both exist; keep one$/);
  });
});

describe('resolving flags, file and defaults', () => {
  const text = 'context:\n  kernel: "5.15"\n  nodeRole: kubernetes\n  applier: systemd\nrules:\n  tcp-timestamps-disabled: off\n  sysctl-overridden-setting: warning\noverrides:\n  - files: ["legacy/**"]\n    rules:\n      tcp-timestamps-disabled: warning\n';

  it('flags win over the file, the file over defaults, each with its source', () => {
    const c = resolve(text, { kernel: '6.1', applier: 'both', explicit: ['kernel'] }).config;
    expect(c?.context.kernel).toEqual({ value: '6.1', source: '--kernel' });
    expect(c?.context.nodeRole).toEqual({ value: 'kubernetes', source: '.sysctl-lint.yaml:3' });
    // parseCli's default for --applier is not a flag the user gave.
    expect(c?.context.applier).toEqual({ value: 'systemd', source: '.sysctl-lint.yaml:4' });
    expect(c?.context.kubernetesVersion).toBeUndefined();
    expect(resolve(text, { applier: 'procps', explicit: ['applier'] }).config?.context.applier).toEqual({ value: 'procps', source: '--applier' });
    expect(resolve('', {}).config?.context.applier).toEqual({ value: 'both', source: 'default' });
  });

  it('grades rules per path: rules, then overrides in order', () => {
    const rules = resolve(text).config?.rules;
    expect(rules?.levelFor('tcp-timestamps-disabled', 'images/a.conf')).toBe('off');
    expect(rules?.levelFor('tcp-timestamps-disabled', 'legacy/x/a.conf')).toBe('warning');
    expect(rules?.levelFor('tcp-timestamps-disabled', '../elsewhere/legacy/a.conf')).toBe('off'); // outside the config's directory
    expect(rules?.levelFor('sysctl-overridden-setting', 'x.conf')).toBe('warning');
    expect(rules?.levelFor('tcp-tw-recycle-enabled', 'x.conf')).toBeUndefined();
    // Off at the top but on for legacy/: still evaluated.
    expect(rules?.evaluates('tcp-timestamps-disabled')).toBe(true);
    expect(resolve('rules: {tcp-timestamps-disabled: off}\n').config?.rules.evaluates('tcp-timestamps-disabled')).toBe(false);
  });

  it('prints YAML that is itself a valid config, with a source for each value', () => {
    const c = resolve(`${text}policies: []\nignore: ["build/"]\nnodes:\n  - name: worker\n    files: ["images/worker/**"]\n`, { kubernetesVersion: '1.30', explicit: ['kubernetes-version'] }).config;
    if (!c) throw new Error('config did not resolve');
    const out = printConfig(c);
    expect(out).toContain('  kernel: "5.15"                            # .sysctl-lint.yaml:2\n');
    expect(out).toContain('  kubernetesVersion: "1.30"                 # --kubernetes-version\n');
    expect(out).toContain('  applier: systemd                          # .sysctl-lint.yaml:4\n');
    expect(out).toContain('respectGitignore: true                      # default\n');
    expect(out).toContain('      tcp-timestamps-disabled: warning      # .sysctl-lint.yaml:11\n');
    const again = load(out);
    expect(again.problems.map(where)).toEqual([]);
    expect(again.config?.data.nodes).toEqual([{ name: 'worker', files: ['images/worker/**'] }]);
    expect(again.config?.data.rules).toEqual({ 'tcp-timestamps-disabled': 'off', 'sysctl-overridden-setting': 'warning' });
  });
});
