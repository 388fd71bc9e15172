import { describe, expect, it } from "vitest";
import { annotated } from "../test-helpers";
import { extractDelegationLeaders } from "./delegation";
import { extractMeetings } from "./meeting";
import { extractRoles } from "./roles";
import { extractQuotes } from "./quotes";
import { extractSupport } from "./support";
import { extractEvents } from "./events";
import { extractAgreements } from "./agreements";
import { extractCounts } from "./counts";
import { extractMembers } from "./members";
import { extractDurations } from "./durations";
import { extractInitiatives } from "./initiatives";
import type { Extractor } from "./types";

const EVENT = "Russia reiterated its support for India’s bid for a permanent seat on a reformed United Nations Security Council during the 13th meeting of the India-Russia joint working group (JWG) on counter-terrorism cooperation held in Moscow on December 19 and 20.";
const DELEGATION = "Tanmaya Lal, Secretary (West) in the MEA, led the Indian delegation during the JWG on counter-terrorism cooperation and the UN-related consultations. The Russian delegation was headed by Sergey Vershinin, deputy minister of foreign affairs of the Russian Federation, with representatives from various departments and agencies of both nations participating in the meetings.";

function run(ex: Extractor, body: string) {
  const { ann, ctx } = annotated(body);
  return ex(ann, ctx).map((d) => ({ kind: d.kind, q: d.question, a: d.answer, ok: d.sentence.text.includes(d.answer) }));
}

describe("extractDelegationLeaders", () => {
  it("finds both leaders, with the event from the article as context", () => {
    const out = run(extractDelegationLeaders, `${EVENT}\n\n${DELEGATION}`);
    expect(out).toEqual([
      { kind: "delegation-leader", q: "Who led the Indian delegation at the 13th meeting of the India-Russia joint working group on counter-terrorism cooperation?", a: "Tanmaya Lal", ok: true },
      { kind: "delegation-leader", q: "Who headed the Russian delegation at the 13th meeting of the India-Russia joint working group on counter-terrorism cooperation?", a: "Sergey Vershinin", ok: true },
    ]);
  });
  it("works on an unseen summit report", () => {
    const out = run(extractDelegationLeaders, "The 16th BRICS summit was held in Kazan from October 22 to 24, 2024.\n\nThe Indian delegation was led by Prime Minister Narendra Modi, while the Brazilian delegation was headed by Foreign Minister Mauro Vieira.");
    expect(out.map((o) => [o.q, o.a])).toEqual([
      ["Who led the Indian delegation at the 16th BRICS summit?", "Narendra Modi"],
      ["Who headed the Brazilian delegation at the 16th BRICS summit?", "Mauro Vieira"],
    ]);
  });
});

describe("extractEvents", () => {
  it("gives place, date exactly as written (no year added) and edition", () => {
    const out = run(extractEvents, EVENT);
    expect(out.map((o) => o.a)).toEqual(["Moscow", "December 19 and 20", "13th"]);
    expect(out[0]?.q).toBe("Where was the 13th meeting of the India-Russia joint working group on counter-terrorism cooperation held?");
  });
  it("reads 'The 15th BRICS summit was held in X from A to B, YEAR'", () => {
    const out = run(extractEvents, "The 15th BRICS summit was held in Johannesburg from August 22 to 24, 2023, under South Africa's chairship.");
    expect(out.map((o) => o.a)).toEqual(["Johannesburg", "August 22 to 24, 2023", "15th"]);
  });
});

describe("extractAgreements", () => {
  it("answers when the North–South agreement was signed, and by whom", () => {
    const out = run(extractAgreements, "Russia, India and Iran signed an intergovernmental agreement on the creation of the North-South multimodal transport corridor in 2000.");
    expect(out[0]).toEqual({ kind: "agreement", q: "In which year did Russia, India and Iran sign an intergovernmental agreement on the creation of the North-South multimodal transport corridor?", a: "2000", ok: true });
    expect(out[1]?.a).toBe("Iran");
  });
});

