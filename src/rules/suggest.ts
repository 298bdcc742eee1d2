/** "Did you mean": the known names closest to a mistyped one. */

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number) => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = v;
    }
  }
  return at(a.length, b.length);
}

/**
 * Up to `max` names close to `input`, best first: names containing it (a fragment such as
 * `recycle`) or its words in another order, then names within a few edits of it or of their own start (a mistyped
 * `tcp-tw-recyle` for tcp-tw-recycle-enabled). The edit budget grows with what was typed.
 */
export function closestNames(input: string, names: readonly string[], max = 3): string[] {
  const needle = input.toLowerCase();
  const limit = Math.max(1, Math.floor(needle.length / 3));
  const scored: Array<{ name: string; score: number }> = [];
  for (const name of names) {
    if (needle.length >= 3 && name.includes(needle)) {
      scored.push({ name, score: 0.5 + (name.length - needle.length) / 1000 });
      continue;
    }
    // The same words in another order (`unused-suppression` for suppression-unused).
    const words = name.split(/[-/]/);
    const typed = needle.split(/[-/]/).filter(Boolean);
    if (typed.length > 1 && typed.every((w) => words.includes(w))) {
      scored.push({ name, score: 0.75 + (words.length - typed.length) / 1000 });
      continue;
    }
    const full = editDistance(needle, name);
    const start = name.length > needle.length ? editDistance(needle, name.slice(0, needle.length)) + 1 : Infinity;
    const dist = Math.min(full, start);
    if (dist <= limit) scored.push({ name, score: dist });
  }
  scored.sort((x, y) => x.score - y.score || (x.name < y.name ? -1 : 1));
  return scored.slice(0, max).map((s) => s.name);
}

export function didYouMean(input: string, names: readonly string[]): string {
  const c = closestNames(input, names);
  return c.length ? `; did you mean ${c.join(', ')}?` : '';
}
