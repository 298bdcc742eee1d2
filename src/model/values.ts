/**
 * Value interpretation. Files hold strings; policies compare typed values. Parsing follows
 * what the kernel's proc handlers accept: integer vectors split on any whitespace, port
 * lists as `N` / `N-M` separated by commas.
 */
export type ValueType = 'string' | 'integer' | 'integers' | 'portRange' | 'portList';

export interface PortInterval {
  lo: number;
  hi: number;
}

/**
 * `ip_local_port_range` written with a single number changes only the low end: the proc handler
 * starts from the current range and parses as many integers as it is given. The high end is
 * then whatever was in force, the kernel default 60999 unless set earlier.
 */
interface PortRangeValue extends PortInterval {
  partial?: boolean;
}

const DEFAULT_EPHEMERAL_HIGH = 60999;

type TypedValue =
  | { type: 'string'; value: string }
  | { type: 'integer'; value: number }
  | { type: 'integers'; value: number[] }
  | { type: 'portRange'; value: PortRangeValue }
  | { type: 'portList'; value: PortInterval[] };

export type ParseResult = { ok: true; value: TypedValue } | { ok: false; reason: string };

/**
 * Integers as the kernel's proc handlers read them (`strtoul(..., 0)`): decimal, `0x` hex and
 * leading-zero octal, with an optional sign.
 */
const INT = /^[+-]?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)$/;

export function kernelInt(text: string): number {
  const neg = text.startsWith('-');
  const body = text.replace(/^[+-]/, '');
  const n = /^0[xX]/.test(body) ? parseInt(body.slice(2), 16) : /^0[0-7]+$/.test(body) ? parseInt(body, 8) : Number(body);
  return neg ? -n : n;
}

export function parseValue(raw: string, type: ValueType): ParseResult {
  const text = raw.trim();
  switch (type) {
    case 'string':
      return { ok: true, value: { type, value: text } };
    case 'integer': {
      if (!INT.test(text)) return { ok: false, reason: 'not an integer' };
      return { ok: true, value: { type, value: kernelInt(text) } };
    }
    case 'integers': {
      const parts = text.split(/\s+/).filter(Boolean);
      if (parts.length === 0 || !parts.every((p) => INT.test(p))) return { ok: false, reason: 'not a list of integers' };
      return { ok: true, value: { type, value: parts.map(kernelInt) } };
    }
    case 'portRange': {
      const parts = text.split(/\s+/).filter(Boolean);
      if (parts.length === 0 || parts.length > 2 || !parts.every((p) => INT.test(p))) {
        return { ok: false, reason: 'not two integers (low high)' };
      }
      const lo = kernelInt(parts[0] as string);
      const partial = parts.length === 1;
      const hi = partial ? Math.max(lo, DEFAULT_EPHEMERAL_HIGH) : kernelInt(parts[1] as string);
      if (lo < 1 || hi > 65535 || lo > 65535 || hi < 1) return { ok: false, reason: `ports must be between 1 and 65535` };
      if (hi < lo) return { ok: false, reason: `the low end ${lo} is above the high end ${hi}` };
      return { ok: true, value: { type, value: partial ? { lo, hi, partial } : { lo, hi } } };
    }
    case 'portList': {
      if (text === '') return { ok: true, value: { type, value: [] } };
      const out: PortInterval[] = [];
      // The kernel's bitmap parser wants a digit first and only `,` after a number or range:
      // blanks between items (`30000-32767, 10250`) make the whole write fail.
      for (const item of text.split(',')) {
        const m = /^(\d+)(?:-(\d+))?$/.exec(item);
        if (!m) return { ok: false, reason: `the item ${item.trim() === item ? item || '(empty)' : `"${item}"`} is not N or N-M, and blanks or quotes are not allowed` };
        const lo = Number(m[1]);
        const hi = Number(m[2] ?? m[1]);
        if (lo > 65535 || hi > 65535) return { ok: false, reason: `port ${Math.max(lo, hi)} is above 65535` };
        if (hi < lo) return { ok: false, reason: `range ${lo}-${hi} is reversed` };
        out.push({ lo, hi });
      }
      return { ok: true, value: { type, value: out } };
    }
  }
}

/** Parse `A-B` (NodePort range notation). */
export function parseDashRange(text: string): PortInterval | undefined {
  const m = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(text);
  if (!m) return undefined;
  const lo = Number(m[1]);
  const hi = Number(m[2]);
  if (lo < 1 || hi > 65535 || hi < lo) return undefined;
  return { lo, hi };
}

/** The parts of `range` not covered by any interval of `minus`, as sorted disjoint intervals. */
export function subtractIntervals(range: PortInterval, minus: PortInterval[]): PortInterval[] {
  let parts: PortInterval[] = [{ ...range }];
  for (const m of minus) {
    const next: PortInterval[] = [];
    for (const p of parts) {
      if (m.hi < p.lo || m.lo > p.hi) next.push(p);
      else {
        if (m.lo > p.lo) next.push({ lo: p.lo, hi: m.lo - 1 });
        if (m.hi < p.hi) next.push({ lo: m.hi + 1, hi: p.hi });
      }
    }
    parts = next;
  }
  return parts;
}

export function intersect(a: PortInterval, b: PortInterval): PortInterval | undefined {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  return lo <= hi ? { lo, hi } : undefined;
}

export function formatIntervals(list: PortInterval[]): string {
  return list.map((p) => (p.lo === p.hi ? String(p.lo) : `${p.lo}-${p.hi}`)).join(',');
}

