/**
 * The effective settings of a node as `sysctl-lint show` and the HTML report present them: per
 * key, the final value under each applier (systemd-sysctl, procps, or a running kernel), the
 * line that set it and the lines it overrode, oldest first. A compact copy of what the model
 * computed (src/model/precedence.ts), made while the node is judged: it keeps strings and spans,
 * not the node's parsed files, so memory stays small when the model is dropped.
 */
import type { Span } from '../core/span';
import { isGlobKey, selectorMatches } from './keys';
import type { AppliedState, Assignment, EffectiveSetting, NodeModel } from './types';

export interface SettingLine {
  value: string;
  file: string;
  span: Span;
  /** What wrote it when it is not a plain sysctl file line (`runcmd[2]: sysctl -w`). */
  via?: string;
}

export interface AppliedValue extends SettingLine {
  /** Earlier assignments the final one overrides, oldest first. */
  overridden: SettingLine[];
  /** The value comes from a glob assignment (`net.ipv4.conf.*.rp_filter`). */
  viaGlob?: boolean;
}

export type ViewApplier = 'systemd' | 'procps' | 'live';

export interface KeySettings {
  key: string;
  values: Partial<Record<ViewApplier, AppliedValue>>;
  /** systemd-sysctl and procps end with different values. */
  differs: boolean;
}

export interface NodeSettings {
  id: string;
  label: string;
  scope: NodeModel['scope'];
  /** `live`: a running kernel's values (--live, --live-snapshot). */
  provenance: 'files' | 'live';
  /** The files the node's appliers read, as shown to users. */
  files: string[];
  settings: KeySettings[];
}

const line = (a: Assignment): SettingLine => ({ value: a.value, file: a.file, span: a.keySpan, ...(a.via ? { via: a.via } : {}) });

function applied(s: EffectiveSetting): AppliedValue {
  // A link to a file that is applied too repeats its lines: they are not overrides anybody wrote.
  const overridden = s.overridden.filter((o) => o !== s.winner && !(o.file === s.winner.file && o.keySpan.start === s.winner.keySpan.start)).map(line);
  return { ...line(s.winner), overridden, ...(s.viaGlob ? { viaGlob: true } : {}) };
}

const norm = (v: string) => v.trim().split(/\s+/).join(' ');

function keysOf(state: AppliedState): Map<string, EffectiveSetting> {
  const out = new Map<string, EffectiveSetting>();
  for (const [k, s] of state.effective) out.set(k, s);
  for (const g of state.globs) if (!out.has(g.key)) out.set(g.key, g);
  return out;
}

/** The settings of a node, filtered by key selectors (globs such as `net.ipv4.*` or `net.**`). */
export function nodeSettings(node: NodeModel, keyFilter?: readonly string[]): NodeSettings {
  const byKey = new Map<string, KeySettings>();
  for (const state of node.states) {
    for (const [key, s] of keysOf(state)) {
      if (keyFilter?.length && !keyFilter.some((sel) => selectorMatches(sel, key) || (isGlobKey(key) && sel === key))) continue;
      let k = byKey.get(key);
      if (!k) byKey.set(key, (k = { key, values: {}, differs: false }));
      k.values[state.applier] = applied(s);
    }
  }
  for (const k of byKey.values()) {
    const { systemd, procps } = k.values;
    k.differs = !!systemd !== !!procps || (!!systemd && !!procps && norm(systemd.value) !== norm(procps.value));
    // A node read by one applier only (--applier) has nothing to differ from.
    if (node.states.filter((s) => s.applier !== 'live').length < 2) k.differs = false;
  }
  // The files the appliers read, and those that hold the node's other writes (commands, pod sysctls).
  const files = new Set(node.states.flatMap((s) => s.files.map((f) => f.file)));
  for (const k of byKey.values()) {
    for (const v of Object.values(k.values)) {
      if (!v) continue;
      files.add(v.file);
      for (const o of v.overridden) files.add(o.file);
    }
  }
  return {
    id: node.id,
    label: node.label,
    scope: node.scope,
    provenance: node.provenance ?? 'files',
    files: [...files],
    settings: [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
  };
}