describe("extractMeetings", () => {
  it("resolves the surname to the full name and keeps the absolute date", () => {
    const out = run(extractMeetings, `${DELEGATION}\n\nOn December 19, Lal also met with Russian deputy foreign minister Mikhail Galuzin to discuss pressing international and regional issues, including the ongoing Ukraine conflict.`);
    expect(out.map((o) => o.a)).toEqual(["Mikhail Galuzin", "December 19"]);
    expect(out[0]?.q).toContain("Tanmaya Lal");
  });
  it("reads 'held talks with his Indian counterpart'", () => {
    const out = run(extractMeetings, "“We support it” the council said, Russian Foreign Minister Sergey Lavrov said after holding talks with his Indian counterpart S Jaishankar.");
    expect(out[0]).toMatchObject({ q: "Which Indian counterpart did Russian Foreign Minister Sergey Lavrov hold talks with?", a: "S Jaishankar" });
  });
});

describe("extractRoles", () => {
  it("asks for the post and for the holder; a bare post is qualified by the person's country", () => {
    const out = run(extractRoles, "Earlier this year, UK Labour Party leader Keir Starmer voiced support for the bid.\n\nExternal Affairs Minister S Jaishankar met his Russian counterpart.\n\nLavrov held talks with his Indian counterpart S Jaishankar.");
    expect(out.map((o) => o.q)).toEqual([
      "What post does Keir Starmer hold?",
      "Who is the UK Labour Party leader?",
      "What post does S Jaishankar hold?",
      "Who is India’s External Affairs Minister?",
    ]);
  });
});

describe("extractCounts / extractMembers / extractDurations", () => {
  it("counts members, and the expansion of participants with context from the previous sentence", () => {
    const out = run(extractCounts, "The UNSC currently comprises five permanent members and ten non-permanent members.\n\nRussia, India and Iran signed an intergovernmental agreement on the creation of the North-South multimodal transport corridor in 2000. The number of participants expanded to 14 later.");
    expect(out.map((o) => [o.q, o.a])).toEqual([
      ["How many permanent members does the UNSC comprise?", "five"],
      ["How many non-permanent members does the UNSC comprise?", "ten"],
      ["To what number did the participants in the North-South multimodal transport corridor expand?", "14"],
    ]);
  });
  it("asks for one member of a dashed list", () => {
    const out = run(extractMembers, "Currently, the UNSC comprises five permanent members — the United States, China, France, Russia, and the United Kingdom — who wield veto power.");
    expect(out).toHaveLength(1);
    expect(out[0]?.q).toBe("Which of the following is one of the five permanent members of the UNSC?");
  });
  it("reads N-day visits, N-year terms and 'served … from Y1 to Y2'", () => {
    const out = run(extractDurations, "Jaishankar is on a five-day visit to Russia, External Affairs Minister S Jaishankar said.\n\nThe UNSC has members. Ten non-permanent members are elected for two-year terms.\n\nIndia, which served as a non-permanent member from 2021 to 2022, continues to argue.");
    expect(out.map((o) => o.a)).toEqual(["five", "two", "2021 to 2022"]);
  });
});

describe("extractSupport / extractInitiatives / extractQuotes", () => {
  it("support: the supporter is the answer, without the event phrase", () => {
    const out = run(extractSupport, EVENT);
    expect(out[0]).toMatchObject({ q: "Which country reiterated its support for India’s bid for a permanent seat on a reformed United Nations Security Council?", a: "Russia" });
  });
  it("initiative: turns a that-clause into an 'Under which initiative' question", () => {
    const out = run(extractInitiatives, "Lavrov on Wednesday said that Moscow is ready to launch the production of modern weapons under the ‘Make in India’ initiative.");
    expect(out[0]).toMatchObject({ q: "Under which initiative is Moscow ready to launch the production of modern weapons?", a: "Make in India" });
  });
  it("quotes: reported clause with a named speaker; pronoun speakers are skipped", () => {
    const out = run(extractQuotes, "Russian President Vladimir Putin said that the BRICS countries account for over a third of the world economy.\n\n“We are ready to cooperate on this issue and more,” he said.");
    expect(out.map((o) => o.a)).toEqual(["Vladimir Putin"]);
  });
});
