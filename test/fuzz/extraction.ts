/**
 * Runs a source handler's public entry point on a text and checks what every source promises:
 * each span it reports for this file lies inside the file, and each assignment's key span
 * holds the key as written where the text maps character by character.
 */
import type { Span } from '../../src/core/span';
import type { SysctlAssignment } from '../../src/model/facts';
import type { Extraction, SourceHandler } from '../../src/sources/types';
import { assertInside } from './fuzz';

function extractText(handler: SourceHandler, text: string, display: string, bytes?: Buffer): Extraction {
  const abs = `/fuzz/${display}`;
  return handler.extract({ abs, display, text, bytes: bytes ?? Buffer.from(text), explicit: true, devNull: false, isSymlink: false, realFile: abs });
}

function isSpan(v: unknown): v is Span {
  return typeof v === 'object' && v !== null && typeof (v as Span).start === 'number' && typeof (v as Span).end === 'number' && Object.keys(v).length === 2;
}

/**
 * Every span reachable from the extraction that belongs to `display` (objects naming another
 * file, such as a role's defaults, are skipped with everything under them).
 */
function spansOf(x: unknown, display: string): Array<{ path: string; span: Span }> {
  const out: Array<{ path: string; span: Span }> = [];
  const seen = new Set<object>();
  const walk = (v: unknown, path: string) => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    if (isSpan(v)) {
      out.push({ path, span: v });
      return;
    }
    if (v instanceof Set || v instanceof Buffer || ArrayBuffer.isView(v)) return;
    if (v instanceof Map) {
      for (const [k, e] of v) walk(e, `${path}[${String(k)}]`);
      return;
    }
    const file = (v as { file?: unknown }).file;
    if (typeof file === 'string' && file !== display) return;
    for (const [k, e] of Object.entries(v)) walk(e, `${path}.${k}`);
  };
  walk(x, '');
  return out;
}

/** Every assignment the extraction states for this file. */
export function assignmentsOf(x: Extraction, display: string): SysctlAssignment[] {
  const out: SysctlAssignment[] = [];
  const seen = new Set<object>();
  const walk = (v: unknown) => {
    if (typeof v !== 'object' || v === null || seen.has(v) || v instanceof Map || v instanceof Set || ArrayBuffer.isView(v)) return;
    seen.add(v);
    const a = v as Partial<SysctlAssignment> & { file?: unknown };
    if (typeof a.rawKey === 'string' && a.keySpan && (a.file === undefined || a.file === display)) out.push(a as SysctlAssignment);
    if (typeof a.file === 'string' && a.file !== display && !('rawKey' in a)) return;
    for (const e of Object.values(v)) walk(e);
  };
  walk(x);
  return out;
}

/** The common promise: never throws (the caller times it), every span inside the file. */
export function checkExtraction(handler: SourceHandler, text: string, display: string, bytes?: Buffer): Extraction {
  const x = extractText(handler, text, display, bytes);
  for (const { path, span } of spansOf(x, display)) assertInside(span, text.length, `${handler.kind} ${path}`);
  return x;
}
