import { describe, expect, it } from "vitest";
import { annotated } from "../test-helpers";
import { extractSuperlatives } from "./superlatives";
import { extractMilestones } from "./milestones";
import { extractJoinedMembers } from "./members-joined";
import { extractCounts } from "./counts";
import { extractMembers } from "./members";
import { extractEvents } from "./events";
import { extractQuotes } from "./quotes";
import { extractMeetings } from "./meeting";
import { articleContext } from "./context";
import type { FactDraft } from "./types";

type Ex = (ann: ReturnType<typeof annotated>["ann"], ctx: ReturnType<typeof annotated>["ctx"]) => FactDraft[];
const run = (ex: Ex, body: string) => {
  const { ann, ctx } = annotated(body);
  return ex(ann, ctx).map((d) => ({ q: d.question, a: d.answer, exclude: d.exclude }));
};

describe("extractSuperlatives", () => {
  it("asks who holds the distinction", () => {
    expect(run(extractSuperlatives, "Russia has been the major supplier of defence equipment to India.")[0]).toMatchObject({
      q: "Which country has been the major supplier of defence equipment to India?",
      a: "Russia",
    });
  });
  it("keeps 'since YEAR'", () => {
    expect(run(extractSuperlatives, "Japan has been the largest bilateral donor to India since 2003.")[0]?.q).toBe("Which country has been the largest bilateral donor to India since 2003?");
  });
});

describe("extractMilestones", () => {
  it("reads 'was approved in YEAR' and launches with place and date", () => {
    const out = run(extractMilestones, "The Indian Space Research Organisation (ISRO) successfully launched the NVS-02 navigation satellite from Sriharikota on January 29, 2025.\n\nThe NavIC system was approved in 2006 and its first satellite was launched in 2013.");
    expect(out.map((o) => o.a)).toEqual(["Sriharikota", "January 29, 2025", "2006"]);
    expect(out[0]?.q).toBe("From where did the Indian Space Research Organisation launch the NVS-02 navigation satellite on January 29, 2025?");
    expect(out[2]?.q).toBe("In which year was the NavIC system approved?");
  });
  it("names the adopted declaration with the event as context", () => {
    const out = run(extractMilestones, "The 16th BRICS summit was held in Kazan from October 22 to 24, 2024.\n\nThe leaders adopted the Kazan Declaration, which calls for reform.");
    expect(out.find((o) => o.a === "Kazan Declaration")?.q).toBe("Which document did the leaders adopt at the 16th BRICS summit?");
  });
});

describe("extractJoinedMembers", () => {
  it("resolves 'the bloc' and excludes the original members too", () => {
    const out = run(extractJoinedMembers, "BRICS leaders met in Kazan. The original members include Brazil, Russia, India, China and South Africa.\n\nEgypt, Ethiopia, Iran and the United Arab Emirates joined the bloc as full members.");
    expect(out).toHaveLength(1);
    expect(out[0]?.q).toBe("Which of the following joined BRICS as a full member?");
    expect(out[0]?.exclude).toEqual(expect.arrayContaining(["Egypt", "Iran", "Brazil", "India", "South Africa"]));
  });
});

describe("counts and members on unseen phrasing", () => {
  it("'The grouping expanded to 10 members in 2024'", () => {
    const out = run(extractCounts, "BRICS leaders met in Kazan.\n\nThe grouping expanded to 10 members in 2024.");
    expect(out[0]).toMatchObject({ q: "To how many members did BRICS expand in 2024?", a: "10" });
  });
  it("a relative clause subject: '…the NavIC regional navigation system, which comprises seven satellites'", () => {
    expect(run(extractCounts, "The NVS series will strengthen the NavIC regional navigation system, which comprises seven satellites.")[0]?.q).toBe("How many satellites does the NavIC regional navigation system comprise?");
  });
  it("the Quad's four countries", () => {
    const out = run(extractMembers, "The Quad grouping comprises four countries — India, Japan, Australia and the United States — which work together.");
    expect(out[0]?.q).toBe("Which of the following is one of the four countries of the Quad?");
  });
});

describe("events, quotes and meetings on unseen phrasing", () => {
  it("event context is found for a named summit", () => {
    const { ann } = annotated("The 15th India-Japan annual summit was held in New Delhi on March 13, where both sides met.");
    expect(articleContext(ann).event?.phrase).toBe("the 15th India-Japan annual summit");
    expect(run(extractEvents, "The 15th India-Japan annual summit was held in New Delhi on March 13, where both sides met.").map((o) => o.a)).toEqual(["New Delhi", "March 13", "15th"]);
  });
  it("a sentence-initial 'The Nth meeting of X was held in P on D'", () => {
    const out = run(extractEvents, "The 13th meeting of the Forum on Trade was held in Geneva on December 19 and 20.");
    expect(out.map((o) => [o.q, o.a])).toEqual([
      ["Where was the 13th meeting of the Forum on Trade held?", "Geneva"],
      ["When was the 13th meeting of the Forum on Trade held in Geneva?", "December 19 and 20"],
      ["Which edition of the meeting of the Forum on Trade was held in Geneva on December 19 and 20?", "13th"],
    ]);
  });
  it("a quotation then its named speaker", () => {
    const out = run(extractQuotes, "“Japan will invest five trillion yen in India over five years,” Prime Minister Fumio Kishida said at a press conference.");
    expect(out[0]).toMatchObject({ q: "Who said: “Japan will invest five trillion yen in India over five years”?", a: "Fumio Kishida" });
  });
  it("a head of state met is asked as 'which leader'", () => {
    const out = run(extractMeetings, "Prime Minister Narendra Modi held talks with Chinese President Xi Jinping on the sidelines.");
    expect(out[0]).toMatchObject({ q: "Which Chinese leader did Prime Minister Narendra Modi hold talks with?", a: "Xi Jinping" });
  });
});

