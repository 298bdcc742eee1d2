/**
 * Every rule a user can see, a user can control: each engine rule id the code can emit is in
 * the rule registry, and therefore listed, explained, configurable and suppressible. The ids
 * are derived from the sources, not from a list kept by hand: every `sysctl-lint/<name>` string
 * literal outside comments and every `defineEngineRule` declaration.
 */
import fs from 'node:fs';
import { afterAll } from 'vitest';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinCatalogue } from '../../src/policy/builtin';
import { buildRuleRegistry, ENGINE_RULES } from '../../src/rules/registry';
import { runCli } from '../helpers/cli';
import { tmpTree } from '../helpers/tmp-tree';

const srcDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

/** Source text without comments (strings kept), so ids quoted in documentation do not count. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|(^|[^:'"`\\])\/\/.*$/gm, (m, lead: string | undefined) => (m.startsWith('/*') ? '' : (lead ?? '')));
}

/** Engine rule ids written in the sources: `'sysctl-lint/<name>'` literals, in any quotes. */
function emittedIds(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sourceFiles(srcDir)) {
    const code = withoutComments(fs.readFileSync(file, 'utf8'));
    for (const m of code.matchAll(/(['"`])(sysctl-lint\/[a-z0-9]+(?:-[a-z0-9]+)*)\1/g)) found.set(m[2] as string, path.relative(srcDir, file));
  }
  return found;
}

describe('the rule registry', () => {
  const registered = new Set<string>(ENGINE_RULES.map((r) => r.id));

  it('registers every engine rule id the sources contain', () => {
    const ids = emittedIds();
    // The derivation itself must see the rules declared in the sources.
    expect(ids.size).toBeGreaterThanOrEqual(ENGINE_RULES.length);
    const missing = [...ids].filter(([id]) => !registered.has(id)).map(([id, file]) => `${id} (${file}): add it to ENGINE_RULES in src/rules/registry.ts`);
    expect(missing).toEqual([]);
  });

  it('declares every engine rule once, with a unique id that is not a policy id', () => {
    expect(new Set(ENGINE_RULES.map((r) => r.id)).size).toBe(ENGINE_RULES.length);
    const policyIds = new Set<string>(builtinCatalogue().policies.map((p) => p.policy.id));
    expect(ENGINE_RULES.filter((r) => policyIds.has(r.id))).toEqual([]);
  });

  it('resolves policy ids, aliases and engine rule ids', () => {
    const registry = buildRuleRegistry(builtinCatalogue().policies);
    for (const r of ENGINE_RULES) expect(registry.canonical(r.id)).toBe(r.id);
    expect(registry.canonical('tcp-tw-recycle-enabled')).toBe('tcp-tw-recycle-enabled');
    expect(registry.canonical('sysctl-lint/no-such-rule')).toBeUndefined();
  });

  // An invalid YAML file that mentions a sysctl, and a chart template: each raises one engine rule.
  const cases = [
    { id: 'sysctl-lint/yaml-syntax', file: 'pod.yaml', text: 'apiVersion: v1\nkind: Pod\nspec:\n  securityContext:\n    sysctls: [{name: net.core.somaxconn, value: "1024"}\n  containers: []\n' },
    { id: 'sysctl-lint/template-not-rendered', file: 'deploy.yaml', text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: proxy\nspec:\n  template:\n    spec:\n      {{- if .Values.tuning }}\n      securityContext:\n        sysctls:\n          - name: net.ipv4.tcp_keepalive_time\n            value: "600"\n' },
  ];
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });
  describe.each(cases)('$id', ({ id, file, text }) => {
    const lintJson = (files: Record<string, string>) => {
      const dir = tmpTree({ [file]: text, ...files });
      dirs.push(dir);
      const r = runCli(['--format', 'json', '.'], { cwd: dir });
      return { ...r, ids: r.stdout ? (JSON.parse(r.stdout) as { results: Array<{ ruleId: string }> }).results.map((x) => x.ruleId) : [] };
    };

    it('is emitted for its input', () => {
      expect(lintJson({}).ids).toContain(id);
    });

    it('is listed and explained', () => {
      expect(runCli(['--no-config', '--list-rules']).stdout).toContain(id);
      const r = runCli(['--no-config', 'explain', id]);
      expect(r.status).toBe(0);
      expect(r.stdout.startsWith(`${id}: `)).toBe(true);
    });

    it('can be turned off in the config file', () => {
      const r = lintJson({ '.sysctl-lint.yaml': `rules:\n  ${id}: off\n` });
      expect(r.stderr).toBe('');
      expect(r.ids).not.toContain(id);
    });

    it('can be suppressed with a reason', () => {
      const r = lintJson({ [file]: `# sysctl-lint disable ${id} -- rendered and linted in CI\n${text}` });
      expect(r.stderr).toBe('');
      expect(r.ids).not.toContain(id);
      expect(r.ids.filter((x) => x.startsWith('sysctl-lint/suppression-'))).toEqual([]);
    });
  });
});
