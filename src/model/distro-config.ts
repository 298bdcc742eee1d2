/**
 * k3s and RKE2 configuration files (`/etc/rancher/{k3s,rke2}/config.yaml` and the drop-ins in
 * `config.yaml.d/*.yaml`, applied in that order, file names alphabetical). Keys are flag names;
 * across files the last value of a key wins, and `key+:` appends to the value so far instead of
 * replacing it (k3s's config loader, which RKE2 uses too: `configfilearg.MustParse`). Component
 * arguments are lists of `flag=value` (`--` optional; `flag+=`/`flag-=` add to k3s's own
 * defaults), and a component reads a repeated flag's last value.
 *
 * A source reports each file's entries; the files of one configuration (one `config.yaml` and
 * its drop-ins) are combined here into the cluster facts they imply, located at the entry that
 * decides each of them.
 */
import type { Span } from '../core/span';
import type { ClusterFact } from './cluster';
import { canonicalKey } from './keys';

export interface DistroConfigValue {
  text: string;
  file: string;
  span: Span;
}

export interface DistroConfigEntry {
  /** The flag name without a trailing `+`. */
  key: string;
  append: boolean;
  file: string;
  keySpan: Span;
  values: DistroConfigValue[];
}

export interface DistroConfigFile {
  kind: 'distroConfig';
  /** `k3s`, `RKE2`, or `k3s or RKE2` when the path does not say. */
  distro: string;
  /** The configuration the file belongs to: its `config.yaml`, for the drop-ins too. */
  set: string;
  file: string;
  entries: DistroConfigEntry[];
}

/** The configuration a file belongs to: `a/config.yaml.d/x.yaml` -> `a/config.yaml`. */
export function distroConfigSet(display: string): string {
  const m = /^(.*?config\.ya?ml)\.d\/[^/]+$/.exec(display);
  return m ? (m[1] as string) : display;
}

const COMPONENT_ARG = /^\s*(?:--)?([A-Za-z0-9-]+)[+-]?=(.*)$/s;

interface Located {
  value: string;
  at: DistroConfigValue;
}

/** The last `flag=value` of a component's argument list. */
function lastArg(values: DistroConfigValue[], flag: string): Located | undefined {
  let found: Located | undefined;
  for (const v of values) {
    const m = COMPONENT_ARG.exec(v.text);
    if (m && m[1] === flag) found = { value: (m[2] as string).trim(), at: v };
  }
  return found;
}

/** A bare boolean component flag (`protect-kernel-defaults`, `--protect-kernel-defaults`). */
function bareFlag(values: DistroConfigValue[], flag: string): DistroConfigValue | undefined {
  return values.filter((v) => v.text.trim().replace(/^--/, '') === flag).pop();
}

/**
 * The cluster facts of one configuration, from its files in the order they are loaded: the
 * NodePort range (`service-node-port-range`, overridden by `kube-apiserver-arg`), kube-proxy's
 * mode (`kube-proxy-arg` `proxy-mode=`), kubelet's `allowed-unsafe-sysctls` and
 * `protect-kernel-defaults` (`kubelet-arg`, the top-level flag, RKE2's CIS profile).
 */
export function distroConfigFacts(files: DistroConfigFile[]): ClusterFact[] {
  const merged = new Map<string, DistroConfigValue[]>();
  for (const f of files) {
    for (const e of f.entries) merged.set(e.key, e.append ? [...(merged.get(e.key) ?? []), ...e.values] : [...e.values]);
  }
  const distro = files[0]?.distro ?? 'k3s or RKE2';
  const out: ClusterFact[] = [];
  const source = (what: string, at: DistroConfigValue) => `${distro} ${what} in ${at.file}`;
  const apiserver = lastArg(merged.get('kube-apiserver-arg') ?? [], 'service-node-port-range');
  const topLevel = (merged.get('service-node-port-range') ?? []).at(-1);
  if (apiserver) out.push({ kind: 'nodePortRange', value: apiserver.value, file: apiserver.at.file, span: apiserver.at.span, source: source('kube-apiserver-arg service-node-port-range', apiserver.at) });
  else if (topLevel) out.push({ kind: 'nodePortRange', value: topLevel.text, file: topLevel.file, span: topLevel.span, source: source('service-node-port-range', topLevel) });
  // `disable-kube-proxy: true` (RKE2, k3s): no kube-proxy runs, so its mode says nothing.
  const noKubeProxy = /^true$/i.test((merged.get('disable-kube-proxy') ?? []).at(-1)?.text.trim() ?? '');
  const mode = noKubeProxy ? undefined : lastArg(merged.get('kube-proxy-arg') ?? [], 'proxy-mode');
  if (mode) out.push({ kind: 'kubeProxyMode', value: mode.value, file: mode.at.file, span: mode.at.span, source: source('kube-proxy-arg proxy-mode', mode.at) });
  const kubelet = merged.get('kubelet-arg') ?? [];
  const allowed = lastArg(kubelet, 'allowed-unsafe-sysctls');
  if (allowed) {
    const list = allowed.value
      .split(',')
      .map((s) => canonicalKey(s.trim()))
      .filter(Boolean);
    out.push({ kind: 'allowedUnsafeSysctls', value: list, file: allowed.at.file, span: allowed.at.span, source: source('kubelet-arg allowed-unsafe-sysctls', allowed.at) });
  }
  const protect = protectKernelDefaults(kubelet, merged, source);
  if (protect) out.push(protect);
  return out;
}

/**
 * kubelet's protectKernelDefaults: a `kubelet-arg` wins (it is passed after the distribution's
 * own arguments), then the top-level `protect-kernel-defaults` flag, then RKE2's CIS profile,
 * which turns the flag on (`profile: cis`, `cis-1.23`...).
 */
function protectKernelDefaults(kubelet: DistroConfigValue[], merged: Map<string, DistroConfigValue[]>, source: (what: string, at: DistroConfigValue) => string): ClusterFact | undefined {
  const fact = (value: boolean, at: DistroConfigValue, what: string): ClusterFact => ({ kind: 'protectKernelDefaults', value, file: at.file, span: at.span, source: source(what, at) });
  const arg = lastArg(kubelet, 'protect-kernel-defaults');
  if (arg) return fact(arg.value === '' || arg.value === 'true', arg.at, 'kubelet-arg protect-kernel-defaults');
  const bare = bareFlag(kubelet, 'protect-kernel-defaults');
  if (bare) return fact(true, bare, 'kubelet-arg protect-kernel-defaults');
  const flag = (merged.get('protect-kernel-defaults') ?? []).at(-1);
  if (flag) return fact(/^(true|yes|on|t|1)$/i.test(flag.text.trim()), flag, 'protect-kernel-defaults');
  const profile = (merged.get('profile') ?? []).at(-1);
  if (profile && /^cis/.test(profile.text.trim())) return fact(true, profile, `profile ${profile.text.trim()} (CIS mode turns protect-kernel-defaults on)`);
  return undefined;
}