import { extractChairs } from "./chairs";
import { extractSchemes } from "./schemes";
import { extractBilateral } from "./bilateral";
import { extractRates } from "./rates";
import { extractRoles } from "./roles";

describe("chairs, schemes, bilateral ties, rates", () => {
  const SCO = "The 24th meeting of the Council of Heads of State of the Shanghai Cooperation Organisation (SCO) was held in Astana on July 4, 2024.";
  it("who represented a country and who chaired, with the event as context", () => {
    const out = run(extractChairs, `${SCO}\n\nExternal Affairs Minister S Jaishankar represented India at the summit on behalf of the Prime Minister.\n\nKazakh President Kassym-Jomart Tokayev chaired the meeting.`);
    expect(out.map((o) => [o.q, o.a])).toEqual([
      ["Who represented India at the 24th meeting of the Council of Heads of State of the Shanghai Cooperation Organisation?", "S Jaishankar"],
      ["Who chaired the 24th meeting of the Council of Heads of State of the Shanghai Cooperation Organisation?", "Kassym-Jomart Tokayev"],
    ]);
  });
  it("a rotating presidency", () => {
    expect(run(extractChairs, "China will take over the rotating presidency of the SCO for 2024-25.")[0]).toMatchObject({ q: "Which country will take over the rotating presidency of the SCO for 2024-25?", a: "China" });
  });
  it("a launched scheme, its outlay ('the scheme' resolved) and a national target", () => {
    const out = run(extractSchemes, "Prime Minister Narendra Modi on Thursday launched the PM-Surya Ghar Muft Bijli Yojana, a rooftop solar scheme that aims to light up homes.\n\nThe scheme has an outlay of Rs 75,021 crore.\n\nIndia has set a target of 500 GW of non-fossil fuel capacity by 2030.");
    expect(out.map((o) => o.a)).toEqual(["PM-Surya Ghar Muft Bijli Yojana", "Rs 75,021 crore", "500 GW"]);
    expect(out[1]?.q).toBe("What is the outlay of the PM-Surya Ghar Muft Bijli Yojana?");
  });
  it("'the two countries' resolved to the pair named just before; number of agreements", () => {
    const out = run(extractBilateral, "India and Portugal signed four agreements, including on maritime heritage.\n\nThe two countries established diplomatic relations in 1975.");
    expect(out.map((o) => [o.q, o.a])).toEqual([
      ["How many agreements did India and Portugal sign?", "four"],
      ["In which year did India and Portugal establish diplomatic relations?", "1975"],
    ]);
  });
  it("'the two countries' with no pair before it is dropped", () => {
    expect(run(extractBilateral, "The two countries established diplomatic relations in 1975.")).toEqual([]);
  });
  it("a policy rate", () => {
    expect(run(extractRates, "The Reserve Bank of India’s Monetary Policy Committee (MPC) on Friday kept the repo rate unchanged at 6.5 per cent.")[0]).toMatchObject({
      q: "At what level did the Reserve Bank of India’s Monetary Policy Committee keep the repo rate unchanged?",
      a: "6.5 per cent",
    });
  });
  it("portfolio and 'of India' posts do not swallow the name", () => {
    const out = run(extractRoles, "Union Minister for New and Renewable Energy Pralhad Joshi said that demand is high.\n\nThe Bench was headed by Chief Justice of India D Y Chandrachud.");
    expect(out.filter((o) => o.q.startsWith("What post")).map((o) => o.a)).toEqual(["Union Minister for New and Renewable Energy", "Chief Justice of India"]);
  });
});

