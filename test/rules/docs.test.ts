/**
 * Rule documentation comes from the policies and the test fixtures: docs/rules.md is in sync,
 * every rule has an example the suite runs, the bundle's embedded examples equal what the
 * linter reports on those cases now, and every engine rule the code can emit is documented.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinCatalogue } from '../../src/policy/builtin';
import { describeCondition } from '../../src/policy/conditions';
import { contextNeeds, describeCases, ruleDocs } from '../../src/rules/describe';
import { ENGINE_RULES } from '../../src/rules/registry';
import { ruleExamples, ruleTestFolder, type ExampleCase } from '../../src/rules/examples';
import { rulesMarkdown } from '../../src/rules/render';
import { closestNames } from '../../src/rules/suggest';
import { SUPPRESSION_RULE_IDS } from '../../src/suppress/rules';
import { runCli, projectRoot } from '../helpers/cli';
import { runCase } from '../helpers/run-case';
import { runEngineCase } from '../helpers/run-engine-case';
import { tmpDir } from '../helpers/tmp-tree';

const catalogue = builtinCatalogue();
const examples = ruleExamples();

/** An example's files written out as its rule's test folder holds them; returns the case path and the folder. */
function writeExample(c: ExampleCase): { casePath: string; folder: string } {
  const folder = tmpDir('sl-example-');
  for (const f of c.files) {
    const abs = path.join(folder, f.path);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    if (f.link !== undefined) fs.symlinkSync(f.link, abs);
    else fs.writeFileSync(abs, f.text ?? '');
  }
  const casePath = path.join(folder, c.name);
  if (c.args.length) fs.writeFileSync(`${casePath}.args`, c.args.join(' '));
  return { casePath, folder };
}
/** Engine rules whose condition no fixture can reproduce (a file root cannot fail to read). */
const NO_EXAMPLE = new Set(['sysctl-lint/unreadable-file']);

describe('docs/rules.md', () => {
  it('is generated from the current policies and fixtures', () => {
    const file = path.join(projectRoot, 'docs/rules.md');
    const expected = rulesMarkdown(ruleDocs(catalogue.policies, examples));
    const actual = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    // Not toBe(): the diff of a 2000-line file helps nobody; the instruction does.
    if (actual !== expected) expect.fail('docs/rules.md is out of date with policies/ or test/policies/: run `npm run docs:rules` and commit docs/rules.md');
  });

  it('has one section with an anchor per rule', () => {
    const md = fs.readFileSync(path.join(projectRoot, 'docs/rules.md'), 'utf8');
    for (const d of ruleDocs(catalogue.policies, examples)) {
      expect(md).toContain(`## ${d.id}\n`);
      expect(md).toContain(`<a id="${d.id.replace(/[^a-z0-9-]/g, '-')}"></a>`);
    }
  });
});

