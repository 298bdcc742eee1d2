/**
 * Finds what shell commands do to kernel settings: writes (`sysctl -w k=v`, `sysctl k=v`,
 * `echo v > /proc/sys/...`, `... | tee /proc/sys/...`), re-applications of the sysctl files
 * (`sysctl --system`, `sysctl -p [file]`, `systemctl restart systemd-sysctl`, a reboot) and
 * writes to sysctl configuration files (`cat >> /etc/sysctl.conf <<EOF`, `tee -a
 * /etc/sysctl.d/x.conf`, `echo k=v >> ...`, `sed -i`, `cp`), every key at its exact position
 * in the real file. One library for cloud-init, container commands and scripts.
 *
 * Commands are looked through wrappers (`sudo`, `env`, `exec`, `nsenter`, `busybox`,
 * `chroot`...) and into `sh -c STRING` (recursively, positions mapped into the string).
 * What is not understood is left alone rather than guessed: variables and command
 * substitutions are never evaluated (a write whose key or value contains one is marked
 * `unevaluated`), control flow is read as a plain sequence (both branches of an `if` count),
 * functions, aliases and `$(...)` bodies are not analysed.
 */
import type { Span, SpanMapper } from '../../core/span';
import { canonicalKey, isGlobKey } from '../../model/keys';
import { contentIsLiteral, echoOutput, parseContentAsSysctl, heredocOutput, hereStringOutput, printfOutput, type Content } from './content';
import { LIMITS, tooLargeToAnalyze } from '../../core/limits';
import { isLiteral, parseShell, type LexIssue, type Redirect, type ShellWord, type SimpleCommand } from './lexer';

/** A value written into the kernel by a command. */
export interface SysctlWrite {
  /** Position in execution order among all facts of one analysis. */
  order: number;
  /** Canonical dotted key. */
  key: string;
  /** The key as written (`net.ipv4.ip_forward`, or `net/ipv4/ip_forward` from a /proc/sys path). */
  rawKey: string;
  /** The value the kernel receives (for a word-split value: the first word only). */
  value: string;
  keySpan: Span;
  valueSpan: Span;
  commandSpan: Span;
  /** How it is written, for messages: `sysctl -w`, `sysctl`, `echo > /proc/sys`, `tee /proc/sys`. */
  command: string;
  method: 'sysctl' | 'proc';
  /** Key or value contains an expansion or template: the value is not known. */
  unevaluated: boolean;
  isGlob: boolean;
  /** `sysctl -e`: unknown keys are ignored. */
  ignoreUnknown: boolean;
  /**
   * Words the shell split off an unquoted value (`sysctl -w k=1024 65535`): sysctl receives
   * them as separate arguments and writes only `value`.
   */
  split?: { words: string[]; span: Span };
}

/** Something that makes the sysctl files take effect now. */
export interface SysctlReapply {
  order: number;
  /** `system`: every sysctl.d file and /etc/sysctl.conf; `files`: the listed ones; `reboot`. */
  kind: 'system' | 'files' | 'reboot';
  /** For `files`: the paths (globs allowed), e.g. `/etc/sysctl.conf` for a bare `sysctl -p`. */
  files: string[];
  command: string;
  span: Span;
}

/** Content put into a sysctl configuration file. */
export interface SysctlFileWrite {
  order: number;
  /** Path on the node, as written. */
  path: string;
  pathSpan: Span;
  /** `create` truncates, `append` adds, `edit` changes lines in place (sed -i), `copy` installs a file from elsewhere. */
  mode: 'create' | 'append' | 'edit' | 'copy';
  /** The lines written (for `edit`: the replacement text); absent when not known. */
  content?: Content;
  /** For `copy`: the file copied (as written, a path on the machine the command runs on). */
  from?: { path: string; span: Span; literal: boolean };
  command: string;
  commandSpan: Span;
}

/** Content put into a modules-load.d file or /etc/modules: which modules load at boot. */
interface ModulesFileWrite {
  order: number;
  path: string;
  pathSpan: Span;
  mode: 'create' | 'append';
  content?: Content;
}