describe("round four: phrasings found on unseen text", () => {
  it("a venue with a particle: 'held in Rio de Janeiro'", () => {
    expect(run(extractEvents, "The third meeting of the Group of Finance Ministers was held in Rio de Janeiro on July 25 and 26.")[0]?.a).toBe("Rio de Janeiro");
  });
  it("straight-quoted speech", () => {
    expect(run(extractQuotes, '"The world needs stronger and more effective development banks," Finance Minister Asha Rao said.')[0]?.a).toBe("Asha Rao");
  });
  it("'talks between A and his X counterpart B'", () => {
    const out = run(extractMeetings, "India and Chile signed seven agreements after talks between Prime Minister Asha Rao and his Chilean counterpart Ana Soto in Lima.");
    expect(out[0]).toMatchObject({ q: "Which Chilean counterpart did Prime Minister Asha Rao hold talks with?", a: "Ana Soto" });
  });
  it("'The X Treaty, signed in YEAR, …' and 'X became a permanent member of Y in YEAR'", () => {
    const out = run(extractMilestones, "The Andes Water Treaty, signed in 1996, is due for renewal.\n\nThe African Union became a permanent member of the G20 in 2023.");
    expect(out.map((o) => [o.q, o.a])).toEqual([
      ["In which year was the Andes Water Treaty signed?", "1996"],
      ["In which year did the African Union become a permanent member of the G20?", "2023"],
    ]);
  });
  it("relative time is dropped from a subject: 'India and Chile on Saturday signed seven agreements'", () => {
    expect(run(extractBilateral, "India and Chile on Saturday signed seven agreements.")[0]?.q).toBe("How many agreements did India and Chile sign?");
  });
});

import { extractAppointments } from "./appointments";
import { extractAgreements } from "./agreements";
import { extractDurations } from "./durations";

describe("round five: appointments, awards, dated agreements", () => {
  it("'X was sworn in as the ninth President of Y on DATE', with a surname-only appositive merged", () => {
    const out = run(extractAppointments, "Ana Maria Soto was sworn in as the ninth President of Chile on September 23, 2024.\n\nSoto, the leader of the Green coalition, won the election.");
    expect(out.map((o) => [o.q, o.a])).toEqual([
      ["Who was sworn in as the ninth President of Chile on September 23, 2024?", "Ana Maria Soto"],
      ["When was Ana Maria Soto sworn in as the ninth President of Chile?", "September 23, 2024"],
    ]);
  });
  it("an award given to an organisation", () => {
    expect(run(extractAppointments, "The Norwegian Nobel Committee on Friday awarded the 2024 Nobel Peace Prize to Andes Hope, a group of survivors.")[0]).toMatchObject({ q: "Who was awarded the 2024 Nobel Peace Prize?", a: "Andes Hope" });
  });
  it("an agreement signed in a city on a date", () => {
    const out = run(extractAgreements, "India and the Andean Trade Association (ATA) signed a Trade and Economic Partnership Agreement (TEPA) in Lima on March 10, 2024.");
    expect(out.map((o) => o.a)).toEqual(["March 10, 2024", "Lima"]);
    expect(out[0]?.q).toBe("When did India and the Andean Trade Association sign a Trade and Economic Partnership Agreement?");
  });
  it("a possessive superlative and an office's term", () => {
    expect(run(extractSuperlatives, "Chile is India's largest trading partner among the Andean countries.")[0]).toMatchObject({ q: "Which country is India's largest trading partner among the Andean countries?", a: "Chile" });
    expect(run(extractDurations, "The President of Chile is elected for a four-year term.")[0]).toMatchObject({ q: "For how many years is the President of Chile elected?", a: "four" });
  });
  it("'Commerce and Industry Minister X' keeps the whole post, but 'A and French President X' does not swallow A", () => {
    const { ann } = annotated("Commerce and Industry Minister Ravi Goyal said trade will grow. It met US President Joe Smith and French President Anne Roux.");
    expect(ann.people.get("Ravi Goyal")?.roles).toEqual(["Commerce and Industry Minister"]);
    expect(ann.people.get("Anne Roux")?.roles).toEqual(["French President"]);
  });
});

import { extractRankings } from "./rankings";

describe("round six: rankings, trends, 'highest number of'", () => {
  it("rank, top ('the index' resolved) and publisher", () => {
    const out = run(extractRankings, "India has been ranked 39th out of 133 economies in the Global Innovation Index (GII) 2024.\n\nThe index is published annually by the World Intellectual Property Organization (WIPO).\n\nSwitzerland topped the index for the 14th consecutive year, followed by Sweden.");
    expect(out.map((o) => [o.q, o.a])).toEqual([
      ["What was India’s rank out of 133 economies in the Global Innovation Index 2024?", "39th"],
      ["Which organisation publishes the Global Innovation Index 2024?", "World Intellectual Property Organization"],
      ["Which country topped the Global Innovation Index 2024 for the 14th consecutive year?", "Switzerland"],
    ]);
  });
  it("'India’s tiger population has risen to 3,682' and 'India now has 55 tiger reserves'", () => {
    const out = run(extractCounts, "India’s tiger population has risen to 3,682, according to the census.\n\nIndia now has 55 tiger reserves.");
    expect(out.map((o) => [o.q, o.a])).toEqual([
      ["To what number has India’s tiger population risen?", "3,682"],
      ["How many tiger reserves does India have?", "55"],
    ]);
  });
  it("'X has the highest number of Y at N'", () => {
    expect(run(extractSuperlatives, "Madhya Pradesh has the highest number of tigers at 785, followed by Karnataka.")[0]).toMatchObject({ q: "Which state or region has the highest number of tigers?", a: "Madhya Pradesh" });
  });
});
