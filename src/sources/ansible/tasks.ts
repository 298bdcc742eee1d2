/**
 * What Ansible tasks do to a host's kernel settings, in the order they run:
 *
 * - `sysctl` / `ansible.posix.sysctl` / `ansible.builtin.sysctl` (`name`/`key`, `value`/`val`,
 *   `state`, `sysctl_file`, default /etc/sysctl.conf): the module rewrites the file, so a key
 *   set again replaces its line and `state: absent` removes it; `yes`/`true`/`on` become `1`;
 * - `lineinfile` (`line`, `state: absent` with `line` or `regexp`), `blockinfile` (`block`,
 *   with its marker lines), `copy` (`content`, or `src` from the role's `files/`) and `template`
 *   (`src` from the role's `templates/`, linted as the file it becomes) into sysctl files;
 * - `shell`, `command`, `raw` and `script` tasks through the shell analyzer: they run once, so a
 *   `sysctl -w` that no file persists is lost at the next reboot.
 *
 * Tasks are found in plays (`tasks`, `pre_tasks`, `post_tasks`, `handlers`), task files and
 * `block`/`rescue`/`always`, each looped over its literal or directly linked items.
 */
import path from 'node:path';
import type { Span } from '../../core/span';
import { canonicalKey, isGlobKey } from '../../model/keys';
import type { WriteTiming } from '../../model/types';
import { ProvisionFacts, type ProvisionStep } from '../provisioning/facts';
import { analyzeScript, isModulesFilePath, isSysctlFilePath } from '../shell/index';
import { parseModulesList } from '../../model/modules';
import type { ParsedSysctl, SysctlAssignment, SysctlSyntaxIssue } from '../../model/facts';
import { parseSysctl } from '../sysctl-conf/parse';
import type { RelatedFile, SourceInput } from '../types';
import { readTemplateAsSysctl } from '../template/sysctl-template';
import { get, isMap, isScalar, isSeq, itemsOf, type YNode, type YScalar } from '../yaml/tree';
import { loopItems, renderString, resolveText, varsOf, type Located, type LoopItem, type VarScope } from './vars';

const MODULE_PREFIX = /^(ansible\.(builtin|posix|legacy)|community\.general)\./;
const PLAY_TASK_LISTS = ['pre_tasks', 'tasks', 'post_tasks', 'handlers'];
const BLOCK_LISTS = ['block', 'rescue', 'always'];
const TRUE_VALUES = /^(yes|true|on|1)$/i;
const FALSE_VALUES = /^(no|false|off|0)$/i;

/** One sysctl file as the tasks leave it. */
interface FileState {
  lines: SysctlAssignment[];
  issues: SysctlSyntaxIssue[];
  location: { file: string; span: Span };
  step: ProvisionStep;
  mode: 'create' | 'edit';
  order: number;
}

export class AnsibleRun {
  readonly facts: ProvisionFacts;
  readonly consumed: RelatedFile[] = [];
  private readonly files = new Map<string, FileState>();
  private taskIndex = 0;

  constructor(
    private readonly input: SourceInput,
    /** Directories whose `templates/` and `files/` hold a task's `src` (the role's, the playbook's). */
    private readonly srcDirs: string[],
    private readonly timing: WriteTiming,
  ) {
    this.facts = new ProvisionFacts(input.display);
  }

  /** A playbook (plays) or a task file (tasks), at the top of a document. */
  document(root: YNode | null | undefined, scope: VarScope): void {
    for (const entry of itemsOf(root)) {
      if (!isMap(entry)) continue;
      const isPlay = get(entry, 'hosts') !== undefined || PLAY_TASK_LISTS.some((k) => isSeq(get(entry, k)));
      if (isPlay && get(entry, 'hosts') !== undefined) {
        const playScope = scope.with(varsOf(get(entry, 'vars'), this.input.display));
        for (const k of PLAY_TASK_LISTS) this.tasks(get(entry, k), playScope);
      } else this.task(entry, scope);
    }
  }

  private tasks(list: YNode | null | undefined, scope: VarScope): void {
    for (const t of itemsOf(list)) if (isMap(t)) this.task(t, scope);
  }

