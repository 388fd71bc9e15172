import { describe, expect, it } from "vitest";
import { anchorTimes, asOfArticle, tenseOf, withYears, yearInContext } from "./time";

describe("a month without its year gets the article's", () => {
  it("dates a past month from the article's date", () => {
    expect(withYears("South Korea's exports fell 3.8% in April.", "2026-05-02", "past")).toBe("South Korea's exports fell 3.8% in April 2026.");
    // A month after the article's, told in the past, is last year's.
    expect(withYears("The rupiah slid to a record low in November.", "2026-05-20", "past")).toBe("The rupiah slid to a record low in November 2025.");
  });

  it("puts the year after a day, a range of days, a pair of months and a quarter's months", () => {
    expect(withYears("India hosts the ____ in New Delhi from February 16 to 20.", "2026-02-13", "past")).toBe(
      "India hosts the ____ in New Delhi from February 16 to 20, 2026.",
    );
    expect(withYears("The bank spent $6.8 billion in February and March.", "2026-05-20", "past")).toBe(
      "The bank spent $6.8 billion in February and March 2026.",
    );
    expect(withYears("A drive will run from May 18 to June 15, aiming at 2 million children.", "2026-05-05", "future")).toBe(
      "A drive will run from May 18 to June 15, 2026, aiming at 2 million children.",
    );
    expect(withYears("India's economy grew 7.4% in the October–December quarter.", "2026-02-27", "past")).toBe(
      "India's economy grew 7.4% in the October–December 2025 quarter.",
    );
  });

  it("keeps a forecast or a plan in the article's year", () => {
    expect(tenseOf("The India Meteorological Department has forecast the June–September monsoon rainfall at 96%.")).toBe("intent");
    expect(withYears("The department has forecast the June–September monsoon at ____.", "2026-05-12", "intent")).toBe(
      "The department has forecast the June–September 2026 monsoon at ____.",
    );
    expect(withYears("Farfán will be sworn in on July 28.", "2026-06-08", tenseOf("Farfán will be sworn in on July 28."))).toBe(
      "Farfán will be sworn in on July 28, 2026.",
    );
  });

  it("dates a month by its own clause, not by a plan elsewhere in the sentence", () => {
    const sentence = "India's economy grew 7.4% in the October–December quarter, and the government expects growth of 6.5% in the current fiscal year.";
    expect(withYears("India's economy grew 7.7% in the October–December quarter.", "2026-05-12", tenseOf(sentence))).toBe(
      "India's economy grew 7.7% in the October–December 2025 quarter.",
    );
  });

  it("dates an occasion still to come in the article's year, and the previous one in the past", () => {
    expect(yearInContext("October", "The advisory group is expected to take up the matter at its meeting in October", "2026-08-18", "intent")).toBe(2026);
    expect(
      yearInContext(
        "November",
        "The declaration called for a conclusion of negotiations at the COP31 conference in Antalya, Türkiye, in November",
        "2026-09-11",
        "past",
      ),
    ).toBe(2026);
    const sentence = "Four board members saw the possibility of a further cut within the next three months, up from two at the previous meeting in April.";
    expect(yearInContext("April", sentence, "2026-05-28", tenseOf(sentence))).toBe(2026);
    expect(yearInContext("November", "up from two at the previous meeting in November", "2026-02-10", "past")).toBe(2025);
    // A decision to raise output in a coming month, told in the past.
    const opec = "Eight members of OPEC+ agreed on May 31, 2026 to raise crude production by 548,000 barrels a day in July";
    expect(yearInContext("July", opec, "2026-06-01", tenseOf(opec))).toBe(2026);
    expect(yearInContext("November", "Exports fell by 2% in November", "2026-02-10", tenseOf("Exports fell by 2% in November"))).toBe(2025);
  });

  it("leaves a prompt that has a year, a modal 'may', and an undated article alone", () => {
    expect(withYears("Exports rose 2% in May from 2025's level.", "2026-06-01", "past")).toBe("Exports rose 2% in May from 2025's level.");
    expect(withYears("Prices may rise in the coming months.", "2026-06-01", "past")).toBe("Prices may rise in the coming months.");
    expect(withYears("Exports fell in April.", undefined, "past")).toBe("Exports fell in April.");
  });
});

describe("a figure that holds at a time is asked as of the article's month", () => {
  it("adds 'as of' to an undated prompt", () => {
    expect(asOfArticle("Japan gets ____ of its energy imports from the Middle East.", "2026-03-19")).toBe(
      "Japan gets ____ of its energy imports from the Middle East, as of March 2026.",
    );
  });
  it("adds nothing to a dated prompt or a quote's end", () => {
    expect(asOfArticle("Inflation stood at ____ in January 2026.", "2026-03-19")).toBe("Inflation stood at ____ in January 2026.");
    expect(asOfArticle("Inflation stood at ____ as of January.", "2026-03-19")).toBe("Inflation stood at ____ as of January.");
    expect(asOfArticle('He called the ____ fine "discriminatory."', "2026-03-19")).toBe('He called the ____ fine "discriminatory."');
  });
});

describe("relative times", () => {
  it("keeps 'year on year' (it is no weekday or 'on year')", () => {
    expect(anchorTimes("Inflation eased to 1.9% year on year in April.", "2026-05-20")).toBe("Inflation eased to 1.9% year on year in April.");
  });
});