export interface ShellAnalysis {
  writes: SysctlWrite[];
  reapplies: SysctlReapply[];
  fileWrites: SysctlFileWrite[];
  moduleFiles: ModulesFileWrite[];
  issues: LexIssue[];
}

const SYSCTL_FILE = /^\/(etc\/sysctl\.conf$|(etc|run|usr\/local\/lib|usr\/lib|lib)\/sysctl\.d\/.)/;
const MODULES_FILE = /^\/(etc\/modules$|(etc|run|usr\/local\/lib|usr\/lib|lib)\/modules-load\.d\/[^/]+\.conf$)/;
const SYSCTL_DIR = /^\/(etc|run|usr\/local\/lib|usr\/lib|lib)\/sysctl\.d\/?$/;
const PROC_SYS = '/proc/sys/';
const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh']);
const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', '!', '{', '}', 'time']);
const SKIP_COMMAND = new Set(['for', 'case', 'select', 'function', 'esac', 'in']);

export function isSysctlFilePath(p: string): boolean {
  return SYSCTL_FILE.test(p);
}

/** A modules-load.d(5) file or Debian's /etc/modules. */
export function isModulesFilePath(p: string): boolean {
  return MODULES_FILE.test(p);
}

/** Analyses a script (a cloud-init command string, a `sh -c` argument, a shell part). */
export function analyzeScript(text: string, mapSpan?: SpanMapper): ShellAnalysis {
  const out: ShellAnalysis = { writes: [], reapplies: [], fileWrites: [], moduleFiles: [], issues: [] };
  script(text, mapSpan, out, 0);
  return out;
}

/** A script over the size limit is reported where it starts, not read. */
function tooLarge(text: string, mapSpan: SpanMapper | undefined, out: ShellAnalysis): boolean {
  if (text.length <= LIMITS.scriptSize) return false;
  const at = { start: 0, end: 0 };
  out.issues.push({ code: 'too-large', span: mapSpan ? mapSpan(at) : at, message: tooLargeToAnalyze('script', text.length, LIMITS.scriptSize) });
  return true;
}

/** Analyses an exec-form command (a YAML list, a container `command` + `args`): no shell in between. */
export function analyzeArgv(argv: ShellWord[]): ShellAnalysis {
  const out: ShellAnalysis = { writes: [], reapplies: [], fileWrites: [], moduleFiles: [], issues: [] };
  if (argv.length) simple({ words: argv, redirects: [], span: spanOf(argv), pipedToNext: false }, undefined, out, 0);
  return out;
}

const MAX_DEPTH = 8;

/** The next position in execution order: facts are recorded as the commands run. */
function nextOrder(out: ShellAnalysis): number {
  return out.writes.length + out.reapplies.length + out.fileWrites.length + out.moduleFiles.length;
}

function script(text: string, mapSpan: SpanMapper | undefined, out: ShellAnalysis, depth: number): void {
  if (tooLarge(text, mapSpan, out)) return;
  const parsed = parseShell(text, mapSpan);
  out.issues.push(...parsed.issues);
  let prev: SimpleCommand | undefined;
  for (const cmd of parsed.commands) {
    simple(cmd, prev?.pipedToNext ? prev : undefined, out, depth);
    prev = cmd;
  }
}

function spanOf(words: ShellWord[]): Span {
  return { start: words[0]?.span.start ?? 0, end: words[words.length - 1]?.span.end ?? 0 };
}

function basename(p: string): string {
  const i = p.lastIndexOf('/');
  return i >= 0 ? p.slice(i + 1) : p;
}

interface Invocation {
  name: string;
  args: ShellWord[];
}

/** Options of wrapper commands that take a separate argument. */
const WRAPPER_ARG_OPTIONS: Record<string, Set<string>> = {
  sudo: new Set(['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U', '-T', '-R']),
  doas: new Set(['-u', '-C']),
  env: new Set(['-u', '-C', '-S']),
  nice: new Set(['-n']),
  ionice: new Set(['-c', '-n', '-p', '-P', '-u']),
  timeout: new Set(['-s', '-k']),
  nsenter: new Set(['-t', '-S', '-G', '--target', '--setuid', '--setgid']),
  chroot: new Set(['--userspec', '--groups']),
  stdbuf: new Set(['-i', '-o', '-e']),
  exec: new Set(['-a']),
  command: new Set([]),
  nohup: new Set([]),
  busybox: new Set([]),
  xargs: new Set(['-I', '-n', '-P', '-d', '-L', '-s', '-a', '-E']),
};

