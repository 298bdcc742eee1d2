/**
 * Whether a value written in a file is the value a running kernel reports. The kernel prints
 * vectors with tabs (`32768\t60999`) and integers in decimal, while files use any whitespace
 * and the integer handlers parse an optional `-` and then base 0 (`proc_get_long()` ->
 * `strtoul_lenient(p, &p, 0, …)`), so `0x10` and `010` are 16 and 8. Numbers are compared as
 * integers, everything else as text with whitespace runs normalised.
 */

/** Whitespace runs as one space, trimmed: how values are shown and compared as text. */
export function normalizeLiveValue(v: string): string {
  return v.trim().split(/\s+/).join(' ');
}

const INLINE_COMMENT = /\s+[#;].*$/;

/** A token as the kernel's integer parser reads it (base 0), or undefined. */
function kernelInteger(token: string): bigint | undefined {
  const m = /^(-?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(token);
  if (!m) return undefined;
  const digits = m[2] as string;
  const n = /^0[xX]/.test(digits) ? BigInt(digits) : digits.length > 1 && digits.startsWith('0') ? BigInt('0o' + digits.slice(1)) : BigInt(digits);
  return m[1] === '-' ? -n : n;
}

function integers(v: string): bigint[] | undefined {
  const tokens = normalizeLiveValue(v).split(' ');
  if (tokens.length === 0 || tokens[0] === '') return undefined;
  const out: bigint[] = [];
  for (const t of tokens) {
    const n = kernelInteger(t);
    if (n === undefined) return undefined;
    out.push(n);
  }
  return out;
}

export function sameSysctlValue(fileValue: string, liveValue: string): boolean {
  if (normalizeLiveValue(fileValue) === normalizeLiveValue(liveValue)) return true;
  // The integer handlers stop after the numbers they expect: `15   # comment` writes 15.
  const fileInts = integers(fileValue) ?? integers(fileValue.replace(INLINE_COMMENT, ''));
  const liveInts = integers(liveValue);
  if (!fileInts || !liveInts || fileInts.length !== liveInts.length) return false;
  return fileInts.every((n, i) => n === liveInts[i]);
}
