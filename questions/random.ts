/** Seeded randomness (mulberry32) so every run with the same seed repeats exactly. */

// The same mulberry32 and Fisher–Yates shuffle as the app's exam papers: one definition, in lib/.
export { seededRandom as mulberry32, shuffled } from "../lib/random";

/** A 32-bit seed from a string and a number. */
export function seedFrom(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