  private task(t: YNode, outer: VarScope): void {
    const scope = outer.with(varsOf(get(t, 'vars'), this.input.display));
    if (BLOCK_LISTS.some((k) => isSeq(get(t, k)))) {
      for (const k of BLOCK_LISTS) this.tasks(get(t, k), scope);
      return;
    }
    if (!isMap(t)) return;
    this.taskIndex++;
    const modulePair = t.pairs.find((p) => isScalar(p.key) && MODULE_NAMES.has(p.key.text.replace(MODULE_PREFIX, '')));
    if (!modulePair || !isScalar(modulePair.key)) return;
    const module = modulePair.key.text.replace(MODULE_PREFIX, '');
    const name = get(t, 'name');
    const step: ProvisionStep = { label: isScalar(name) ? `task "${name.text}"` : `task #${this.taskIndex} (${modulePair.key.text})`, timing: this.timing };
    const items = loopItems(t, this.input.display, scope);
    const a = moduleArgs(modulePair.value, get(t, 'args'), module, this.input.display);
    const runs: Array<LoopItem | undefined> = items === undefined ? [undefined] : items;
    // A loop whose items are not known still writes somewhere: its files are recorded, its
    // values are not guessed.
    if (items !== undefined && items.length === 0) runs.push(undefined);
    for (const item of runs) {
      const ctx: TaskContext = { args: a, scope, item, step, moduleKey: modulePair.key, unknownItem: items !== undefined && items.length === 0 };
      switch (module) {
        case 'sysctl':
          this.sysctl(ctx);
          break;
        case 'lineinfile':
          this.lineinfile(ctx);
          break;
        case 'blockinfile':
          this.blockinfile(ctx);
          break;
        case 'copy':
        case 'template':
          this.copy(ctx, module);
          break;
        case 'shell':
        case 'command':
        case 'raw':
          this.shell(ctx);
          break;
        case 'script':
          this.script(ctx);
          break;
      }
    }
  }

  private text(ctx: TaskContext, ...names: string[]) {
    for (const n of names) {
      const v = ctx.args.get(n);
      if (v) return resolveText(v, ctx.scope, ctx.item);
    }
    return undefined;
  }

  private path(ctx: TaskContext, ...names: string[]): { path: string; span: Span } | undefined {
    for (const n of names) {
      const v = ctx.args.get(n);
      if (!v || !isScalar(v.node)) continue;
      const p = renderString(v, ctx.scope, ctx.item);
      return p === undefined ? undefined : { path: p, span: v.node.span };
    }
    return undefined;
  }

  private state(p: string, at: { file: string; span: Span }, step: ProvisionStep, mode: 'create' | 'edit'): FileState {
    let f = this.files.get(p);
    if (!f || mode === 'create') {
      const order = f?.order ?? this.facts.nextStep();
      f = { lines: [], issues: [], location: at, step, mode: f?.mode === 'create' ? 'create' : mode, order };
      this.files.set(p, f);
    }
    return f;
  }

  /** Sets a key in a file the way the sysctl module and lineinfile do: an existing line is replaced in place. */
  private static set(f: FileState, a: SysctlAssignment): void {
    const i = f.lines.findIndex((l) => l.key === a.key);
    if (i >= 0) f.lines[i] = a;
    else f.lines.push(a);
  }

  private sysctl(ctx: TaskContext): void {
    const file = this.path(ctx, 'sysctl_file');
    const fileArg = ctx.args.get('sysctl_file');
    // An unresolvable sysctl_file is still some sysctl file: the values are judged, the place is not.
    const target = file?.path ?? (fileArg ? '/etc/sysctl.d/(sysctl_file not known).conf' : '/etc/sysctl.conf');
    const at = { file: this.input.display, span: file?.span ?? ctx.moduleKey.span };
    const f = this.state(target, at, ctx.step, 'edit');
    const key = this.text(ctx, 'name', 'key');
    if (!key || key.unevaluated || ctx.unknownItem) return;
    const state = this.text(ctx, 'state')?.text ?? 'present';
    const canonical = canonicalKey(key.text.trim());
    if (state === 'absent') {
      f.lines = f.lines.filter((l) => l.key !== canonical);
      return;
    }
    const value = this.text(ctx, 'value', 'val');
    if (!value) return;
    const raw = value.text.trim();
    const normalized = TRUE_VALUES.test(raw) ? '1' : FALSE_VALUES.test(raw) ? '0' : raw;
    AnsibleRun.set(f, {
      key: canonical,
      rawKey: key.text.trim(),
      value: normalized,
      ignoreFailure: false,
      isGlob: isGlobKey(key.text.trim()),
      templated: value.unevaluated,
      keySpan: key.span,
      valueSpan: value.span,
      lineSpan: key.span,
      file: key.file,
    });
  }

