import { compareVersions, parseVersion } from '../../model/version';
import { isGlobKey } from '../../model/keys';
import { kernelKeyStatus, moduleForKey, moduleLoaded } from '../lists';
import type { Operator } from './index';

/** True when the key belongs to a module that the image does not load at boot. */
export const moduleNotLoadedOp: Operator<true> = (s, _arg, env) => {
  // A running kernel that reports the key has the module loaded.
  if (env.node.provenance === 'live') return { holds: false };
  const entry = moduleForKey(env.lists.moduleKeys, s.key);
  if (!entry || moduleLoaded(entry, env.node.modules)) return { holds: false };
  return { holds: true, vars: { module: entry.module } };
};

/**
 * `removed`: the kernel key list says the key was removed, and the target kernel (when
 * known) is at or after that version. `unknown`: the key is under a prefix the list covers
 * completely but is not in it.
 */
export const keyStatusOp: Operator<'unknown' | 'removed'> = (s, want, env) => {
  // A key a running kernel reports exists in that kernel, whatever the key list says.
  if (env.node.provenance === 'live') return { holds: false };
  const st = kernelKeyStatus(env.lists.kernelKeys, s.key);
  // A glob that matches no documented key is not a misspelt key: it simply matches nothing.
  if (want === 'unknown') return { holds: st.status === 'unknown' && !isGlobKey(s.key) };
  if (st.status !== 'known' || !st.info.removed) return { holds: false };
  const removed = st.info.removed;
  const kernel = env.node.context.kernel?.value;
  const removedVersion = parseVersion(removed);
  if (kernel && removedVersion && compareVersions(kernel, removedVersion) < 0) return { holds: false };
  return { holds: true, vars: { removedIn: removed === 'unknown' ? 'a kernel release the key list does not record' : `Linux ${removed}` } };
};
