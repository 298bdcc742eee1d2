/**
 * Operators about Kubernetes pod sysctls: kubelet's safe set (by Kubernetes version and kernel),
 * the kernel namespace a key belongs to, and the node's allowed unsafe sysctls.
 */
import { allowlistMatches } from '../../model/cluster';
import { kernelNamespaceOf, selectorMatches } from '../../model/keys';
import { compareVersions, parseVersion } from '../../model/version';
import { defineOperators, type Operator } from './define';

declare module './define' {
  interface OperatorArgs {
    podSafe: boolean;
    kernelNamespace: Array<'net' | 'ipc' | 'none'>;
    kubeletAllowed: boolean;
    keyMatches: string;
  }
}

const kernelNamespaceOp: Operator<Array<'net' | 'ipc' | 'none'>> = (s, list) => {
  const ns = kernelNamespaceOf(s.key);
  return { holds: list.includes(ns), vars: { namespace: ns === 'none' ? 'no namespace (node-global)' : `the ${ns} namespace` } };
};

/**
 * Whether kubelet treats the key as safe on this node: on its list, allowed by the node's
 * Kubernetes version (unknown: the newest) and not dropped for an old kernel (unknown: kept).
 */
const podSafeOp: Operator<boolean> = (s, want, env) => {
  const entry = env.lists.podSafeSysctls.sysctls.find((x) => x.name === s.key);
  const ctx = env.node.context;
  if (!entry) return { holds: !want, vars: { reason: "it is not in kubelet's safe set" } };
  const vars: Record<string, string> = { since: entry.since, minKernel: entry.kernel ?? 'any' };
  const k8s = ctx.kubernetesVersion?.value;
  const since = parseVersion(entry.since);
  if (k8s && since && compareVersions(k8s, since) < 0) {
    return { holds: !want, vars: { ...vars, reason: `kubelet counts it as safe only from Kubernetes ${entry.since}, this is ${k8s.text}` } };
  }
  const kernel = ctx.kernel?.value;
  const min = entry.kernel ? parseVersion(entry.kernel) : undefined;
  if (kernel && min && compareVersions(kernel, min) < 0) {
    return { holds: !want, vars: { ...vars, reason: `kubelet drops it from the safe set on Linux ${kernel.text}, where it is not namespaced (needs ${entry.kernel})` } };
  }
  return { holds: want, vars: { ...vars, reason: k8s ? `safe on Kubernetes ${k8s.text}` : `safe from Kubernetes ${entry.since} (Kubernetes version unknown)` } };
};

/** Whether the node's kubelet allows the key through allowedUnsafeSysctls. */
const kubeletAllowedOp: Operator<boolean> = (s, want, env) => {
  const list = env.node.context.kubelet?.allowedUnsafeSysctls?.value ?? [];
  const by = allowlistMatches(list, s.key);
  return { holds: !!by === want, vars: by ? { allowedBy: by } : {} };
};

/** The subject's key matches a selector: lets one policy hold per-key expectations. */
const keyMatchesOp: Operator<string> = (s, selector) => ({ holds: selectorMatches(selector, s.key) });

export const POD_OPERATORS = defineOperators({
  podSafe: {
    schema: { description: "The key is (true) or is not (false) in kubelet's safe set for the Kubernetes version and kernel (policies/lists/pod-safe-sysctls.yaml).", type: 'boolean' },
    needs: () => ['kubernetesVersion', 'kernel'],
    evaluate: podSafeOp,
  },
  kernelNamespace: {
    schema: {
      description: 'The kernel namespace kubelet files the key under: net (net.*), ipc (kernel.sem, kernel.shm*, kernel.msg*, fs.mqueue.*) or none (node-global).',
      type: 'array',
      items: { enum: ['net', 'ipc', 'none'] },
      minItems: 1,
      uniqueItems: true,
    },
    evaluate: kernelNamespaceOp,
    mayHoldFor: (list, key) => list.includes(kernelNamespaceOf(key)),
  },
  kubeletAllowed: {
    schema: { description: "The key is (true) or is not (false) allowed by kubelet's allowedUnsafeSysctls from the linted files.", type: 'boolean' },
    evaluate: kubeletAllowedOp,
  },
  keyMatches: {
    schema: { description: 'The key matches this selector (key, glob or prefix.**): combined with allOf/anyOf, one policy can hold a different expectation per key.', $ref: '#/$defs/selector' },
    evaluate: keyMatchesOp,
    mayHoldFor: (selector, key) => selectorMatches(selector, key),
  },
});