/** The command actually run, looking through assignments, reserved words and wrappers. */
function invocation(words: ShellWord[]): Invocation | undefined {
  let i = 0;
  while (i < words.length) {
    const w = words[i] as ShellWord;
    if (!w.quoted && /^[A-Za-z_][A-Za-z0-9_]*=/.test(w.value)) {
      i++;
      continue;
    }
    if (!isLiteral(w)) return undefined;
    const name = basename(w.value);
    if (!w.quoted && RESERVED.has(w.value)) {
      i++;
      continue;
    }
    if (!w.quoted && SKIP_COMMAND.has(w.value)) return undefined;
    const argOptions = WRAPPER_ARG_OPTIONS[name];
    if (!argOptions) return { name, args: words.slice(i + 1) };
    i++;
    while (i < words.length) {
      const o = (words[i] as ShellWord).value;
      if (o === '--') {
        i++;
        break;
      }
      if (name === 'env' && /^[A-Za-z_][A-Za-z0-9_]*=/.test(o)) i++;
      else if (o.startsWith('-') && o.length > 1) i += argOptions.has(o) ? 2 : 1;
      else break;
    }
    // `timeout DURATION cmd`, `chroot DIR cmd`: one positional before the command.
    if (name === 'timeout' || name === 'chroot') i++;
  }
  return undefined;
}

function simple(cmd: SimpleCommand, pipedFrom: SimpleCommand | undefined, out: ShellAnalysis, depth: number): void {
  const inv = invocation(cmd.words);
  const stdin = stdinOf(cmd, pipedFrom);
  // Redirections of stdout apply whatever the command is.
  for (const r of cmd.redirects) {
    if (!isStdoutRedirect(r) || !r.target || !isLiteral(r.target)) continue;
    const content = inv ? outputOf(inv, cmd) : undefined;
    target(r.target, r.op === '>>' || r.op === '&>>' ? 'append' : 'create', content, inv?.name ?? 'command', r.op, cmd.span, out);
  }
  if (!inv) return;
  const { name, args } = inv;
  if (name === 'sysctl') sysctl(args, stdin, cmd.span, out);
  else if (SHELLS.has(name)) shellC(args, out, depth);
  else if (name === 'tee') tee(args, stdin, cmd.span, out);
  else if (name === 'systemctl') systemctl(args, cmd.span, out);
  else if (name === 'service' || name === 'procps') initScript(name === 'service' ? args : [{ value: 'procps' } as ShellWord, ...args], cmd.span, out);
  else if (name === 'systemd-sysctl') {
    const files = args.filter((a) => !a.value.startsWith('-')).map((a) => a.value);
    out.reapplies.push({ order: nextOrder(out),  kind: files.length ? 'files' : 'system', files, command: 'systemd-sysctl', span: cmd.span });
  } else if (name === 'reboot' || (name === 'shutdown' && args.some((a) => /^-\w*r/.test(a.value) || a.value === '--reboot'))) {
    out.reapplies.push({ order: nextOrder(out),  kind: 'reboot', files: [], command: name, span: cmd.span });
  } else if (name === 'sed') sed(args, cmd.span, out);
  else if (name === 'cp' || name === 'install' || name === 'mv') copy(name, args, cmd.span, out);
}

function isStdoutRedirect(r: Redirect): boolean {
  if (r.op === '&>' || r.op === '&>>') return true;
  return (r.op === '>' || r.op === '>>' || r.op === '>|') && (r.fd === undefined || r.fd === 1);
}

/** What a command writes to stdout, when it can be known. */
function outputOf(inv: Invocation, cmd: SimpleCommand): Content | undefined {
  if (inv.name === 'echo') return echoOutput(inv.args);
  if (inv.name === 'printf') return printfOutput(inv.args);
  if (inv.name === 'cat' && inv.args.every((a) => a.value === '-')) return stdinOf(cmd, undefined);
  return undefined;
}

