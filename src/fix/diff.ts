/**
 * Unified diff of two texts (what `--fix-dry-run` prints), line by line with Myers' O(ND)
 * algorithm, three lines of context, `\ No newline at end of file` where a side ends without
 * one. Line ends are kept (a CRLF line stays CRLF), so `patch` or `git apply` can apply it;
 * other control characters are shown escaped, so a file cannot drive the terminal or a CI log.
 */
const CONTEXT = 3;

function splitLines(text: string): string[] {
  const lines = text.match(/[^\n]*\n|[^\n]+$/g);
  return lines ?? [];
}

/** Edit script as a list of operations: ' ' (keep), '-' (old line), '+' (new line). */
function diffLines(a: string[], b: string[]): Array<{ op: ' ' | '-' | '+'; line: string }> {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const A = a.slice(pre, a.length - suf);
  const B = b.slice(pre, b.length - suf);
  const n = A.length;
  const m = B.length;
  const max = n + m;
  const v = new Map<number, number>([[1, 0]]);
  const trace: Array<Map<number, number>> = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(new Map(v));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v.get(k - 1) ?? 0) < (v.get(k + 1) ?? 0)) ? (v.get(k + 1) ?? 0) : (v.get(k - 1) ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && A[x] === B[y]) {
        x++;
        y++;
      }
      v.set(k, x);
      if (x >= n && y >= m) break outer;
    }
  }
  const middle: Array<{ op: ' ' | '-' | '+'; line: string }> = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const vv = trace[d] as Map<number, number>;
    const k = x - y;
    const prevK = k === -d || (k !== d && (vv.get(k - 1) ?? 0) < (vv.get(k + 1) ?? 0)) ? k + 1 : k - 1;
    const prevX = vv.get(prevK) ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      middle.push({ op: ' ', line: A[x] as string });
    }
    if (d > 0) {
      if (x === prevX) middle.push({ op: '+', line: B[--y] as string });
      else middle.push({ op: '-', line: A[--x] as string });
    }
  }
  middle.reverse();
  return [...a.slice(0, pre).map((line) => ({ op: ' ' as const, line })), ...middle, ...a.slice(a.length - suf).map((line) => ({ op: ' ' as const, line }))];
}

function show(line: string): string {
  const eol = /\r?\n$/.exec(line)?.[0] ?? '';
  const body = line.slice(0, line.length - eol.length);
  // eslint-disable-next-line no-control-regex
  return body.replace(/[\x00-\x08\x0b-\x1f\x7f\u0085\u2028\u2029]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`) + (eol || '\n\\ No newline at end of file\n');
}

/** A unified diff from `a/<file>` to `b/<file>`, or '' when the texts are equal. */
export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  const ops = diffLines(splitLines(before), splitLines(after));
  const out: string[] = [`--- a/${file}\n`, `+++ b/${file}\n`];
  const changed = ops.map((o, i) => (o.op !== ' ' ? i : -1)).filter((i) => i >= 0);
  let i = 0;
  while (i < changed.length) {
    const from = Math.max(0, (changed[i] as number) - CONTEXT);
    let last = changed[i] as number;
    while (i + 1 < changed.length && (changed[i + 1] as number) - last <= 2 * CONTEXT) last = changed[++i] as number;
    const to = Math.min(ops.length, last + CONTEXT + 1);
    i++;
    let oldStart = 1;
    let newStart = 1;
    for (let k = 0; k < from; k++) {
      if ((ops[k] as { op: string }).op !== '+') oldStart++;
      if ((ops[k] as { op: string }).op !== '-') newStart++;
    }
    const hunk = ops.slice(from, to);
    const oldLen = hunk.filter((o) => o.op !== '+').length;
    const newLen = hunk.filter((o) => o.op !== '-').length;
    const range = (start: number, len: number) => `${len === 0 ? start - 1 : start}${len === 1 ? '' : `,${len}`}`;
    out.push(`@@ -${range(oldStart, oldLen)} +${range(newStart, newLen)} @@\n`);
    for (const o of hunk) out.push(o.op + show(o.line));
  }
  return out.join('');
}