  /** Lines of text a task writes, parsed as sysctl lines at their positions. */
  private static parsed(t: { text: string; map: (s: Span) => Span; file: string; unevaluated: boolean }): ParsedSysctl {
    const p = parseSysctl(t.text, t.map);
    return {
      assignments: p.assignments.map((a) => ({ ...a, templated: a.templated || t.unevaluated, file: t.file })),
      exclusions: p.exclusions,
      issues: p.issues.map((i) => ({ ...i, file: t.file })),
    };
  }

  private lineinfile(ctx: TaskContext): void {
    const dest = this.path(ctx, 'path', 'dest', 'destfile', 'name');
    if (!dest || !isSysctlFilePath(dest.path)) return;
    const f = this.state(dest.path, { file: this.input.display, span: dest.span }, ctx.step, 'edit');
    const line = this.text(ctx, 'line', 'value');
    const state = this.text(ctx, 'state')?.text ?? 'present';
    if (state === 'absent') {
      const re = this.text(ctx, 'regexp', 'regex');
      let test: ((s: string) => boolean) | undefined;
      if (re && !re.unevaluated) {
        try {
          const r = new RegExp(re.text);
          test = (s) => r.test(s);
        } catch {
          test = undefined;
        }
      } else if (line && !line.unevaluated) test = (s) => s === line.text.trim();
      if (test) f.lines = f.lines.filter((l) => !test(`${l.rawKey} = ${l.value}`) && !test(`${l.rawKey}=${l.value}`));
      return;
    }
    if (!line || ctx.unknownItem) return;
    const p = AnsibleRun.parsed(line);
    for (const a of p.assignments) AnsibleRun.set(f, a);
    f.issues.push(...p.issues);
  }

