/**
 * Plain-language descriptions of what a rule applies to and which context it reads, derived
 * from the policy data itself (appliesWhen, cases, check, operators), so documentation cannot
 * drift from behaviour.
 */
import type { Severity } from '../core/finding';
import { ENGINE_RULES } from './registry';
import { ruleExamples, type RuleExamples } from './examples';
import { conditionReads, CONTEXT_NEEDS, describeCondition, type ContextNeed } from '../policy/conditions';
import { isFileCheck, isSettingCheck, isSyntaxCheck, type Assertion, type LoadedPolicy, type Policy, type SettingTarget } from '../policy/types';
import { autofixDescription } from '../policy/fix-intent';
import { assertionNeeds } from '../policy/operators/index';


export const CONTEXT_LABELS: Record<ContextNeed, string> = {
  kernel: 'kernel version (--kernel)',
  kubernetesVersion: 'Kubernetes version (--kubernetes-version)',
  nodeRole: 'node role (--node-role)',
  kubeProxyMode: 'kube-proxy mode',
  nodePortRange: 'NodePort range (--node-port-range)',
  applier: 'applier (--applier)',
  completeRoot: 'complete root filesystem (--root)',
  modules: 'modules-load.d files in the tree',
};

export const CONTEXT_SHORT: Record<ContextNeed, string> = {
  kernel: 'kernel',
  kubernetesVersion: 'k8s version',
  nodeRole: 'node role',
  kubeProxyMode: 'kube-proxy mode',
  nodePortRange: 'NodePort range',
  applier: 'applier',
  completeRoot: 'complete root',
  modules: 'modules-load.d',
};


/** The context a policy reads: from appliesWhen, cases and operators that consult it. */
export function contextNeeds(p: Policy): ContextNeed[] {
  const out = new Set<ContextNeed>();
  conditionReads(p.appliesWhen, out);
  for (const c of p.cases ?? []) {
    conditionReads(c.when, out);
    assertionNeeds(c.value, out);
  }
  if (isSettingCheck(p.check)) {
    assertionNeeds(p.check.violation, out);
    if (p.check.target === 'divergent') out.add('applier');
  }
  return CONTEXT_NEEDS.filter((n) => out.has(n));
}


function describeAssertion(a: Assertion): string {
  return JSON.stringify(a).replace(/"([A-Za-z]+)":/g, '$1: ').replace(/,/g, ', ');
}

// Keyed by SettingTarget, so a new target cannot go undescribed.
const TARGETS: Record<SettingTarget, string> = {
  effective: 'the value in force',
  assignments: 'every assignment',
  overridden: 'values that override earlier assignments',
  divergent: 'values systemd-sysctl and procps end up disagreeing on',
  drift: 'values in force that the running kernel does not have, with --live or --live-snapshot',
};

/** What the policy looks at, in one sentence. */
function describeAppliesTo(p: Policy): string {
  const scope = (p.scope ?? ['node']).length === 2 ? 'node and pod settings' : (p.scope ?? ['node'])[0] === 'pod' ? 'pod settings' : 'node settings';
  const c = p.check;
  let what: string;
  if (isSettingCheck(c)) {
    const sels = Array.isArray(c.setting) ? c.setting : [c.setting];
    what = `${scope}: ${sels.map((s) => `\`${s}\``).join(', ')} (${TARGETS[c.target ?? 'effective']})`;
  } else if (isSyntaxCheck(c)) what = `lines of sysctl files: ${c.syntax.join(', ')}${c.oncePerFile ? ' (once per file)' : ''}`;
  else if (isFileCheck(c)) what = `sysctl files: ${c.file === 'masked' ? 'files masked by a same-named file' : c.file === 'not-dotconf' ? 'files in sysctl.d not named *.conf' : '/etc/sysctl.conf (read by procps only)'}`;
  else what = scope;
  return p.appliesWhen ? `${what}; only when ${describeCondition(p.appliesWhen)}` : what;
}

/** One line per case: `kernel >= 4.12: warning`. */
export function describeCases(p: Policy): string[] {
  return (p.cases ?? []).map((c) => {
    const when = [c.when ? describeCondition(c.when) : '', c.value ? `value ${describeAssertion(c.value)}` : ''].filter(Boolean).join(', ');
    const sev = c.severity ?? p.severity;
    return `${when || 'otherwise'}: ${sev === 'off' ? 'not reported' : sev}`;
  });
}

export interface RuleDoc {
  id: string;
  kind: 'policy' | 'engine';
  title: string;
  severity: Severity;
  appliesTo: string;
  cases: string[];
  context: ContextNeed[];
  tags: string[];
  /** Policy file, or `built in` for engine rules. */
  source: string;
  aliases: string[];
  rationale: string;
  fix: string;
  /** What sysctl-lint's own fix does, and whether --fix applies it. */
  autofix?: string;
  references: Array<{ title: string; url: string }>;
  examples: RuleExamples;
}

function policyDoc(lp: LoadedPolicy, examples = ruleExamples()): RuleDoc {
  const p = lp.policy;
  return {
    id: p.id,
    kind: 'policy',
    title: p.title,
    severity: p.severity,
    appliesTo: describeAppliesTo(p),
    cases: describeCases(p),
    context: contextNeeds(p),
    tags: p.tags ?? [],
    source: lp.source,
    aliases: p.aliases ?? [],
    rationale: p.rationale.trim(),
    fix: p.fix.trim(),
    ...(p.autofix ? { autofix: `${autofixDescription(p.autofix)}${p.autofix.safe ? ' (applied by --fix)' : ' (a suggestion: not applied by --fix)'}` } : {}),
    references: p.references ?? [],
    examples: lp.builtin ? (examples[p.id] ?? {}) : {},
  };
}

/** Documentation of every rule a run knows: policies in catalogue order, then engine rules. */
export function ruleDocs(policies: readonly LoadedPolicy[], examples = ruleExamples()): RuleDoc[] {
  const docs = policies.map((lp) => policyDoc(lp, examples));
  for (const e of ENGINE_RULES) {
    docs.push({ id: e.id, kind: 'engine', title: e.title, severity: e.severity, appliesTo: e.appliesTo, cases: [], context: [], tags: [], source: 'built in (engine)', aliases: [], rationale: e.rationale, fix: e.fix, references: [], examples: examples[e.id] ?? {} });
  }
  return docs;
}
