/**
 * `sysctl-lint show [paths]`: the effective settings of each node, resolved as systemd-sysctl
 * and procps apply them (like `systemd-analyze cat-config sysctl.d`, but with the answer): per
 * key the final value, the file:line that set it and the lines it overrode, oldest first.
 * `--diff A B` compares the node of path A with the node of path B, or with the running kernel
 * (`--live`, `--live-snapshot`). The values come from the model the linter judges
 * (src/model/settings-view.ts); nothing here recomputes precedence.
 */
import path from 'node:path';
import { LineIndex } from '../../core/span';
import type { SourceStore } from '../../inputs/source-store';
import type { AppliedValue, KeySettings, NodeSettings, SettingLine, ViewApplier } from '../../model/settings-view';
import { jsonText, logText as printable, markdownCell as mdCell } from '../../reporters/escape';

const APPLIER_NAMES: Record<ViewApplier, string> = { systemd: 'systemd-sysctl', procps: 'procps', live: 'running kernel' };

class Positions {
  private readonly indexes = new Map<string, LineIndex>();
  constructor(private readonly sources: SourceStore) {}
  at(l: SettingLine): { line: number; column: number } {
    let idx = this.indexes.get(l.file);
    if (!idx) this.indexes.set(l.file, (idx = new LineIndex(this.sources.get(l.file))));
    return idx.position(l.span.start);
  }
  where(l: SettingLine): string {
    const p = this.at(l);
    return `${l.file}:${p.line}:${p.column}${l.via ? ` (${l.via})` : ''}`;
  }
}

/** The value a node ends with for a key, as a diff compares it: systemd's, else procps', else the live one. */
function primary(k: KeySettings): AppliedValue | undefined {
  return k.values.systemd ?? k.values.procps ?? k.values.live;
}

const appliersOf = (k: KeySettings) => (Object.keys(k.values) as ViewApplier[]).filter((a) => k.values[a]);

function lineJson(pos: Positions, l: SettingLine) {
  const p = pos.at(l);
  return { value: l.value, file: l.file, line: p.line, column: p.column, ...(l.via ? { via: l.via } : {}) };
}

function appliedJson(pos: Positions, v: AppliedValue) {
  return { ...lineJson(pos, v), ...(v.viaGlob ? { viaGlob: true } : {}), overridden: v.overridden.map((o) => lineJson(pos, o)) };
}

export function showJson(nodes: NodeSettings[], sources: SourceStore): string {
  const pos = new Positions(sources);
  const out = nodes.map((n) => ({
    id: n.id,
    label: n.label,
    scope: n.scope,
    provenance: n.provenance,
    files: n.files,
    settings: n.settings.map((k) => ({ key: k.key, differs: k.differs, ...Object.fromEntries(appliersOf(k).map((a) => [a, appliedJson(pos, k.values[a] as AppliedValue)])) })),
  }));
  return jsonText(JSON.stringify({ version: 1, nodes: out }, null, 2)) + '\n';
}

function nodeTitle(n: NodeSettings): string {
  const kind = n.provenance === 'live' ? 'running kernel' : n.scope === 'pod' ? 'pod' : n.scope === 'cluster' ? 'cluster' : 'node';
  return `${kind} ${printable(n.label)} (${n.settings.length} key${n.settings.length === 1 ? '' : 's'}${n.files.length ? `, ${n.files.length} file${n.files.length === 1 ? '' : 's'}` : ''})`;
}