  private blockinfile(ctx: TaskContext): void {
    const dest = this.path(ctx, 'path', 'dest', 'destfile', 'name');
    if (!dest || !isSysctlFilePath(dest.path)) return;
    const f = this.state(dest.path, { file: this.input.display, span: dest.span }, ctx.step, 'edit');
    const block = this.text(ctx, 'block', 'content');
    if (!block || ctx.unknownItem) return;
    const p = AnsibleRun.parsed(block);
    for (const a of p.assignments) AnsibleRun.set(f, a);
    f.issues.push(...p.issues);
    // The markers are lines of the file too: one that is not a comment is not an assignment.
    const marker = ctx.args.get('marker');
    const m = marker && resolveText(marker, ctx.scope, ctx.item);
    if (m && !m.unevaluated && !/^\s*[#;]/.test(m.text)) f.issues.push({ code: 'not-assignment', span: m.span, text: m.text.replace('{mark}', 'BEGIN'), file: m.file });
  }

  private copy(ctx: TaskContext, module: 'copy' | 'template'): void {
    const dest = this.path(ctx, 'dest');
    if (!dest) return;
    const srcArg = this.path(ctx, 'src');
    let target = dest.path;
    if (srcArg && (target.endsWith('/') || /\/sysctl\.d$/.test(target))) target = target.replace(/\/?$/, '/') + path.posix.basename(srcArg.path).replace(/\.j2$/, '');
    if (isModulesFilePath(target)) {
      // A modules-load.d file: these modules are loaded before systemd-sysctl at boot.
      this.facts.modulesKnown = true;
      const content = module === 'copy' ? this.text(ctx, 'content') : undefined;
      if (content && !content.unevaluated) for (const m of parseModulesList(content.text)) this.facts.modules.add(m);
      return;
    }
    if (!isSysctlFilePath(target)) return;
    const f = this.state(target, { file: this.input.display, span: dest.span }, ctx.step, 'create');
    const content = module === 'copy' ? this.text(ctx, 'content') : undefined;
    if (content) {
      const p = AnsibleRun.parsed(content);
      f.lines = p.assignments;
      f.issues = p.issues;
      return;
    }
    if (!srcArg || this.text(ctx, 'remote_src')?.text.match(TRUE_VALUES)) return;
    const related = this.source(srcArg.path, module === 'template' ? 'templates' : 'files');
    if (!related) return;
    const p = module === 'template' ? readTemplateAsSysctl(related.text, related.display, 'jinja') : parseSysctl(related.text);
    f.lines = p.assignments.map((a) => ({ ...a, file: related.display }));
    f.issues = p.issues.map((i) => ({ ...i, file: related.display }));
  }

  /** A task's `src`: in the role's (or playbook's) `templates/` or `files/`, or next to the task file. */
  private source(src: string, kind: 'templates' | 'files'): RelatedFile | undefined {
    if (!this.input.readRelated) return undefined;
    const candidates = path.isAbsolute(src) ? [src] : this.srcDirs.flatMap((d) => [path.join(d, kind, src), path.join(d, src)]);
    for (const c of candidates) {
      const r = this.input.readRelated(c);
      if (r) {
        this.consumed.push(r);
        return r;
      }
    }
    return undefined;
  }

  private shell(ctx: TaskContext): void {
    const cmd = ctx.args.get('_raw_params') ?? ctx.args.get('cmd');
    if (!cmd || !isScalar(cmd.node)) return;
    const s = cmd.node;
    if (!/sysctl|\/proc\/sys/.test(s.text)) return;
    this.facts.addShell(analyzeScript(s.text, s.map), ctx.step, cmd.file);
    this.facts.noteKubernetes(s.text, ctx.step.label);
  }

  private script(ctx: TaskContext): void {
    const cmd = ctx.args.get('_raw_params') ?? ctx.args.get('cmd');
    if (!cmd || !isScalar(cmd.node)) return;
    const scriptPath = cmd.node.text.trim().split(/\s+/)[0];
    if (!scriptPath || /\{\{/.test(scriptPath)) return;
    const f = this.source(scriptPath, 'files');
    if (!f || !/sysctl|\/proc\/sys/.test(f.text)) return;
    this.facts.addShell(analyzeScript(f.text), { label: `the script run by ${ctx.step.label}`, timing: ctx.step.timing }, f.display);
  }

  /** Records the files as the tasks leave them. */
  finish(): void {
    for (const [p, f] of this.files) {
      this.facts.files.push({ path: p, order: f.order, location: f.location, mode: f.mode, parsed: { assignments: f.lines, exclusions: [], issues: f.issues }, step: f.step });
    }
  }
}

interface TaskContext {
  args: Map<string, Located>;
  scope: VarScope;
  item: LoopItem | undefined;
  step: ProvisionStep;
  moduleKey: YScalar;
  /** The task loops over items that are not known. */
  unknownItem: boolean;
}

const MODULE_NAMES = new Set(['sysctl', 'lineinfile', 'blockinfile', 'copy', 'template', 'shell', 'command', 'raw', 'script']);

/**
 * A module's parameters: a map, `args:`, or free-form `k=v` words (`sysctl: name=x value=1`);
 * for command modules the free-form text is the command (`_raw_params`).
 */
function moduleArgs(value: YNode | null | undefined, extra: YNode | null | undefined, module: string, file: string): Map<string, Located> {
  const out = new Map<string, Located>();
  const add = (map: YNode | null | undefined) => {
    if (isMap(map)) for (const p of map.pairs) if (isScalar(p.key) && p.value) out.set(p.key.text, { node: p.value, file });
  };
  add(extra);
  add(value);
  if (isScalar(value) && value.value !== null) {
    if (module === 'shell' || module === 'command' || module === 'raw' || module === 'script') {
      // `k=v` words of the command modules (chdir=, creates=) come first; the rest is the command.
      out.set('_raw_params', { node: value, file });
    } else {
      // Ansible's k=v parser keeps a Jinja expression with spaces in one value.
      for (const m of value.text.matchAll(/(\w+)=("([^"]*)"|'([^']*)'|((?:\{\{.*?\}\}|\S)*))/g)) {
        const inner = m[3] ?? m[4] ?? m[5] ?? '';
        const offset = m.index + (m[1] as string).length + 1 + (m[3] !== undefined || m[4] !== undefined ? 1 : 0);
        out.set(m[1] as string, { node: slice(value, offset, inner), file });
      }
    }
  }
  return out;
}

/** A piece of a scalar as a scalar of its own, mapped into the file. */
function slice(s: YScalar, offset: number, text: string): YScalar {
  const span = s.map({ start: offset, end: offset + text.length });
  return { kind: 'scalar', value: text, text, style: 'plain', span, range: span, map: (x) => s.map({ start: x.start + offset, end: x.end + offset }), exact: s.exact };
}
