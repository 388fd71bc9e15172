import { describe, expect, it } from "vitest";
import { seededRandom } from "./random";
import { compareUtf8 } from "./utf8-order";

/** The order of UTF-8 bytes, as SQLite's BINARY collation compares text. */
const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));

describe("compareUtf8", () => {
  it("orders characters beyond U+FFFF after U+E000–U+FFFF, as UTF-8 bytes do", () => {
    expect(compareUtf8("\uFF01", "😀")).toBeLessThan(0);
    expect(compareUtf8("😀", "\uE000")).toBeGreaterThan(0);
    expect(compareUtf8("abc", "abd")).toBeLessThan(0);
    expect(compareUtf8("ab", "abc")).toBeLessThan(0);
    expect(compareUtf8("same", "same")).toBe(0);
  });

  it("agrees with a byte-by-byte comparison of the UTF-8 text on random strings", () => {
    const random = seededRandom(7);
    const pool = ["a", "b", "Z", " ", "é", "ß", "中", "\uD7FF", "\uE000", "\uFF01", "\uFFFD", "😀", "𝄞", "🇮🇳"];
    const text = () => Array.from({ length: Math.floor(random() * 5) }, () => pool[Math.floor(random() * pool.length)]!).join("");
    for (let i = 0; i < 5000; i++) {
      const a = text();
      const b = text();
      expect(Math.sign(compareUtf8(a, b))).toBe(Math.sign(byBytes(a, b)));
    }
  });
});
