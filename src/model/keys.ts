/**
 * Sysctl key spelling. The kernel exposes /proc/sys/a/b/c; configuration files may write
 * either `a.b.c` or `a/b/c`. procps (`slashdot()`) and systemd (`sysctl_normalize()`) both
 * look at the FIRST separator: if it is `/`, the key is a path and dots inside it are part
 * of a name (`net/ipv4/conf/eth0.100/rp_filter`); if it is `.`, dots separate and slashes
 * stand for dots inside a name (`net.ipv4.conf.eth0/100.rp_filter`). The canonical form used
 * throughout sysctl-lint is the dotted one.
 */
import { compileGlob, type Glob } from '../core/glob';

export function canonicalKey(raw: string): string {
  // A leading separator is not part of the name (`/net/ipv4/...` as written by some scripts);
  // it still says which spelling the key uses.
  const k = raw.trim();
  const lead = /^[./]+/.exec(k)?.[0] ?? '';
  const rest = k.slice(lead.length);
  const slash = rest.indexOf('/');
  const dot = rest.indexOf('.');
  const pathStyle = lead.startsWith('/') || (slash >= 0 && (dot < 0 || slash < dot));
  return pathStyle ? swapSeparators(rest) : rest;
}

function swapSeparators(k: string): string {
  let out = '';
  for (const ch of k) out += ch === '/' ? '.' : ch === '.' ? '/' : ch;
  return out;
}

export function isGlobKey(key: string): boolean {
  return /[*?[]/.test(key);
}

/** glob(7) over a canonical key: wildcards never cross a `.` separator. */
export function keyGlob(pattern: string): Glob {
  return compileGlob(pattern, '.');
}

/**
 * Selector matching used by policies: an exact key, a glob (segment wildcards) or `**` as a
 * suffix for "this key and everything below it".
 */
export function selectorMatches(selector: string, key: string): boolean {
  let matcher = selectorCache.get(selector);
  if (!matcher) {
    matcher = compileSelector(selector);
    selectorCache.set(selector, matcher);
  }
  return matcher(key);
}

// Policies ask the same few selectors about every key of every node: compile each once.
const selectorCache = new Map<string, (key: string) => boolean>();

function compileSelector(selector: string): (key: string) => boolean {
  if (selector === '**') return () => true;
  if (selector.endsWith('.**')) {
    const prefix = selector.slice(0, -3);
    const below = prefix + '.';
    if (!isGlobKey(prefix)) return (key) => key === prefix || key.startsWith(below);
    // Wildcards never cross a dot, so "the first segments match" is the prefix's pattern
    // followed by a dot or the end of the key.
    const glob = keyGlob(prefix);
    return (key) => key === prefix || key.startsWith(below) || glob.testPrefix(key);
  }
  if (!isGlobKey(selector)) return (key) => key === selector;
  const glob = keyGlob(selector);
  return (key) => key === selector || glob.test(key);
}

/**
 * The kernel namespace kubelet files a sysctl under (`NamespacedBy` in
 * component-helpers/node/util/sysctl): IPC for `kernel.sem`, `kernel.shm*`, `kernel.msg*` and
 * `fs.mqueue.*`, net for `net.*`, none for everything else (node-global).
 */
export function kernelNamespaceOf(key: string): 'net' | 'ipc' | 'none' {
  if (key === 'kernel.sem' || key.startsWith('kernel.shm') || key.startsWith('kernel.msg') || key.startsWith('fs.mqueue.')) return 'ipc';
  if (key.startsWith('net.')) return 'net';
  return 'none';
}

/**
 * Keys whose write is an action, not a setting (ip-sysctl.rst route/flush; vm.rst drop_caches
 * and compact_memory): there is no value to keep, so a write of one is never "lost at reboot".
 */
const ACTION_KEYS = new Set(['net.ipv4.route.flush', 'net.ipv6.route.flush', 'vm.drop_caches', 'vm.compact_memory']);

export function isActionKey(key: string): boolean {
  return ACTION_KEYS.has(key);
}
