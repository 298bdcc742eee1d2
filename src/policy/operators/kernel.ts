import { compareVersions, parseVersion } from '../../model/version';
import { isGlobKey, selectorMatches } from '../../model/keys';
import { kernelInt } from '../../model/values';
import { impossibleKey, kernelKeyStatus, moduleForKey, moduleLoaded, readOnlyEntry, valueShape, type PolicyLists } from '../lists';
import { defineOperators, type Operator } from './define';

/** What the kernel key list says about a key (see keyStatusOp). */
type KeyStatusWanted = 'unknown' | 'removed' | 'vendor' | 'impossible' | 'read-only';

/** How a value fits what the key's handler reads (see valueShapeOp). */
type ValueShapeWanted = 'extra-fields' | 'out-of-range';

declare module './define' {
  interface OperatorArgs {
    moduleNotLoaded: true;
    moduleDefault: boolean;
    keyStatus: KeyStatusWanted;
    valueShape: ValueShapeWanted;
  }
}

const INLINE_COMMENT = /\s+[#;].*$/;

/** True when the key belongs to a module that the image does not load at boot. */
const moduleNotLoadedOp: Operator<true> = (s, _arg, env) => {
  // A running kernel that reports the key has the module loaded.
  if (env.node.provenance === 'live') return { holds: false };
  const entry = moduleForKey(env.lists.moduleKeys, s.key);
  if (!entry || moduleLoaded(entry, env.node.modules)) return { holds: false };
  const vars: Record<string, string> = { module: entry.module };
  const moduleDefault = entry.defaults?.[s.key];
  if (moduleDefault !== undefined) vars.expected = moduleDefault;
  return { holds: true, vars };
};

/** The value is the one the key has as soon as its module loads (module-keys.yaml `defaults`). */
const moduleDefaultOp: Operator<boolean> = (s, want, env) => {
  const defaults = moduleForKey(env.lists.moduleKeys, s.key)?.defaults ?? {};
  // A glob (`net.bridge.bridge-nf-call-*tables`) sets the default when every key it names has it.
  const named = isGlobKey(s.key) ? Object.keys(defaults).filter((k) => selectorMatches(s.key, k)) : s.key in defaults ? [s.key] : [];
  const text = s.raw.replace(INLINE_COMMENT, '').trim();
  const isDefault = (d: string) => (/^[+-]?\d+$/.test(text) && /^\d+$/.test(d) ? kernelInt(text) === Number(d) : text.split(/\s+/).join(' ') === d);
  const same = named.length > 0 && named.every((k) => isDefault(defaults[k] as string));
  return { holds: same === want, vars: named.length ? { expected: defaults[named[0] as string] as string } : {} };
};

/**
 * What the kernel key list says about the key:
 * - `removed`: removed in a version the target kernel (when known) is at or after;
 * - `unknown`: under a prefix the list covers completely, but not in it;
 * - `vendor`: exists only in some vendors' kernels (`vendor` names them);
 * - `impossible`: cannot exist on any kernel (its first component is not a /proc/sys directory,
 *   or it holds blanks);
 * - `read-only`: a write cannot change it, everywhere or (for global limits) from a pod's own
 *   network namespace (`reason` says why).
 */
const keyStatusOp: Operator<KeyStatusWanted> = (s, want, env) => {
  // A key a running kernel reports exists in that kernel, whatever the key list says.
  if (env.node.provenance === 'live') return { holds: false };
  const list = env.lists.kernelKeys;
  switch (want) {
    case 'impossible': {
      const reason = impossibleKey(list, s.key);
      return reason ? { holds: true, vars: { reason } } : { holds: false };
    }
    case 'read-only': {
      const entry = readOnlyEntry(list, s.key);
      if (!entry) return { holds: false };
      // Outside the initial network namespace: a pod's own namespaces (a hostNetwork pod's
      // writes land in the node's and are judged there).
      if (entry.where === 'outside-init-netns' && (env.node.scope !== 'pod' || env.node.context.pod?.hostNetwork)) return { holds: false };
      return { holds: true, vars: { reason: entry.reason } };
    }
  }
  const st = kernelKeyStatus(list, s.key);
  // A glob that matches no documented key is not a misspelt key: it simply matches nothing.
  if (want === 'unknown') return { holds: st.status === 'unknown' && !isGlobKey(s.key) && !impossibleKey(list, s.key) };
  if (st.status !== 'known') return { holds: false };
  if (want === 'vendor') return st.info.vendor ? { holds: true, vars: { vendor: st.info.vendor } } : { holds: false };
  if (!st.info.removed) return { holds: false };
  const removed = st.info.removed;
  const kernel = env.node.context.kernel?.value;
  const removedVersion = parseVersion(removed);
  if (kernel && removedVersion && compareVersions(kernel, removedVersion) < 0) return { holds: false };
  return { holds: true, vars: { removedIn: removed === 'unknown' ? 'a kernel release the key list does not record' : `Linux ${removed}` } };
};

/** What keyStatusOp needs of the key list, without the node: a key it names can hold the status. */
function keyStatusMayHold(want: KeyStatusWanted, key: string, lists: PolicyLists): boolean {
  const list = lists.kernelKeys;
  switch (want) {
    case 'impossible':
      return !!impossibleKey(list, key);
    case 'read-only':
      return !!readOnlyEntry(list, key);
  }
  const st = kernelKeyStatus(list, key);
  if (want === 'unknown') return st.status === 'unknown' && !isGlobKey(key) && !impossibleKey(list, key);
  if (st.status !== 'known') return false;
  return want === 'vendor' ? !!st.info.vendor : !!st.info.removed;
}

/**
 * The value against what the key's kernel handler reads (policies/lists/kernel-keys.yaml
 * `values`): `extra-fields` when it has more integers than the key takes (the kernel reads the
 * ones it takes and silently drops the rest), `out-of-range` when one of them is outside the
 * range the handler accepts (the write fails with EINVAL).
 */
const valueShapeOp: Operator<ValueShapeWanted> = (s, want, env) => {
  const shape = valueShape(env.lists.kernelKeys, s.key);
  if (!shape) return { holds: false };
  // An inline comment is its own finding, and quotes make the whole value invalid.
  const text = s.raw.replace(INLINE_COMMENT, '').trim();
  if (/^["']/.test(text)) return { holds: false };
  const fields = text.split(/\s+/).filter(Boolean);
  const takes = shape.fields === 1 ? 'one integer' : `${shape.fields} integers`;
  if (want === 'extra-fields') {
    if (fields.length <= shape.fields) return { holds: false };
    return { holds: true, vars: { expected: takes, text: fields.slice(shape.fields).join(' ') } };
  }
  if (shape.min === undefined && shape.max === undefined) return { holds: false };
  for (const f of fields.slice(0, shape.fields)) {
    if (!/^[+-]?(0[xX][0-9a-fA-F]+|\d+)$/.test(f)) return { holds: false };
    const n = kernelInt(f);
    if ((shape.min !== undefined && n < shape.min) || (shape.max !== undefined && n > shape.max)) {
      const { min, max } = shape;
      const range = min !== undefined && max !== undefined ? (max === min + 1 ? `${min} or ${max}` : `${min} to ${max}`) : min !== undefined ? `at least ${min}` : `at most ${max}`;
      return { holds: true, vars: { expected: range } };
    }
  }
  return { holds: false };
};

export const KERNEL_OPERATORS = defineOperators({
  moduleNotLoaded: { schema: { const: true }, needs: () => ['modules'], evaluate: moduleNotLoadedOp, mayHoldFor: (_arg, key, lists) => !!moduleForKey(lists.moduleKeys, key) },
  moduleDefault: {
    schema: {
      description: 'The value is (true) or is not (false) the one the key has as soon as its module loads (policies/lists/module-keys.yaml defaults): {{expected}}.',
      type: 'boolean',
    },
    evaluate: moduleDefaultOp,
  },
  keyStatus: {
    schema: {
      description:
        "What policies/lists/kernel-keys.yaml says about the key: unknown (under a completely listed prefix but not listed), removed (removed at or before the target kernel), vendor (exists only in some vendors' kernels: {{vendor}}), impossible (its first component is not a /proc/sys directory, or it holds blanks: {{reason}}), read-only (a write cannot change it, everywhere or from a pod's own network namespace: {{reason}}).",
      enum: ['unknown', 'removed', 'vendor', 'impossible', 'read-only'],
    },
    needs: (want) => (want === 'removed' ? ['kernel'] : []),
    evaluate: keyStatusOp,
    mayHoldFor: keyStatusMayHold,
  },
  valueShape: {
    schema: {
      description:
        "The value against what the key's kernel handler reads (kernel-keys.yaml values): extra-fields (more integers than the key takes; the rest is silently dropped: {{expected}}, {{text}}), out-of-range (an integer outside the range the handler accepts, the write fails with EINVAL: {{expected}}).",
      enum: ['extra-fields', 'out-of-range'],
    },
    evaluate: valueShapeOp,
    mayHoldFor: (_want, key, lists) => !!valueShape(lists.kernelKeys, key),
  },
});
