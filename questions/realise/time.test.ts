import { describe, expect, it } from "vitest";
import { anchorTimes, asOfArticle, placedInTime, tenseOf, thenFrom, withoutThenOpener, withYears, yearInContext } from "./time";

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

describe("each month dated on its own", () => {
  it("dates a month whose clause has no year, though another clause has one", () => {
    expect(withYears("Prices of edible oils rose ____ in April, reflecting higher duties imposed in September 2025.", "2026-05-12", "past")).toBe(
      "Prices of edible oils rose ____ in April 2026, reflecting higher duties imposed in September 2025.",
    );
    expect(withYears("Growth has averaged 6% since 2020, and slowed in the June quarter.", "2026-08-30", "past")).toBe(
      "Growth has averaged 6% since 2020, and slowed in the June 2026 quarter.",
    );
  });
  it("dates every undated month, and none twice", () => {
    expect(withYears("It fell in March and rose in April.", "2026-05-12", "past")).toBe("It fell in March 2026 and rose in April 2026.");
    expect(withYears("It fell in March 2026 and rose on April 2.", "2026-05-12", "past")).toBe("It fell in March 2026 and rose on April 2, 2026.");
  });
});

describe("a month ahead of the article", () => {
  it("is this year's after 'ahead of', in a sentence told in the past", () => {
    expect(
      withYears("The ministry on August 17, 2026 asked states to act ahead of the post-monsoon peak in September and October.", "2026-08-18", "past"),
    ).toBe("The ministry on August 17, 2026 asked states to act ahead of the post-monsoon peak in September and October 2026.");
  });
});

describe("months and weekdays told relative to the article", () => {
  it("dates 'last August' and 'next February' from the article's month", () => {
    expect(anchorTimes("It was the fifth cut since last August.", "2025-08-07")).toBe("It was the fifth cut since August 2024.");
    expect(anchorTimes("Prices peaked last March.", "2025-08-07")).toBe("Prices peaked in March 2025.");
    expect(anchorTimes("The ministers meet next February.", "2025-08-07")).toBe("The ministers meet in February 2026.");
  });
  it("reads a weekday right after a verb of telling as 'on' it", () => {
    expect(anchorTimes("The report released Wednesday said cases fell.", "2025-11-13")).toBe("The report released on November 12, 2025 said cases fell.");
  });
});

describe("a weekday after a past verb in a sentence about plans", () => {
  it("is the last such day, not the next", () => {
    expect(anchorTimes("Wright said Wednesday that the White House plans to replace the oil.", "2026-03-12")).toBe(
      "Wright said on March 11, 2026 that the White House plans to replace the oil.",
    );
  });
});

describe("a month that comes every year", () => {
  it("takes no year", () => {
    expect(withYears("The rainy season, which usually begins in June, crowds families indoors.", "2026-05-06", "past")).toBe(
      "The rainy season, which usually begins in June, crowds families indoors.",
    );
    expect(yearInContext("June", "the rainy season, which usually begins in June", "2026-05-06", "past")).toBeUndefined();
  });
});

describe("a prompt that says no time is placed in the article's month", () => {
  // Sentences written for this test.
  it("holds a state 'as of' the month and reports an event or a plan in it", () => {
    expect(placedInTime("The port handles ____ of the country's trade.", "2026-03-05", true)).toBe(
      "The port handles ____ of the country's trade, as of March 2026.",
    );
    expect(placedInTime("The two sides agreed to a ceasefire to repair the ____.", "2026-02-27", false)).toBe(
      "The two sides agreed to a ceasefire to repair the ____, as reported in February 2026.",
    );
    expect(placedInTime("How many megawatts will the plant generate?", "2026-03-05", false)).toBe(
      "How many megawatts will the plant generate, as reported in March 2026?",
    );
  });

  it("leaves a prompt that names a time, a name's question, a quote's end and an undated article", () => {
    expect(placedInTime("Exports fell 3% in April.", "2026-05-02", false)).toBe("Exports fell 3% in April.");
    expect(placedInTime("The plant opened on Feb. 28.", "2026-03-05", false)).toBe("The plant opened on Feb. 28.");
    expect(placedInTime("Output rose ____ in 2025.", "2026-03-05", false)).toBe("Output rose ____ in 2025.");
    expect(placedInTime("Output is ____, as of March 2026.", "2026-03-05", true)).toBe("Output is ____, as of March 2026.");
    expect(placedInTime("What is the name of the crew's spacecraft?", "2026-04-11", true)).toBe("What is the name of the crew's spacecraft?");
    expect(placedInTime('He called it "a ____ day."', "2026-04-11", false)).toBe('He called it "a ____ day."');
    expect(placedInTime("The two sides agreed to a ____.", undefined, false)).toBe("The two sides agreed to a ____.");
  });
});

