/**
 * Reading a running kernel's values: `/proc/sys` itself (`--live`, `--proc-root` for a copy)
 * or the output of `sysctl -a` saved to a file (`--live-snapshot`, e.g. collected in a Packer
 * guest).
 *
 * Locations: a snapshot value is located at its key in the snapshot line, like a sysctl file.
 * A /proc/sys value is located in the /proc/sys file that holds it (`/proc/sys/net/ipv4/
 * tcp_tw_recycle:1:1`, spanning the value): that is where the value lives, `cat` shows it, and
 * the key is in the message. Their texts are kept (pinned) for reporters, since reading them
 * again could give a different value.
 */
import fs from 'node:fs';
import path from 'node:path';
import { defineEngineRule } from '../core/engine-rule';
import { decodeText, DEFAULT_MAX_FILE_SIZE, readRegularFile } from '../inputs/read-file';
import { resolveNamedFile } from '../inputs/tree';
import type { Finding } from '../core/finding';
import type { SourceStore } from '../inputs/source-store';
import type { Span } from '../core/span';
import { displayPath } from '../inputs/discover';
import { canonicalKey } from '../model/keys';
import type { Assignment, ContextValue, LiveValues } from '../model/types';
import { parseVersion, type Version } from '../model/version';
import { parseSysctl } from '../sources/sysctl-conf/parse';

export interface LiveOptions {
  /** Read /proc/sys. */
  live?: boolean;
  /** Where proc is mounted (default /proc). */
  procRoot?: string;
  /** `sysctl -a` output. */
  liveSnapshot?: string;
  /** Largest snapshot read, in bytes (default 10 MB). */
  maxFileSize?: number;
}

export interface LiveObservation extends LiveValues {
  /** Kernel version of the running kernel (kernel.osrelease), for the context. */
  kernel?: ContextValue<Version>;
  findings: Finding[];
  /** Texts that reporters cannot read back from disk unchanged (/proc/sys files). */
  texts: Map<string, string>;
  /** Paths that could not be read at all (exit code 2). */
  errors: Array<{ path: string; message: string }>;
}

/** A /proc/sys value is at most a page; anything much larger is not a sysctl value. */
const PROC_SYS_VALUE_LIMIT = 1024 * 1024;

/** Lines of a snapshot that are not `key = value`. */
export const LIVE_SNAPSHOT_LINE_RULE = defineEngineRule({
  id: 'sysctl-lint/live-snapshot-line',
  title: 'A sysctl snapshot holds only `key = value` lines',
  severity: 'info',
  appliesTo: 'the file given to --live-snapshot (the output of `sysctl -a`)',
  rationale:
    'A `--live-snapshot` file is the output of `sysctl -a`: one `key = value` line per value (multi-line values repeat the key). Other lines, such as `sysctl: permission denied` messages captured with `2>&1` or a truncated last line, are skipped, so whatever they stood for is not checked. The finding is reported once per file, at the first such line, with the count of the others. A snapshot without any `key = value` line is a warning.',
  fix: 'Capture the snapshot with `sysctl -a 2>/dev/null > FILE`.',
});

function liveAssignment(key: string, value: string, file: string, keySpan: Span, valueSpan: Span, lineSpan: Span): Assignment {
  return { key, rawKey: key, value, ignoreFailure: false, isGlob: false, templated: false, keySpan, valueSpan, lineSpan, file, scope: 'node', phase: 'runtime', via: 'live value' };
}

function kernelFrom(values: Map<string, Assignment>): ContextValue<Version> | undefined {
  const a = values.get('kernel.osrelease');
  const v = a ? parseVersion(a.value) : undefined;
  return a && v ? { value: v, source: `kernel.osrelease of the running kernel (${a.file})`, location: { file: a.file, span: a.valueSpan } } : undefined;
}

function shownPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel.startsWith('..') || path.isAbsolute(rel) ? abs.split(path.sep).join('/') : displayPath(abs, cwd);
}