/** Standard input: a here-document, a here-string, or the output of the command piped in. */
function stdinOf(cmd: SimpleCommand, pipedFrom: SimpleCommand | undefined): Content | undefined {
  for (const r of cmd.redirects) {
    if (r.heredoc && (r.fd === undefined || r.fd === 0)) return heredocOutput(r.heredoc);
    if (r.op === '<<<' && r.target) return hereStringOutput(r.target);
  }
  if (pipedFrom) {
    const inv = invocation(pipedFrom.words);
    if (inv) return outputOf(inv, pipedFrom);
  }
  return undefined;
}

/**
 * A file the command writes (a redirection of `tool`'s output, or `tee`): /proc/sys or a sysctl
 * configuration file. `how` is the redirection operator or the tee invocation.
 */
function target(w: ShellWord, mode: 'create' | 'append', content: Content | undefined, tool: string, how: string, commandSpan: Span, out: ShellAnalysis): void {
  const p = w.value;
  const isTee = tool === 'tee';
  if (p.startsWith(PROC_SYS) && p.length > PROC_SYS.length) {
    procWrite(w, content, isTee ? 'tee /proc/sys' : `${tool} > /proc/sys`, commandSpan, out);
  } else if (SYSCTL_FILE.test(p)) {
    out.fileWrites.push({ order: nextOrder(out),  path: p, pathSpan: w.span, mode, content, command: isTee ? how : `${tool} ${how}`, commandSpan });
  } else if (MODULES_FILE.test(p)) {
    out.moduleFiles.push({ order: nextOrder(out),  path: p, pathSpan: w.span, mode, content });
  }
}

function procWrite(w: ShellWord, content: Content | undefined, command: string, commandSpan: Span, out: ShellAnalysis): void {
  let keyStart = PROC_SYS.length;
  while (w.value[keyStart] === '/') keyStart++;
  let keyEnd = w.value.length;
  while (keyEnd > keyStart && w.value[keyEnd - 1] === '/') keyEnd--;
  const rawKey = w.value.slice(keyStart, keyEnd);
  let value = '';
  let valueSpan: Span = { start: commandSpan.start, end: commandSpan.start };
  let known = false;
  if (content) {
    // The kernel's proc handlers ignore surrounding whitespace and the trailing newline.
    const m = /^\s*([\s\S]*?)\s*$/.exec(content.text);
    const inner = m?.[1] ?? '';
    const s = content.text.indexOf(inner);
    value = inner;
    valueSpan = content.map({ start: s, end: s + inner.length });
    known = contentIsLiteral(content);
  }
  out.writes.push({ order: nextOrder(out), 
    key: canonicalKey('/' + rawKey),
    rawKey,
    value,
    keySpan: w.map({ start: keyStart, end: keyEnd }),
    valueSpan,
    commandSpan,
    command,
    method: 'proc',
    unevaluated: !known || !isLiteral(w, keyStart, keyEnd),
    isGlob: false,
    ignoreUnknown: false,
  });
}

