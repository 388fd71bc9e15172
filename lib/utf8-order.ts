/**
 * Text in the order SQLite's BINARY collation gives it (UTF-8 bytes compared one by one, the shorter
 * first when one is the start of the other), which is code point order. JavaScript's `<` compares
 * UTF-16 code units instead, which differs for characters beyond U+FFFF (a surrogate pair, D800–DFFF)
 * against U+E000–U+FFFF: in UTF-8 the first are greater.
 *
 * @example
 * compareUtf8("\uFF01", "😀"); // < 0 (U+FF01 before U+1F600), though "\uFF01" < "😀" is false
 */
export function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codeUnitRank(x) - codeUnitRank(y);
  }
  return a.length - b.length;
}

/** A code unit's place in code point order: surrogates (D800–DFFF) after E000–FFFF, which move down. */
function codeUnitRank(c: number): number {
  if (c < 0xd800) return c;
  return c <= 0xdfff ? c + 0x2000 : c - 0x800;
}
