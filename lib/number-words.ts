/**
 * English number words to digits, so a typed "fourteen" grades like "14".
 * Handles cardinals up to the billions ("two hundred and five" → "205",
 * "twenty-one" after hyphen splitting → "21") and ordinals up to "twentieth"
 * plus tens ("thirtieth"), written as digits with a suffix ("5th").
 */

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** Cardinal number words and their values, "zero" to "ninety" (the one list; the question generator reads it too). */
export const CARDINAL_WORDS: Readonly<Record<string, number>> = { ...UNITS, ...TENS };
/** Ordinal number words and their values, "first" to "hundredth". */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
};

function isNumberWord(token: string): boolean {
  return token in UNITS || token in TENS || token in SCALES || token === "hundred";
}

function ordinalSuffix(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return "th";
  return ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
}

/**
 * Replaces each run of number words in a token list with its digits.
 * "and" after hundred or a scale word ("one hundred and five") is absorbed;
 * any other "and" is kept ("five and six" → "5 and 6").
 * Tokens must already be lower-case and split on hyphens.
 *
 * @example
 * numberWordsToDigits(["twenty", "one", "nations"]); // ["21", "nations"]
 * numberWordsToDigits(["fifth"]);                    // ["5th"]
 */
export function numberWordsToDigits(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] ?? "";
    // "twenty first": tens followed by an ordinal unit.
    if (token in TENS && (tokens[i + 1] ?? "") in ORDINAL_WORDS && (ORDINAL_WORDS[tokens[i + 1] ?? ""] ?? 99) < 10) {
      const n = (TENS[token] ?? 0) + (ORDINAL_WORDS[tokens[i + 1] ?? ""] ?? 0);
      out.push(`${n}${ordinalSuffix(n)}`);
      i += 2;
      continue;
    }
    if (token in ORDINAL_WORDS) {
      const n = ORDINAL_WORDS[token] ?? 0;
      out.push(`${n}${ordinalSuffix(n)}`);
      i += 1;
      continue;
    }
    if (!isNumberWord(token)) {
      out.push(token);
      i += 1;
      continue;
    }
    let total = 0;
    let group = 0;
    let j = i;
    while (j < tokens.length) {
      const t = tokens[j] ?? "";
      // British "one hundred and five": "and" only joins after hundred/thousand/…
      const before = tokens[j - 1] ?? "";
      if (t === "and" && (before === "hundred" || before in SCALES) && isNumberWord(tokens[j + 1] ?? "")) {
        j += 1;
        continue;
      }
      if (t in UNITS) group += UNITS[t] ?? 0;
      else if (t in TENS) group += TENS[t] ?? 0;
      else if (t === "hundred") group = (group || 1) * 100;
      else if (t in SCALES) {
        total += (group || 1) * (SCALES[t] ?? 1);
        group = 0;
      } else break;
      j += 1;
    }
    out.push(String(total + group));
    i = j;
  }
  return out;
}