/** procps `sysctl` (and busybox's): option parsing as sysctl.c does, then each argument. */
function sysctl(args: ShellWord[], stdin: Content | undefined, span: Span, out: ShellAnalysis): void {
  let write = false;
  let load = false;
  let system = false;
  let ignore = false;
  const files: string[] = [];
  const positional: ShellWord[] = [];
  let endOfOptions = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as ShellWord;
    const v = a.value;
    if (endOfOptions || !v.startsWith('-') || v === '-') {
      positional.push(a);
      continue;
    }
    if (v === '--') endOfOptions = true;
    else if (v.startsWith('--')) {
      const [opt, arg] = v.split(/=(.*)/s) as [string, string | undefined];
      if (opt === '--write') write = true;
      else if (opt === '--system') system = true;
      else if (opt === '--ignore') ignore = true;
      else if (opt === '--load') {
        load = true;
        if (arg) files.push(arg);
      } else if (opt === '--pattern' && arg === undefined) i++;
    } else {
      for (let k = 1; k < v.length; k++) {
        const f = v[k];
        if (f === 'w') write = true;
        else if (f === 'e') ignore = true;
        else if (f === 'p' || f === 'f') {
          load = true;
          if (k + 1 < v.length) files.push(v.slice(k + 1));
          break;
        } else if (f === 'r') {
          if (k + 1 === v.length) i++;
          break;
        }
      }
    }
  }
  if (system) {
    out.reapplies.push({ order: nextOrder(out),  kind: 'system', files: [], command: 'sysctl --system', span });
    return;
  }
  if (load) {
    files.push(...positional.map((p) => p.value));
    const fromStdin = files.filter((f) => f === '-' || f === '/dev/stdin');
    if (fromStdin.length && stdin) {
      // `sysctl -p - <<EOF`: the lines are applied directly, as a file would be.
      for (const a of parseContentAsSysctl(stdin).assignments) {
        out.writes.push({ order: nextOrder(out),  key: a.key, rawKey: a.rawKey, value: a.value, keySpan: a.keySpan, valueSpan: a.valueSpan, commandSpan: span, command: 'sysctl -p -', method: 'sysctl', unevaluated: a.templated, isGlob: a.isGlob, ignoreUnknown: ignore });
      }
    }
    const real = files.filter((f) => f !== '-' && f !== '/dev/stdin');
    if (real.length || !files.length) out.reapplies.push({ order: nextOrder(out),  kind: 'files', files: real.length ? real : ['/etc/sysctl.conf'], command: 'sysctl -p', span });
    return;
  }
  const label = write ? 'sysctl -w' : 'sysctl';
  let last: SysctlWrite | undefined;
  for (const a of positional) {
    const eq = a.value.indexOf('=');
    if (eq > 0) {
      const rawKey = a.value.slice(0, eq);
      last = {
        order: nextOrder(out),
        key: canonicalKey(rawKey),
        rawKey,
        value: a.value.slice(eq + 1),
        keySpan: a.map({ start: 0, end: eq }),
        valueSpan: a.map({ start: eq + 1, end: a.value.length }),
        commandSpan: span,
        command: label,
        method: 'sysctl',
        unevaluated: !isLiteral(a),
        isGlob: isGlobKey(rawKey),
        ignoreUnknown: ignore,
      };
      out.writes.push(last);
      continue;
    }
    // A word after an assignment that sysctl cannot take as a key to read is a piece of the
    // value the shell split off (with -w every argument must be an assignment).
    if (last && !last.unevaluated && isLiteral(a) && (write || !looksLikeKey(a.value))) {
      if (last.split) {
        last.split.words.push(a.value);
        last.split.span = { start: last.split.span.start, end: a.span.end };
      } else last.split = { words: [a.value], span: a.span };
      continue;
    }
    last = undefined;
  }
}

function looksLikeKey(v: string): boolean {
  return /^[A-Za-z_][\w-]*([./][\w*?:@[\]-]+)+$/.test(v);
}

/** `sh -c STRING`: the string is a script of its own, analysed with positions mapped into it. */
function shellC(args: ShellWord[], out: ShellAnalysis, depth: number): void {
  if (depth >= MAX_DEPTH) return;
  let command = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as ShellWord;
    const v = a.value;
    if (v === '--' || v === '-') continue;
    if ((v.startsWith('-') || v.startsWith('+')) && v.length > 1 && !v.startsWith('--')) {
      if (v.includes('c')) command = true;
      if (/^[-+]o$/.test(v)) i++;
      continue;
    }
    if (v.startsWith('--')) continue;
    if (command) script(v, a.map, out, depth + 1);
    return;
  }
}

/** `tee [-a] FILE...`: writes its standard input to every file. */
function tee(args: ShellWord[], stdin: Content | undefined, span: Span, out: ShellAnalysis): void {
  let append = false;
  for (const a of args) {
    if (a.value === '-a' || a.value === '--append') append = true;
    else if (a.value.startsWith('-') && a.value.length > 1) {
      if (/^-[a-z]*a/.test(a.value)) append = true;
    } else if (isLiteral(a)) target(a, append ? 'append' : 'create', stdin, 'tee', append ? 'tee -a' : 'tee', span, out);
  }
}

const RESTARTS = new Set(['restart', 'try-restart', 'reload-or-restart', 'try-reload-or-restart', 'force-reload']);