describe('rule examples', () => {
  const ids = [...catalogue.policies.map((p) => p.policy.id), ...ENGINE_RULES.map((d) => d.id)];
  for (const id of ids.filter((i) => !NO_EXAMPLE.has(i))) {
    it(`${id} has an invalid example with its expected output and a valid one`, () => {
      const ex = examples[id];
      expect(ex?.invalid?.files.length, `${ruleTestFolder(id)}/invalid`).toBeGreaterThan(0);
      expect(ex?.invalid?.output, `${ruleTestFolder(id)}/invalid/<case>.snap`).toMatch(/\S/);
      expect(ex?.valid?.files.length, `${ruleTestFolder(id)}/valid`).toBeGreaterThan(0);
    });
  }

  it('embedded in the bundle, equal what the linter reports on those cases now', () => {
    const r = runCli(['explain', '--format', 'json', '--no-config', ...ids]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const embedded = JSON.parse(r.stdout) as { rules: Array<{ id: string; examples: { invalid?: ExampleCase; valid?: ExampleCase } }> };
    expect(embedded.rules.map((x) => x.id)).toEqual(ids);
    for (const rule of embedded.rules) {
      // The bundle carries exactly the examples of src/rules/examples.json...
      expect(rule.examples, `${rule.id}: the bundle embeds other examples than src/rules/examples.json; run npm run build`).toEqual(examples[rule.id] ?? {});
      const inv = rule.examples.invalid;
      if (!inv) continue;
      // ...and the output shown is what linting that case produces today.
      const { casePath, folder } = writeExample(inv);
      const now = rule.id.startsWith('sysctl-lint/') ? runEngineCase(casePath, folder, rule.id) : runCase(casePath, folder, rule.id);
      expect(inv.output, `${rule.id}: ${inv.name}: the expected output differs from what the linter reports now (update snapshots, then npm run docs:rules)`).toBe(now.text);
    }
  });
});

describe('engine rules', () => {
  it('every engine rule the code emits is documented', () => {
    const documented = new Set<string>(ENGINE_RULES.map((d) => d.id));
    for (const id of SUPPRESSION_RULE_IDS) expect(documented.has(id), `${id} needs an entry in src/rules/registry.ts`).toBe(true);
  });
});

describe('severity by context', () => {
  it('describes every condition of every case (a case is "otherwise" only when it has none)', () => {
    for (const { policy } of catalogue.policies) {
      const lines = describeCases(policy);
      (policy.cases ?? []).forEach((c, i) => {
        if (c.when) expect(describeCondition(c.when), `${policy.id} cases[${i}]`).not.toBe('');
        if (c.when || c.value) expect(lines[i], `${policy.id} cases[${i}]`).not.toMatch(/^otherwise:/);
      });
    }
  });

  it('states the conditions of k8s-kubelet-kernel-defaults and k8s-pod-sysctl-host-namespace', () => {
    const cases = (id: string) => describeCases(catalogue.policies.find((p) => p.policy.id === id)!.policy);
    expect(cases('k8s-kubelet-kernel-defaults')).toEqual(['kubelet runs with protectKernelDefaults: error']);
    expect(cases('k8s-pod-sysctl-host-namespace')[0]).toBe('the pod uses hostNetwork, value {kernelNamespace: ["net"]}: error');
  });
});

describe('context a rule reads', () => {
  const need = (id: string) => {
    const p = catalogue.policies.find((x) => x.policy.id === id);
    if (!p) throw new Error(`no policy ${id}`);
    return contextNeeds(p.policy);
  };
  it('comes from appliesWhen, cases and operators', () => {
    expect(need('tcp-tw-recycle-enabled')).toEqual(['kernel']);
    expect(need('ports-ephemeral-overlaps-nodeport')).toEqual(['kubernetesVersion', 'nodeRole', 'nodePortRange']);
    expect(need('ipvs-conn-reuse-mode')).toContain('kubeProxyMode');
    expect(need('sysctl-module-key-not-loaded')).toEqual(expect.arrayContaining(['completeRoot', 'modules']));
    expect(need('tcp-syn-retries-out-of-range')).toEqual([]);
  });

  it("includes what kubelet's safe set depends on for a podSafe rule (Kubernetes version and kernel)", () => {
    expect(need('k8s-pod-sysctl-unsafe')).toEqual(['kernel', 'kubernetesVersion']);
  });
});

describe('closest rule ids', () => {
  const names = ['tcp-tw-recycle-enabled', 'tcp-tw-reuse-global', 'k8s-ip-forward-disabled', 'sysctl-lint/suppression-unused', 'vm-swappiness-low'];
  it('finds typos, fragments and reordered words, and nothing for unrelated words', () => {
    expect(closestNames('tcp-tw-recyle', names)[0]).toBe('tcp-tw-recycle-enabled');
    expect(closestNames('recycle', names)).toEqual(['tcp-tw-recycle-enabled']);
    expect(closestNames('ip-forward', names)).toEqual(['k8s-ip-forward-disabled']);
    expect(closestNames('sysctl-lint/unused-suppression', names)).toEqual(['sysctl-lint/suppression-unused']);
    expect(closestNames('rp-filter', names)).toEqual([]);
  });
});
