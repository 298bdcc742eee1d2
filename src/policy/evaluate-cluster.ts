/**
 * Checks that are not about one sysctl line: cluster context values read from the linted files
 * (`check: { context: ... }`), structural observations of the sources (`check: { observation:
 * ... }`), and the provenance notes that tell where a context value a finding relied on was
 * written.
 */
import type { Finding, RelatedLocation } from '../core/finding';
import type { NodeModel } from '../model/types';
import { formatIntervals } from '../model/values';
import { decide, type Outcome } from './decide';
import type { EvaluateOptions } from './evaluate';
import type { MessageVars } from './message';
import { evaluateAssertion } from './operators/index';
import { makeSubject } from './subject';
import type { ContextCheck, ObservationCheck, Policy } from './types';
import { derivedOnce } from '../core/memo';

type Emit = (f: Finding) => void;

/** A context value written in a linted file, as a subject: `30000-32767` reads as the range. */
export function evaluateContextCheck(p: Policy, check: ContextCheck, node: NodeModel, opts: EvaluateOptions, base: MessageVars, emit: Emit): void {
  if (node.scope !== 'cluster') return;
  const c = node.context;
  const cv = check.context === 'nodePortRange' ? c.nodePortRange : c.kubeProxyMode;
  if (!cv?.location) return;
  const raw = check.context === 'nodePortRange' ? formatIntervals([c.nodePortRange.value]).replace('-', ' ') : String(cv.value);
  const subject = makeSubject(check.context, raw, check.valueType ?? 'string');
  const env = { node, state: undefined, lists: opts.lists };
  const vars: MessageVars = { ...base, key: check.context, value: check.context === 'nodePortRange' ? formatIntervals([c.nodePortRange.value]) : raw, source: cv.source, file: cv.location.file };
  if (check.violation) {
    const r = evaluateAssertion(check.violation, subject, env);
    if (!r.holds) return;
    Object.assign(vars, r.vars);
  }
  const outcome = decide(p, node, vars, subject, env);
  if (outcome) emit({ ruleId: p.id, severity: outcome.severity, message: outcome.message, location: cv.location, related: [] });
}

export function evaluateObservationCheck(p: Policy, check: ObservationCheck, node: NodeModel, base: MessageVars, emit: Emit): void {
  for (const o of node.observations) {
    if (o.kind !== check.observation) continue;
    const outcome: Outcome | undefined = decide(p, node, { ...base, ...o.vars, key: o.key ?? '', file: o.location.file });
    if (outcome) emit({ ruleId: p.id, severity: outcome.severity, message: outcome.message, location: o.location, key: o.key, related: o.related ?? [] });
  }
}

/** Which context values a policy's logic mentions (its text without the prose). */
interface ContextUses {
  nodePortRange: boolean;
  nodePortRangeIsSubject: boolean;
  kubeProxyMode: boolean;
  kubeProxyModeIsSubject: boolean;
  kubernetesVersion: boolean;
  kubeletAllowed: boolean;
  protectKernelDefaults: boolean;
}

const usesCache = new WeakMap<Policy, ContextUses>();

/** Scans a policy's text once (this is asked for every policy on every node). */
function contextUses(p: Policy): ContextUses {
  return derivedOnce(usesCache, p, scanContextUses);
}

function scanContextUses(p: Policy): ContextUses {
  const { rationale: _r, fix: _f, references: _x, title: _t, ...logic } = p;
  const text = JSON.stringify(logic);
  return {
    nodePortRange: /nodePortRange/.test(text),
    nodePortRangeIsSubject: /"context":"nodePortRange"/.test(text),
    kubeProxyMode: /kubeProxyMode/.test(text),
    kubeProxyModeIsSubject: /"context":"kubeProxyMode"/.test(text),
    kubernetesVersion: /kubernetesVersion|podSafe/.test(text),
    kubeletAllowed: /kubeletAllowed|kubeletConfigKnown/.test(text),
    protectKernelDefaults: /protectKernelDefaults/.test(text),
  };
}

/**
 * Related locations for the context values a policy consults that came from the linted files
 * (a NodePort range from a kube-apiserver manifest, kube-proxy's mode from its ConfigMap), so
 * a finding shows where the value it relied on is written.
 */
export function contextProvenance(p: Policy, node: NodeModel): RelatedLocation[] {
  const uses = contextUses(p);
  const c = node.context;
  const out: RelatedLocation[] = [];
  if (c.nodePortRange.location && uses.nodePortRange && !(uses.nodePortRangeIsSubject && node.scope === 'cluster')) {
    out.push({ location: c.nodePortRange.location, message: `NodePort range ${formatIntervals([c.nodePortRange.value])}: ${c.nodePortRange.source}` });
  }
  if (c.kubeProxyMode?.location && uses.kubeProxyMode && !(uses.kubeProxyModeIsSubject && node.scope === 'cluster')) {
    out.push({ location: c.kubeProxyMode.location, message: `kube-proxy mode ${c.kubeProxyMode.value}: ${c.kubeProxyMode.source}` });
  }
  if (c.kubernetesVersion?.location && uses.kubernetesVersion) {
    out.push({ location: c.kubernetesVersion.location, message: `Kubernetes ${c.kubernetesVersion.value.text}: ${c.kubernetesVersion.source}` });
  }
  const allowed = c.kubelet?.allowedUnsafeSysctls;
  if (allowed?.location && uses.kubeletAllowed) {
    out.push({ location: allowed.location, message: `kubelet allowedUnsafeSysctls [${allowed.value.join(', ')}]: ${allowed.source}` });
  }
  const protect = c.kubelet?.protectKernelDefaults;
  if (protect?.location && uses.protectKernelDefaults) {
    out.push({ location: protect.location, message: `kubelet protectKernelDefaults ${protect.value}: ${protect.source}` });
  }
  return out;
}
