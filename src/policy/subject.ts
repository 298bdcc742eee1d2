/**
 * The thing an assertion looks at: one value of one key, with its typed interpretation.
 * Numeric interpretations follow the kernel's proc handlers, which stop after the integers
 * they expect: `1024 65000   # comment` is the range 1024-65000 to the kernel (the
 * inline comment is a separate finding). Quotes are NOT removed: the kernel rejects them.
 */
import { parseValue, type ParseResult, type ValueType } from '../model/values';

export interface Subject {
  readonly key: string;
  readonly raw: string;
  readonly valueType: ValueType;
  readonly parsed: ParseResult;
}

const INLINE_COMMENT = /\s+[#;].*$/;

/**
 * The value is parsed when an operator first asks for it: most lines are judged by operators
 * that read only the key or the raw text (every line of a node is asked about by several rules).
 */
class LineSubject implements Subject {
  private typed: ParseResult | undefined;

  constructor(
    readonly key: string,
    readonly raw: string,
    readonly valueType: ValueType,
  ) {}

  get parsed(): ParseResult {
    if (!this.typed) {
      // Integer handlers stop after the numbers they expect; the port-list parser does not.
      const forKernel = this.valueType === 'string' || this.valueType === 'portList' ? this.raw : this.raw.replace(INLINE_COMMENT, '');
      this.typed = parseValue(forKernel, this.valueType);
    }
    return this.typed;
  }
}

export function makeSubject(key: string, raw: string, valueType: ValueType): Subject {
  return new LineSubject(key, raw, valueType);
}

/** The subject as a single integer, if it is one. */
export function asInteger(s: Subject): number | undefined {
  if (!s.parsed.ok) {
    const p = parseValue(s.raw.replace(INLINE_COMMENT, ''), 'integer');
    return p.ok && p.value.type === 'integer' ? p.value.value : undefined;
  }
  const v = s.parsed.value;
  if (v.type === 'integer') return v.value;
  if (v.type === 'integers' && v.value.length === 1) return v.value[0];
  if (v.type === 'string') {
    const p = parseValue(v.value.replace(INLINE_COMMENT, ''), 'integer');
    return p.ok && p.value.type === 'integer' ? p.value.value : undefined;
  }
  return undefined;
}
