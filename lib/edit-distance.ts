/**
 * Damerau-Levenshtein distance (optimal string alignment): the fewest
 * insertions, deletions, substitutions and swaps of two adjacent characters
 * that turn `a` into `b`. "recieve" → "receive" is 1 (a swap), not 2.
 *
 * Compares UTF-16 code units; callers pass normalised, lower-case text.
 *
 * @example
 * damerauLevenshtein("Moskow", "Moscow"); // 1
 * damerauLevenshtein("Chile", "China");   // 2
 */
export function damerauLevenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const cols = b.length + 1;
  // Three rolling rows: two back (for swaps), previous, current.
  let before = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  let cur = new Array<number>(cols).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (prev[j] ?? 0) + 1, // deletion
        (cur[j - 1] ?? 0) + 1, // insertion
        (prev[j - 1] ?? 0) + cost, // substitution
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (before[j - 2] ?? 0) + 1); // swap
      }
      cur[j] = d;
    }
    [before, prev, cur] = [prev, cur, before];
  }
  return prev[b.length] ?? 0;
}