function systemctl(args: ShellWord[], span: Span, out: ShellAnalysis): void {
  const words = args.filter((a) => !a.value.startsWith('-')).map((a) => a.value);
  const verb = words[0];
  if (verb === 'reboot') {
    out.reapplies.push({ order: nextOrder(out),  kind: 'reboot', files: [], command: 'systemctl reboot', span });
    return;
  }
  if (!verb || !RESTARTS.has(verb)) return;
  if (words.slice(1).some((u) => u === 'systemd-sysctl' || u === 'systemd-sysctl.service' || u === 'procps' || u === 'procps.service')) {
    out.reapplies.push({ order: nextOrder(out),  kind: 'system', files: [], command: `systemctl ${verb} systemd-sysctl`, span });
  }
}

/** `service procps start|restart|reload|force-reload` and `/etc/init.d/procps ...` (Debian). */
function initScript(args: ShellWord[], span: Span, out: ShellAnalysis): void {
  const [unit, verb] = args.map((a) => a.value);
  if ((unit === 'procps' || unit === 'systemd-sysctl') && verb && ['start', 'restart', 'reload', 'force-reload'].includes(verb)) {
    out.reapplies.push({ order: nextOrder(out),  kind: 'system', files: [], command: `service ${unit} ${verb}`, span });
  }
}

/**
 * `sed -i SCRIPT FILE...` on a sysctl file: the lines its `s///` replacements and `a`/`i`/`c`
 * commands produce are what the file gains.
 */
function sed(args: ShellWord[], span: Span, out: ShellAnalysis): void {
  let inPlace = false;
  const scripts: ShellWord[] = [];
  const rest: ShellWord[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as ShellWord;
    const v = a.value;
    if (v === '-e' || v === '--expression') {
      const s = args[++i];
      if (s) scripts.push(s);
    } else if (v === '-f' || v === '--file') i++;
    else if (v.startsWith('--in-place') || (/^-[a-zA-Z]+/.test(v) && !v.startsWith('--') && v.slice(1).split('').includes('i'))) {
      inPlace = true;
      // -i takes its suffix attached; in a cluster such as -ni everything after i is the suffix.
    } else if (v.startsWith('-') && v.length > 1) continue;
    else rest.push(a);
  }
  if (!inPlace) return;
  if (!scripts.length && rest.length) scripts.push(rest.shift() as ShellWord);
  for (const f of rest) {
    if (!isLiteral(f) || !SYSCTL_FILE.test(f.value)) continue;
    const content = sedOutput(scripts);
    out.fileWrites.push({ order: nextOrder(out),  path: f.value, pathSpan: f.span, mode: 'edit', content, command: 'sed -i', commandSpan: span });
  }
}

