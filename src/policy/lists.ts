/**
 * Data the operators consult: the kernel's documented keys (policies/lists/kernel-keys.yaml)
 * and which module creates which keys (policies/lists/module-keys.yaml). Keeping them as
 * data keeps version facts out of operator code.
 */
import { compileGlob } from '../core/glob';
import { selectorMatches } from '../model/keys';
import { derivedOnce } from '../core/memo';

interface KernelKeyInfo {
  added?: string;
  removed?: string;
  /** The key exists only in these vendors' kernels (a distribution patch): which ones. */
  vendor?: string;
  note?: string;
}

/** Keys a write cannot change: everywhere, or in every network namespace but the initial one. */
export interface ReadOnlyKeys {
  keys: string[];
  where: 'always' | 'outside-init-netns';
  reason: string;
}

/** How many integers a key takes and the range its handler accepts. */
export interface KeyValueShape {
  keys: string[];
  fields: number;
  min?: number;
  max?: number;
}

export interface KernelKeyList {
  complete: string[];
  dynamic: Array<{ pattern: string; names: string[] }>;
  keys: Record<string, KernelKeyInfo>;
  /** The directories directly below /proc/sys. */
  topLevel?: string[];
  readOnly?: ReadOnlyKeys[];
  values?: KeyValueShape[];
}

export interface ModuleKeyList {
  modules: Array<{ module: string; keys: string[]; loadedWith?: string[]; defaults?: Record<string, string>; note?: string }>;
}

/** kubelet's safe sysctls (policies/lists/pod-safe-sysctls.yaml): allowed in pods by default. */
export interface PodSafeSysctlList {
  sysctls: Array<{ name: string; since: string; kernel?: string; note?: string }>;
}

export interface PolicyLists {
  kernelKeys: KernelKeyList;
  moduleKeys: ModuleKeyList;
  podSafeSysctls: PodSafeSysctlList;
}

export type KeyStatus = { status: 'known'; info: KernelKeyInfo } | { status: 'unknown' } | { status: 'uncovered' };

/**
 * The answer of `compute` for one key of one list, computed once: the entry lookups below test
 * every selector of a list against the key, and several policies ask them about every line of
 * every node (the same few hundred keys). Answers are kept per list object, so a run's lists
 * and a test's lists never share them; `null` stands for "no answer" in the cache.
 */
function memoPerKey<L extends object, T>(cache: WeakMap<L, Map<string, T | null>>, list: L, key: string, compute: (list: L, key: string) => T | undefined): T | undefined {
  const perList = derivedOnce(cache, list, newAnswerMap<T | null>);
  const known = perList.get(key);
  if (known !== undefined) return known ?? undefined;
  const answer = compute(list, key);
  // A hostile tree can hold millions of distinct keys: past the bound, answers are computed
  // without being kept, so the cache stays small and the answers stay the same.
  if (perList.size < MEMO_KEYS_PER_LIST) perList.set(key, answer ?? null);
  return answer;
}

function newAnswerMap<T>(): Map<string, T> {
  return new Map();
}

/** Distinct keys whose answers are kept per list and lookup (real trees use a few hundred). */
export const MEMO_KEYS_PER_LIST = 4096;

type ModuleEntry = ModuleKeyList['modules'][number];
const statusCache = new WeakMap<KernelKeyList, Map<string, KeyStatus | null>>();
const moduleEntryCache = new WeakMap<ModuleKeyList, Map<string, ModuleEntry | null>>();
const readOnlyCache = new WeakMap<KernelKeyList, Map<string, ReadOnlyKeys | null>>();
const valueShapeCache = new WeakMap<KernelKeyList, Map<string, KeyValueShape | null>>();
const impossibleCache = new WeakMap<KernelKeyList, Map<string, string | null>>();

/** Looks a key up in the kernel key list. `uncovered`: the list makes no claim about it. */
export function kernelKeyStatus(list: KernelKeyList, key: string): KeyStatus {
  return memoPerKey(statusCache, list, key, computeKeyStatus) as KeyStatus;
}

function computeKeyStatus(list: KernelKeyList, key: string): KeyStatus {
  const info = list.keys[key];
  if (info) return { status: 'known', info };
  const segs = key.split('.');
  for (const d of list.dynamic) {
    const pat = d.pattern.split('.');
    if (pat.length !== segs.length) continue;
    let ok = true;
    for (let i = 0; i < pat.length - 1; i++) if (pat[i] !== '*' && pat[i] !== segs[i]) ok = false;
    if (!ok) continue;
    const last = segs[segs.length - 1] as string;
    if (d.names.includes(last)) return { status: 'known', info: {} };
    return { status: 'unknown' };
  }
  const covered = list.complete.some((p) => key === p || key.startsWith(p + '.'));
  // Keys under a prefix that is itself a dynamic pattern's parent (net.ipv4.conf.X.Y) were handled above.
  return covered ? { status: 'unknown' } : { status: 'uncovered' };
}

export function moduleForKey(list: ModuleKeyList, key: string): ModuleEntry | undefined {
  return memoPerKey(moduleEntryCache, list, key, findModuleEntry);
}

function findModuleEntry(list: ModuleKeyList, key: string): ModuleEntry | undefined {
  return list.modules.find((m) => m.keys.some((sel) => selectorMatches(sel, key)));
}

/** Whether `module` ends up loaded, directly or as a dependency of a loaded module. */
export function moduleLoaded(entry: ModuleKeyList['modules'][number], loaded: Set<string>): boolean {
  if (loaded.has(entry.module)) return true;
  // Module names have no separator: `/` never occurs, so `*` spans the whole name.
  const pulls = (entry.loadedWith ?? []).map((g) => compileGlob(g, '/'));
  for (const m of loaded) if (pulls.some((re) => re.test(m))) return true;
  return false;
}

export function readOnlyEntry(list: KernelKeyList, key: string): ReadOnlyKeys | undefined {
  return memoPerKey(readOnlyCache, list, key, findReadOnlyEntry);
}

function findReadOnlyEntry(list: KernelKeyList, key: string): ReadOnlyKeys | undefined {
  return list.readOnly?.find((r) => r.keys.some((sel) => selectorMatches(sel, key)));
}

export function valueShape(list: KernelKeyList, key: string): KeyValueShape | undefined {
  return memoPerKey(valueShapeCache, list, key, findValueShape);
}

function findValueShape(list: KernelKeyList, key: string): KeyValueShape | undefined {
  return list.values?.find((v) => v.keys.some((sel) => selectorMatches(sel, key)));
}

/**
 * Why a key cannot exist on any kernel, or undefined: its first component is not a directory
 * below /proc/sys, or it holds blanks (no name under /proc/sys does: interface names cannot
 * contain whitespace either).
 */
export function impossibleKey(list: KernelKeyList, key: string): string | undefined {
  return memoPerKey(impossibleCache, list, key, whyImpossible);
}

function whyImpossible(list: KernelKeyList, key: string): string | undefined {
  if (/\s/.test(key)) return 'it contains blanks, and no name under /proc/sys does';
  const first = key.split('.', 1)[0] as string;
  if (!list.topLevel?.length || /[*?[]/.test(first)) return undefined;
  if (list.topLevel.includes(first)) return undefined;
  return key.includes('.') ? `/proc/sys has no directory ${first}` : 'it has no directory part (/proc/sys/<directory>/.../<name>)';
}