export function showText(nodes: NodeSettings[], sources: SourceStore): string {
  const pos = new Positions(sources);
  const out: string[] = [];
  for (const n of nodes) {
    if (out.length) out.push('');
    out.push(nodeTitle(n));
    for (const k of n.settings) {
      const chains = k.differs ? appliersOf(k) : [appliersOf(k)[0] as ViewApplier];
      chains.forEach((a, i) => {
        const v = k.values[a] as AppliedValue;
        const label = k.differs ? ` [${APPLIER_NAMES[a]}]` : '';
        const head = i === 0 ? `  ${printable(k.key)} = ` : `  ${' '.repeat(printable(k.key).length)} = `;
        out.push(`${head}${printable(v.value)}${label}  ${printable(pos.where(v))}${v.viaGlob ? ' (glob)' : ''}${k.differs && i === chains.length - 1 ? '  (systemd-sysctl and procps differ)' : ''}`);
        for (const o of v.overridden) out.push(`      overrides ${printable(o.value)}  ${printable(pos.where(o))}`);
      });
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
}


export function showMarkdown(nodes: NodeSettings[], sources: SourceStore): string {
  const pos = new Positions(sources);
  const out: string[] = [];
  for (const n of nodes) {
    out.push(`## ${mdCell(nodeTitle(n))}`, '', '| Key | Value | Set at | Overrides |', '| --- | --- | --- | --- |');
    for (const k of n.settings) {
      const as = k.differs ? appliersOf(k) : [appliersOf(k)[0] as ViewApplier];
      const value = as.map((a) => `${k.differs ? `${APPLIER_NAMES[a]}: ` : ''}${mdCell((k.values[a] as AppliedValue).value)}`).join('<br>');
      const at = as.map((a) => mdCell(pos.where(k.values[a] as AppliedValue))).join('<br>');
      const over = as.flatMap((a) => (k.values[a] as AppliedValue).overridden.map((o) => `${mdCell(o.value)} (${mdCell(pos.where(o))})`)).join('<br>');
      out.push(`| ${mdCell(k.key)}${k.differs ? ' (differs)' : ''} | ${value} | ${at} | ${over} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** The node named `arg` (its label), else the one whose files lie under `arg` (a path as given), or why there is not exactly one. */
export function nodeAt(nodes: NodeSettings[], arg: string, cwd: string): NodeSettings | string {
  const named = nodes.filter((n) => n.label === arg || n.id === arg);
  if (named.length === 1) return named[0] as NodeSettings;
  const rel = path.relative(cwd, path.resolve(cwd, arg)).split(path.sep).join('/');
  const under = (f: string) => rel === '' || f === rel || f.startsWith(`${rel}/`);
  const found = nodes.filter((n) => n.provenance !== 'live' && (n.files.some(under) || under(n.label)));
  if (found.length === 1) return found[0] as NodeSettings;
  if (!found.length) return `${arg}: no node with sysctl settings there`;
  return `${arg}: ${found.length} nodes (${found.map((n) => JSON.stringify(n.label)).join(', ')}): name one of them by its label`;
}

export interface SettingsDiff {
  a: NodeSettings;
  b: NodeSettings;
  changes: Array<{ key: string; a?: AppliedValue; b?: AppliedValue }>;
}

const norm = (v: string) => v.trim().split(/\s+/).join(' ');

export function diffNodes(a: NodeSettings, b: NodeSettings): SettingsDiff {
  const am = new Map(a.settings.map((k) => [k.key, primary(k)]));
  const bm = new Map(b.settings.map((k) => [k.key, primary(k)]));
  const keys = [...new Set([...am.keys(), ...bm.keys()])].sort();
  const changes: SettingsDiff['changes'] = [];
  for (const key of keys) {
    const x = am.get(key);
    const y = bm.get(key);
    if (x && y && norm(x.value) === norm(y.value)) continue;
    changes.push({ key, ...(x ? { a: x } : {}), ...(y ? { b: y } : {}) });
  }
  return { a, b, changes };
}

export function diffText(d: SettingsDiff, sources: SourceStore): string {
  const pos = new Positions(sources);
  const out = [`--- ${printable(d.a.label)}`, `+++ ${printable(d.b.label)}`];
  for (const c of d.changes) {
    if (c.a) out.push(`- ${printable(c.key)} = ${printable(c.a.value)}  ${printable(pos.where(c.a))}`);
    if (c.b) out.push(`+ ${printable(c.key)} = ${printable(c.b.value)}  ${printable(pos.where(c.b))}`);
  }
  out.push(`${d.changes.length} key${d.changes.length === 1 ? '' : 's'} differ${d.changes.length === 1 ? 's' : ''}`);
  return out.join('\n') + '\n';
}

export function diffJson(d: SettingsDiff, sources: SourceStore): string {
  const pos = new Positions(sources);
  const side = (n: NodeSettings) => ({ id: n.id, label: n.label, provenance: n.provenance });
  const changes = d.changes.map((c) => ({ key: c.key, ...(c.a ? { a: lineJson(pos, c.a) } : {}), ...(c.b ? { b: lineJson(pos, c.b) } : {}) }));
  return jsonText(JSON.stringify({ version: 1, a: side(d.a), b: side(d.b), changes }, null, 2)) + '\n';
}

export function diffMarkdown(d: SettingsDiff, sources: SourceStore): string {
  const pos = new Positions(sources);
  const cell = (v?: AppliedValue) => (v ? `${mdCell(v.value)} (${mdCell(pos.where(v))})` : '(not set)');
  const out = [`| Key | ${mdCell(d.a.label)} | ${mdCell(d.b.label)} |`, '| --- | --- | --- |'];
  for (const c of d.changes) out.push(`| ${mdCell(c.key)} | ${cell(c.a)} | ${cell(c.b)} |`);
  return out.join('\n') + '\n';
}