/** Parses `sysctl -a` output: `key = value` lines; vector values keep their tabs. */
export function readSnapshot(text: string, display: string): Omit<LiveObservation, 'errors' | 'texts'> {
  const parsed = parseSysctl(text);
  const values = new Map<string, Assignment>();
  for (const a of parsed.assignments) {
    const prev = values.get(a.key);
    // sysctl -a prints each line of a multi-line value as `key = line` (dev.cdrom.info).
    if (prev) prev.value += '\n' + a.value;
    else values.set(a.key, liveAssignment(a.key, a.value, display, a.keySpan, a.valueSpan, a.lineSpan));
  }
  const findings: Finding[] = [];
  const bad = parsed.issues.filter((i) => i.code !== 'empty-value');
  const first = bad[0];
  if (first) {
    const more = bad.length > 2 ? ` (and ${bad.length - 1} more such lines)` : bad.length === 2 ? ' (and 1 more such line)' : '';
    findings.push({
      ruleId: LIVE_SNAPSHOT_LINE_RULE.id,
      severity: 'info',
      message: `not a \`key = value\` line of sysctl -a output: "${first.text}"; skipped${more}`,
      location: { file: display, span: first.span },
      related: [],
    });
  }
  if (values.size === 0) {
    findings.push({ ruleId: LIVE_SNAPSHOT_LINE_RULE.id, severity: 'warning', message: 'the snapshot holds no `key = value` line: capture it with `sysctl -a > FILE`', location: { file: display, span: { start: 0, end: 0 } }, related: [] });
  }
  return { label: display, values, kernel: kernelFrom(values), findings };
}

/**
 * Reads every readable file under <procRoot>/sys. Unreadable entries (write-only such as
 * vm.drop_caches, root-only such as tcp_fastopen_key, EIO such as stable_secret) are skipped,
 * as `sysctl -a` skips them. fs/binfmt_misc is a filesystem of its own, not sysctl values.
 */
function readProcSys(procRoot: string, cwd: string): Omit<LiveObservation, 'errors'> & { error?: string } {
  const sysDir = path.join(procRoot, 'sys');
  const values = new Map<string, Assignment>();
  const texts = new Map<string, string>();
  try {
    if (!fs.statSync(sysDir).isDirectory()) throw new Error('not a directory');
  } catch (e) {
    return { label: shownPath(sysDir, cwd), values, texts, findings: [], error: `cannot read ${sysDir}: ${(e as Error).message}` };
  }
  const walk = (dir: string, rel: string[]) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const abs = path.join(dir, e.name);
      const segs = [...rel, e.name];
      if (e.isDirectory()) {
        if (segs.join('/') !== 'fs/binfmt_misc') walk(abs, segs);
        continue;
      }
      if (!e.isFile()) continue;
      let text: string;
      try {
        text = decodeText(readRegularFile(abs, PROC_SYS_VALUE_LIMIT).bytes);
      } catch {
        continue;
      }
      const value = text.replace(/\n$/, '');
      const display = shownPath(abs, cwd);
      const key = canonicalKey('/' + segs.join('/'));
      const span = { start: 0, end: value.length };
      values.set(key, liveAssignment(key, value, display, span, span, span));
      texts.set(display, text);
    }
  };
  walk(sysDir, []);
  return { label: shownPath(sysDir, cwd), values, texts, kernel: kernelFrom(values), findings: [] };
}

export function observeLive(options: LiveOptions, cwd: string): LiveObservation | undefined {
  if (options.liveSnapshot) {
    const abs = path.resolve(cwd, options.liveSnapshot);
    const display = shownPath(abs, cwd);
    let text: string;
    try {
      // A snapshot named on the command line: only a regular file, of bounded size, is read.
      text = decodeText(readRegularFile(resolveNamedFile(abs, cwd), options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE).bytes);
    } catch (e) {
      const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
      return { label: display, values: new Map(), findings: [], texts: new Map(), errors: [{ path: display, message: `cannot read the snapshot: ${why}` }] };
    }
    // Findings point into the snapshot: reporters show the text judged here.
    return { ...readSnapshot(text, display), texts: new Map([[display, text]]), errors: [] };
  }
  if (options.live) {
    const r = readProcSys(path.resolve(cwd, options.procRoot ?? '/proc'), cwd);
    return { label: r.label, values: r.values, kernel: r.kernel, findings: r.findings, texts: r.texts, errors: r.error ? [{ path: r.label, message: r.error }] : [] };
  }
  return undefined;
}

/** Keeps the /proc/sys texts that findings point into, as they were read. */
export function pinLiveTexts(live: LiveObservation, findings: Finding[], sources: SourceStore): void {
  for (const f of findings) {
    for (const file of [f.location.file, ...f.related.map((r) => r.location.file)]) {
      const text = live.texts.get(file);
      if (text !== undefined && !sources.has(file)) sources.pin(file, text);
    }
  }
}
