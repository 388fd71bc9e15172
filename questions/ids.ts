/**
 * Stable ids: a pure 64-bit FNV-1a hash (two 32-bit lanes) of the parts, in hex.
 * Pure so the core runs anywhere; ids depend only on content, never on positions.
 */

function fnv1a32(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * A 16-hex-digit hash of the parts, joined with a separator no text contains.
 *
 * @example stableHash(["art", "role", "X"]) === stableHash(["art", "role", "X"]) // true
 */
export function stableHash(parts: readonly string[]): string {
  const text = parts.join("\u241f");
  const a = fnv1a32(text, 0x811c9dc5);
  const b = fnv1a32(text, 0x01000193 ^ 0x5bd1e995);
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}