describe("a bare weekday as a wire writes it", () => {
  it("is 'on' that day of the article's week", () => {
    // The article of Friday 2024-11-08; a sentence written for this test.
    expect(anchorTimes("The bank delivered its second straight rate cut Thursday.", "2024-11-08")).toBe(
      "The bank delivered its second straight rate cut on November 7, 2024.",
    );
    expect(anchorTimes("Thursday's move cut the rate.", "2024-11-08")).toBe("The move on November 7, 2024 cut the rate.");
    expect(anchorTimes("The vice president will address a rally ahead of Sunday's elections.", "2026-04-07")).toBe(
      "The vice president will address a rally ahead of the elections on April 12, 2026.",
    );
    expect(anchorTimes("Earlier on Thursday, the minister arrived in Malaysia.", "2024-11-08")).toBe("On November 7, 2024, the minister arrived in Malaysia.");
    // "no later than Monday" is a deadline: the day, no "on"
    expect(anchorTimes("Services will resume no later than Monday, the agency said.", "2023-03-10")).toBe(
      "Services will resume no later than March 13, 2023, the agency said.",
    );
    // a weekday with its date in brackets
    expect(anchorTimes("The bank will reopen Monday (March 13), the agency said.", "2023-03-10")).toBe(
      "The bank will reopen on March 13, 2023, the agency said.",
    );
    // a relative year after a preposition
    expect(anchorTimes("Countries will strengthen their targets by the end of next year.", "2021-11-13")).toBe(
      "Countries will strengthen their targets by the end of 2022.",
    );
    // between a name and its past verb
    expect(anchorTimes("Prime Minister Mara Quell Thursday commissioned the carrier.", "2024-11-08")).toBe(
      "Prime Minister Mara Quell on November 7, 2024 commissioned the carrier.",
    );
  });
});

describe("a month opening a sentence or ending a quarter gets its year", () => {
  it("dates 'In January,' and 'the quarter ending December'", () => {
    expect(withYears("In January, the ministry changed the GDP series.", "2026-02-27", "past")).toBe("In January 2026, the ministry changed the GDP series.");
    expect(withYears("The economy grew 7.8% in the quarter ending December.", "2026-02-27", "past")).toBe(
      "The economy grew 7.8% in the quarter ending December 2025.",
    );
  });
});

describe("weekdays the code review caught (sentences written for this test)", () => {
  it("dates a past event's possessive in the past, and only an event's noun", () => {
    // Friday 2026-01-09.
    expect(anchorTimes("The results of Sunday's elections showed the ruling party won.", "2026-01-09")).toBe(
      "The results of the elections on January 4, 2026 showed the ruling party won.",
    );
    expect(anchorTimes("Sunday's presidential election was won by the mayor.", "2026-01-09")).toBe("Sunday's presidential election was won by the mayor.");
  });
  it("leaves weekdays in names, in ranges and beside a date, and dates a past verb's day in the past", () => {
    expect(anchorTimes("Shops reported record Black Friday sales.", "2026-01-09")).toBe("Shops reported record Black Friday sales.");
    expect(anchorTimes("The market is open from Monday to Friday.", "2026-01-09")).toBe("The market is open from Monday to Friday.");
    expect(anchorTimes("The Fed cut rates Friday, January 9.", "2026-01-09")).toBe("The Fed cut rates Friday, January 9.");
    // Wednesday 2026-04-15.
    expect(anchorTimes("The minister, who arrived Monday, will visit Delhi.", "2026-04-15")).toBe(
      "The minister, who arrived on April 13, 2026, will visit Delhi.",
    );
  });
  it("takes a time from the sentence before only when it is one, and drops the opener it replaces", () => {
    expect(thenFrom("Subsequently, the government approved 12 projects.", "The scheme cost Rs 2000 crore.")).toBeUndefined();
    expect(thenFrom("Later, the bank raised rates.", "The last cut was in May 2020.")).toBe("After May 2020");
    expect(withoutThenOpener("Later, the bank raised rates ____ times.")).toBe("the bank raised rates ____ times.");
    expect(withoutThenOpener("How many times did the bank raise rates after that?")).toBe("How many times did the bank raise rates?");
  });
});

describe("a weekday's event", () => {
  it("'Saturday's test' is the test on the last Saturday before the article", () => {
    expect(anchorTimes("Saturday’s test was the first of many.", "2023-10-23")).toBe("The test on October 21, 2023 was the first of many.");
    expect(anchorTimes("After Saturday's launch, the agency said more tests would follow.", "2023-10-23")).toBe(
      "After the launch on October 21, 2023, the agency said more tests would follow.",
    );
  });
});