/** The text `s/x/y/` replacements and GNU one-line `a`/`i`/`c` commands put into a file. */
function sedOutput(scripts: ShellWord[]): Content | undefined {
  const pieces: Array<{ w: ShellWord; s: number; e: number; amp: boolean }> = [];
  for (const w of scripts) {
    const v = w.value;
    let i = 0;
    while (i < v.length) {
      // Skip an address (line number, $, /regex/) and blanks.
      while (i < v.length && /[\s;0-9,$!]/.test(v[i] as string)) i++;
      if (v[i] === '/') {
        i = skipDelimited(v, i, '/');
        while (i < v.length && /[\s,!]/.test(v[i] as string)) i++;
        if (v[i] === '/') {
          i = skipDelimited(v, i, '/');
          while (i < v.length && /[\s!]/.test(v[i] as string)) i++;
        }
      }
      const c = v[i];
      if (c === 's' && i + 1 < v.length) {
        const d = v[i + 1] as string;
        const patEnd = skipDelimited(v, i + 1, d);
        const replEnd = skipDelimited(v, patEnd - 1, d);
        const s = patEnd;
        const e = Math.max(s, replEnd - 1);
        const text = v.slice(s, e);
        pieces.push({ w, s, e, amp: /(^|[^\\])&/.test(text) });
        i = replEnd;
        while (i < v.length && /[gpIiMme0-9w]/.test(v[i] as string) && v[i] !== ';') i++;
      } else if ((c === 'a' || c === 'i' || c === 'c') && i + 1 < v.length) {
        let s = i + 1;
        if (v[s] === '\\') s++;
        while (v[s] === ' ' || v[s] === '\t' || v[s] === '\n') s++;
        let e = v.indexOf('\n', s);
        if (e < 0) e = v.length;
        pieces.push({ w, s, e, amp: false });
        i = e;
      } else {
        // Another command (d, p, y...): skip to the next one.
        const next = v.slice(i).search(/[;\n]/);
        i = next < 0 ? v.length : i + next + 1;
      }
    }
  }
  if (!pieces.length) return undefined;
  const parts = pieces.map((p) => {
    const text = p.w.value.slice(p.s, p.e).replace(/\\(.)/g, '$1') + '\n';
    return { ...p, text };
  });
  // Escapes (`\/`) shift characters; map each line to its replacement as written.
  const text = parts.map((p) => p.text).join('');
  const starts: number[] = [];
  let acc = 0;
  for (const p of parts) {
    starts.push(acc);
    acc += p.text.length;
  }
  const map: SpanMapper = (s) => {
    let k = starts.length - 1;
    while (k > 0 && (starts[k] as number) > s.start) k--;
    const p = parts[k] as (typeof parts)[number];
    const off = s.start - (starts[k] as number);
    const len = Math.max(0, s.end - s.start);
    const raw = rawIndex(p.w.value, p.s, off);
    const rawEnd = len ? rawIndex(p.w.value, p.s, off + len - 1) + 1 : raw;
    return p.w.map({ start: Math.min(raw, p.e), end: Math.min(rawEnd, p.e) });
  };
  const expansions = parts.flatMap((p, k) => (p.amp || !isLiteral(p.w, p.s, p.e) ? [{ start: starts[k] as number, end: (starts[k] as number) + p.text.length }] : []));
  return { text, map, expansions };
}

/** Index in `v` (from `start`) of the `n`-th character after `\x` escapes are removed. */
function rawIndex(v: string, start: number, n: number): number {
  let i = start;
  let k = 0;
  while (i < v.length) {
    const step = v[i] === '\\' && i + 1 < v.length ? 2 : 1;
    if (k === n) return step === 2 ? i + 1 : i;
    i += step;
    k++;
  }
  return i;
}

/** From a delimiter at `at`, the offset after the next unescaped delimiter. */
function skipDelimited(v: string, at: number, d: string): number {
  let i = at + 1;
  while (i < v.length && v[i] !== d) i += v[i] === '\\' ? 2 : 1;
  return Math.min(v.length, i + 1);
}

/** `cp`/`install`/`mv SRC... DEST` into a sysctl location: a file appears, content unknown. */
function copy(name: string, args: ShellWord[], span: Span, out: ShellAnalysis): void {
  const argOpts = name === 'install' ? new Set(['-m', '-o', '-g', '-t', '-S', '--mode', '--owner', '--group']) : new Set(['-t', '-S']);
  const positional: ShellWord[] = [];
  for (let i = 0; i < args.length; i++) {
    const v = (args[i] as ShellWord).value;
    if (argOpts.has(v)) i++;
    else if (!v.startsWith('-')) positional.push(args[i] as ShellWord);
  }
  if (positional.length < 2) return;
  const dest = positional[positional.length - 1] as ShellWord;
  if (!isLiteral(dest)) return;
  const sources = positional.slice(0, -1);
  const from = (s: ShellWord) => ({ path: s.value, span: s.span, literal: isLiteral(s) });
  if (SYSCTL_DIR.test(dest.value)) {
    for (const s of sources) {
      const p = dest.value.replace(/\/?$/, '/') + basename(s.value);
      out.fileWrites.push({ order: nextOrder(out), path: p, pathSpan: dest.span, mode: 'copy', from: from(s), command: name, commandSpan: span });
    }
  } else if (SYSCTL_FILE.test(dest.value)) {
    const s = sources.length === 1 ? sources[0] : undefined;
    out.fileWrites.push({ order: nextOrder(out), path: dest.value, pathSpan: dest.span, mode: 'copy', from: s && from(s), command: name, commandSpan: span });
  }
}
