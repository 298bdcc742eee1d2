/**
 * How systemd-sysctl and procps `sysctl --system` turn a set of files into the values the
 * kernel ends up with (sysctl.d(5), standard-conf(7), procps sysctl.c):
 *
 * 1. Files with the same name: the one in the highest-priority directory wins and masks the
 *    others; a symlink to /dev/null (or an empty file) masks without contributing.
 * 2. Surviving files are applied in byte order of their NAME, whatever their directory.
 * 3. procps additionally reads /etc/sysctl.conf last; systemd >= 207 never reads it.
 * 4. systemd keeps an ordered map: a later assignment with a different value replaces the
 *    earlier one and moves to the end; only the final value is written. procps writes every
 *    line in order, so the last write wins too.
 * 5. An explicit key anywhere beats every glob that matches it, regardless of order; `-glob`
 *    lines exclude keys from globs.
 */
import type { Glob } from '../core/glob';
import { isGlobKey, keyGlob } from './keys';
import { completeSplitWrite } from './partial-write';
import type { AppliedState, Applier, Assignment, EffectiveSetting, MaskedFile, NodeFile } from './types';
import { derivedOnce } from '../core/memo';

export interface FileSelection {
  /** Files each applier reads, in apply order. */
  systemd: NodeFile[];
  procps: NodeFile[];
  masked: MaskedFile[];
}

/**
 * strcmp() on the UTF-8 bytes of two names. UTF-8 byte order is code point order, so the
 * strings are compared code point by code point without encoding them into two Buffers per
 * comparison. Plain `<` would compare UTF-16 code units, which differs for astral characters
 * against U+E000-U+FFFF.
 */
export function byteCompare(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; ) {
    const ca = a.codePointAt(i) as number;
    const cb = b.codePointAt(i) as number;
    if (ca !== cb) return ca < cb ? -1 : 1;
    i += ca > 0xffff ? 2 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

export function selectFiles(files: NodeFile[]): FileSelection {
  const dropIns = files.filter((f) => f.dirRank >= 0);
  const sysctlConf = files.filter((f) => f.dirRank === -1);
  const byName = new Map<string, NodeFile[]>();
  for (const f of dropIns) {
    const list = byName.get(f.name) ?? [];
    list.push(f);
    byName.set(f.name, list);
  }
  const masked: MaskedFile[] = [];
  const winners: NodeFile[] = [];
  for (const list of byName.values()) {
    list.sort((a, b) => a.dirRank - b.dirRank);
    const [winner, ...losers] = list as [NodeFile, ...NodeFile[]];
    for (const l of losers) masked.push({ file: l, by: winner });
    if (!winner.devNull) winners.push(winner);
  }
  winners.sort((a, b) => byteCompare(a.name, b.name) || byteCompare(a.file, b.file));
  return { systemd: winners, procps: [...winners, ...sysctlConf], masked };
}

/**
 * Applies files then runtime writes for one applier. `ordered` mimics systemd's ordered map
 * (a changed value moves to the end); procps writes every line, which ends in the same final
 * values but a different intermediate order.
 */
export function applyFiles(applier: Applier, files: NodeFile[], runtime: Assignment[], toAssignment: (f: NodeFile) => Assignment[]): AppliedState {
  // In the order each applier ends up writing the keys: the explicit table is the node's
  // effective settings as it stands.
  const explicit = new Map<string, EffectiveSetting>();
  const globs = new Map<string, EffectiveSetting>();
  const exclusions: string[] = [];
  const sequential: Assignment[] = [];
  const write = (written: Assignment) => {
    const table = written.isGlob ? globs : explicit;
    const setting = table.get(written.key);
    const a = completeSplitWrite(written, setting?.winner.value);
    sequential.push(a);
    if (!setting) {
      table.set(a.key, { key: a.key, winner: a, overridden: [], viaGlob: a.isGlob });
      return;
    }
    const previous = setting.winner;
    setting.overridden.push(previous);
    setting.winner = a;
    if (applier === 'procps' || previous.value !== a.value) {
      // systemd: "Overwriting earlier assignment" re-inserts the key at the end of the map.
      table.delete(a.key);
      table.set(a.key, setting);
    }
  };
  // Indexed loops: this runs for every node, mostly before the code is optimized, where a
  // for..of allocates an iterator result per element.
  for (let i = 0; i < files.length; i++) {
    const f = files[i] as NodeFile;
    const assignments = toAssignment(f);
    for (let j = 0; j < assignments.length; j++) write(assignments[j] as Assignment);
    const excluded = f.parsed.exclusions;
    for (let j = 0; j < excluded.length; j++) exclusions.push((excluded[j] as (typeof excluded)[number]).pattern);
  }
  for (let i = 0; i < runtime.length; i++) write(runtime[i] as Assignment);
  let writes = sequential;
  if (applier !== 'procps') {
    writes = [];
    explicit.forEach((setting) => writes.push(setting.winner));
  }
  const globList: EffectiveSetting[] = [];
  globs.forEach((setting) => globList.push(setting));
  return { applier, effective: explicit, globs: globList, exclusions, files, writes };
}

/**
 * The setting in force for `key` under one applier: an explicit assignment if any, otherwise
 * the last glob that matches and is not excluded.
 */
export function lookup(state: AppliedState, key: string): EffectiveSetting | undefined {
  const direct = state.effective.get(key);
  if (direct) return direct;
  if (!state.globs.length || isGlobKey(key)) return undefined;
  const { globs, excluded } = compiledGlobs(state);
  let found: EffectiveSetting | undefined;
  for (let i = 0; i < globs.length; i++) {
    if ((globs[i] as Glob).test(key) && !excluded(key)) found = state.globs[i];
  }
  return found;
}

interface CompiledGlobs {
  /** The glob lines' patterns, in the order of `state.globs`. */
  globs: Glob[];
  /** Whether a `-` line excludes the key from every glob. */
  excluded: (key: string) => boolean;
}

// Policies look up dozens of keys in a node whose files hold glob lines (systemd's
// 50-default.conf has several); each pattern is compiled once per applier state, not per lookup.
const compiledGlobsCache = new WeakMap<AppliedState, CompiledGlobs>();

function compiledGlobs(state: AppliedState): CompiledGlobs {
  return derivedOnce(compiledGlobsCache, state, compileGlobs);
}

function compileGlobs(state: AppliedState): CompiledGlobs {
  const exact = new Set(state.exclusions);
  const patterns = state.exclusions.filter(isGlobKey).map(keyGlob);
  return { globs: state.globs.map((g) => keyGlob(g.key)), excluded: (key) => exact.has(key) || patterns.some((p) => p.test(key)) };
}
