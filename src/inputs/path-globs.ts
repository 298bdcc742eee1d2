/**
 * Globs in path arguments, one implementation for the command line and the GitHub Action's
 * `paths` input. An argument is a glob when it holds `*`, `?`, `[` or `{` and no file has
 * that literal name. The dialect is the shell's with globstar and braces:
 *
 * - `*` any characters and `?` one character within a path segment, `[abc]`, `[a-z]`, `[!a]`;
 * - `**` as a whole segment: zero or more directories;
 * - `{a,b}` alternatives (nested too); `\` makes the next character literal;
 * - a segment only matches a name starting with `.` when the pattern segment starts with `.`,
 *   and `**` never enters `.git`, `node_modules`, `.hg`, `.svn` (as directory walks skip them)
 *   or follows links to directories.
 *
 * Matches are files or directories (directories are then walked), sorted, relative to the
 * working directory unless the pattern was absolute.
 */
import fs from 'node:fs';
import path from 'node:path';

const GLOB_CHARS = /[*?[{]/;
const SKIP_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);

function looksLikeGlob(arg: string): boolean {
  return GLOB_CHARS.test(arg);
}

/** `{a,b}x` -> [`ax`, `bx`], nested braces too; a brace without a comma at its level is literal. */
export function expandBraces(pattern: string): string[] {
  let depth = 0;
  let open = -1;
  const commas: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') {
      if (depth++ === 0) {
        open = i;
        commas.length = 0;
      }
    } else if (c === '}' && depth > 0) {
      if (--depth === 0) {
        if (commas.length === 0) continue;
        const head = pattern.slice(0, open);
        const tail = pattern.slice(i + 1);
        const bounds = [open, ...commas, i];
        const out: string[] = [];
        for (let k = 0; k + 1 < bounds.length; k++) for (const alt of expandBraces(pattern.slice((bounds[k] as number) + 1, bounds[k + 1]))) out.push(...expandBraces(head + alt + tail));
        return out;
      }
    } else if (c === ',' && depth === 1) commas.push(i);
  }
  return [pattern];
}

/** One path segment (no `/`, no braces left) as a regular expression. */
function segmentRegExp(seg: string): RegExp {
  let src = '^';
  if (!seg.startsWith('.')) src += '(?!\\.)';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i] as string;
    if (c === '\\' && i + 1 < seg.length) src += (seg[++i] as string).replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
    else if (c === '*') src += '[^/]*';
    else if (c === '?') src += '[^/]';
    else if (c === '[') {
      const close = seg.indexOf(']', i + 2);
      if (close < 0) src += '\\[';
      else {
        const body = seg
          .slice(i + 1, close)
          .replace(/^[!^]/, '^')
          .replace(/[\\\]]/g, '\\$&');
        src += `[${body}]`;
        i = close;
      }
    } else src += c.replace(/[\\^$.+()|{}]/g, '\\$&');
  }
  return new RegExp(src + '$');
}

const isGlobSegment = (seg: string) => /(^|[^\\])[*?[]/.test(seg);
const unescape = (seg: string) => seg.replace(/\\(.)/g, '$1');

function entries(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

function isDirectory(abs: string, ent: fs.Dirent): boolean {
  if (ent.isDirectory()) return true;
  if (!ent.isSymbolicLink()) return false;
  try {
    return fs.statSync(abs).isDirectory();
  } catch {
    return false;
  }
}

/** Absolute paths matching one brace-free pattern. */
function matchPattern(pattern: string, cwd: string): string[] {
  const absolute = path.isAbsolute(pattern);
  const segments = pattern.split('/').filter((s, i) => s !== '' && !(s === '.' && i > 0));
  let i = 0;
  let base = absolute ? path.parse(path.resolve(pattern)).root : cwd;
  // The literal leading segments need no listing.
  while (i < segments.length && !isGlobSegment(segments[i] as string)) base = path.join(base, unescape(segments[i++] as string));
  const out: string[] = [];
  const step = (dir: string, k: number) => {
    if (k === segments.length) {
      if (fs.existsSync(dir)) out.push(dir);
      return;
    }
    const seg = segments[k] as string;
    if (seg === '**') {
      // A trailing `**` is everything below: the directory itself, walked later.
      if (k === segments.length - 1) return step(dir, k + 1);
      step(dir, k + 1);
      for (const ent of entries(dir)) {
        if (!ent.isDirectory() || ent.name.startsWith('.') || SKIP_DIRS.has(ent.name)) continue;
        step(path.join(dir, ent.name), k);
      }
      return;
    }
    if (!isGlobSegment(seg)) {
      step(path.join(dir, unescape(seg)), k + 1);
      return;
    }
    const re = segmentRegExp(seg);
    const last = k === segments.length - 1;
    for (const ent of entries(dir)) {
      if (!re.test(ent.name)) continue;
      const abs = path.join(dir, ent.name);
      if (last) out.push(abs);
      else if (isDirectory(abs, ent)) step(abs, k + 1);
    }
  };
  step(base, i);
  return out;
}

/**
 * The paths a path argument stands for: itself when a file of that name exists or it is no
 * glob, else the sorted matches (empty when nothing matches).
 */
export function expandPathArgument(arg: string, cwd: string): { glob: boolean; paths: string[] } {
  if (!looksLikeGlob(arg) || fs.existsSync(path.resolve(cwd, arg))) return { glob: false, paths: [arg] };
  const absolute = path.isAbsolute(arg);
  const found = new Set<string>();
  for (const p of expandBraces(arg.replace(/\/+$/, ''))) for (const m of matchPattern(p, cwd)) found.add(m);
  const shown = [...found].map((abs) => (absolute ? abs : path.relative(cwd, abs).split(path.sep).join('/') || '.'));
  return { glob: true, paths: shown.sort() };
}
