/**
 * Unseen articles in house styles (PIB release, The Hindu report, PTI wire copy with a dateline,
 * an explainer with "What is …?" subheads, Indian Express award and index stories): what each
 * must yield, and the general patterns they exposed, tested on sentences of their own.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { annotated } from "../test-helpers";
import { generateCorpus, parseArticle } from "../index";
import { extractExplainers } from "./explainers";
import { extractGatherings } from "./gatherings";
import { extractAppointments } from "./appointments";
import { extractRoles } from "./roles";
import { extractSchemes } from "./schemes";
import { extractEvents } from "./events";
import { extractMilestones } from "./milestones";
import { extractReference } from "./reference";
import { extractChairs } from "./chairs";
import { extractMembers } from "./members";
import { extractMeetings } from "./meeting";
import type { FactDraft } from "./types";

type Ex = (ann: ReturnType<typeof annotated>["ann"], ctx: ReturnType<typeof annotated>["ctx"]) => FactDraft[];
const run = (ex: Ex, body: string, title?: string) => {
  const { ann, ctx } = annotated(body, title);
  return ex(ann, ctx).map((d) => [d.question, d.answer] as const);
};
const here = dirname(fileURLToPath(import.meta.url));
const files = ["pib-scheme-launch.txt", "hindu-mou-visit.txt", "pti-military-exercise.txt", "explainer-space-docking.md", "express-award.txt", "pti-appointment.txt", "express-index-ranking.txt", "hindu-bimstec-summit.txt", "pib-cabinet-mou.txt", "explainer-ramsar.md"];
const corpus = generateCorpus(files.map((f) => parseArticle(readFileSync(join(here, "..", "fixtures", f), "utf8"), { filename: f })), { seed: 1 });
const qa = (id: string) => (corpus.find((g) => g.article.id === id)?.questions ?? []).filter((q) => q.type === "recall").map((q) => [q.prompt, q.answer]);

describe("house styles: what each unseen article yields", () => {
  it("PIB release: the stamp and the asterisks are not facts; launch, date, outlay, count, approval year", () => {
    const g = corpus.find((x) => x.article.id === "pib-scheme-launch");
    expect(g?.article.body).not.toMatch(/Posted On|\*\*\*/);
    expect(qa("pib-scheme-launch")).toEqual(expect.arrayContaining([
      ["Which mission did Jitendra Singh launch?", "National Quantum Skilling Mission"],
      ["When was the National Quantum Skilling Mission launched?", "August 14, 2025"],
      ["What is the outlay of the National Quantum Skilling Mission?", "Rs 1,250 crore"],
      ["How many students will be trained under the National Quantum Skilling Mission?", "50,000"],
      ["In which year was the National Quantum Mission approved by the Union Cabinet?", "2023"],
    ]));
  });
  it("The Hindu: MoUs, ties elevated, line of credit, trade, diplomatic relations", () => {
    expect(qa("hindu-mou-visit")).toEqual(expect.arrayContaining([
      ["How many memoranda of understanding did India and Vietnam sign?", "six"],
      ["In which year were India–Vietnam ties elevated to a Comprehensive Strategic Partnership?", "2016"],
      ["What line of credit did Narendra Modi announce for Vietnam's maritime security?", "$300 million"],
      ["What was the value of bilateral trade between India and Vietnam in 2023-24?", "$14.8 billion"],
      ["In which year did India and Vietnam establish diplomatic relations?", "1972"],
    ]));
  });
  it("PTI wire: the dateline is dropped; 'the exercise' resolves to the named one; 'January 2024' stays whole", () => {
    const g = corpus.find((x) => x.article.id === "pti-military-exercise");
    expect(g?.article.body.startsWith("The third edition")).toBe(true);
    expect(qa("pti-military-exercise")).toEqual(expect.arrayContaining([
      ["When was the second edition of the India-Egypt joint special forces exercise Cyclone held in Egypt?", "January 2024"],
      ["What post does Dhiraj Seth hold?", "General Officer Commanding-in-Chief of the Southern Command"],
    ]));
    const mcq = g?.questions.find((q) => q.type === "mcq" && q.answer === "January 2024");
    for (const c of mcq?.choices ?? []) expect(c).toMatch(/^[A-Z][a-z]+ 2024$/);
  });
  it("explainer: full forms, the nth country, the rocket's launch, a plan's year; subheads are not facts", () => {
    const g = corpus.find((x) => x.article.id === "explainer-space-docking");
    expect(g?.facts.some((f) => /What is SpaDeX\?/.test(f.sentence))).toBe(false);
    expect(qa("explainer-space-docking")).toEqual(expect.arrayContaining([
      ["What does SpaDeX stand for?", "Space Docking Experiment"],
      ["After the United States, Russia and China, which country became the fourth to dock two satellites in space on January 16, 2025?", "India"],
      ["From where did ISRO launch the PSLV-C60 rocket on December 30, 2024?", "Satish Dhawan Space Centre"],
      ["By which year does India plan to set up the Bharatiya Antariksh Station?", "2035"],
    ]));
    const nth = g?.questions.find((q) => q.type === "mcq" && q.answer === "India");
    for (const c of ["United States", "Russia", "China"]) expect(nth?.choices).not.toContain(c);
  });
  it("Indian Express award story: winners, co-winner in the prompt, chair, first recipient, year, prize money", () => {
    expect(qa("express-award")).toEqual(expect.arrayContaining([
      ["Who, along with Gulzar, has been selected for the 58th Jnanpith Award?", "Jagadguru Rambhadracharya"],
      ["Who received the 57th Jnanpith Award?", "Damodar Mauzo"],
      ["Who chaired the Jnanpith Selection Committee?", "Pratibha Ray"],
      ["Who was the first recipient of the Jnanpith Award?", "G. Sankara Kurup"],
      ["In which year was the Jnanpith Award instituted?", "1961"],
      ["What cash prize does the Jnanpith Award carry?", "Rs 11 lakh"],
    ]));
    // "the Bharatiya Jnanpith announced": a body read with "the", never a person distractor.
    for (const q of corpus.flatMap((x) => x.questions)) expect(q.choices ?? []).not.toContain("Bharatiya Jnanpith");
  });
  it("PTI appointment: who, for how long, whom he succeeds (not 'the 26th'), the bank's founding date", () => {
    expect(qa("pti-appointment")).toEqual(expect.arrayContaining([
      ["Who was appointed as the 26th Governor of the Reserve Bank of India?", "Sanjay Malhotra"],
      ["For how long was Sanjay Malhotra appointed as the 26th Governor of the Reserve Bank of India?", "three years"],
      ["Whom will Sanjay Malhotra succeed as the Governor of the Reserve Bank of India?", "Shaktikanta Das"],
      ["When was the RBI established?", "April 1, 1935"],
    ]));
    expect(corpus.find((x) => x.article.id === "pti-appointment")?.article.body).not.toMatch(/PTI|NEW DELHI/);
  });
  it("Indian Express index story: rank, past rank, top, publisher, indicators and pillars", () => {
    expect(qa("express-index-ranking")).toEqual(expect.arrayContaining([
      ["What was India’s rank out of 133 economies in the Global Innovation Index 2024?", "39th"],
      ["What was India’s rank in the Global Innovation Index in 2015?", "81st"],
      ["On how many indicators does the Global Innovation Index rank economies?", "78"],
      ["Into how many pillars are the indicators of the Global Innovation Index grouped?", "seven"],
    ]));
  });
  it("The Hindu summit report: summit, adopted vision, founding year and full form, secretariat, chair handed over, members", () => {
    expect(qa("hindu-bimstec-summit")).toEqual(expect.arrayContaining([
      ["Where was the sixth BIMSTEC Summit held?", "Bangkok"],
      ["Which document did the leaders adopt at the sixth BIMSTEC Summit?", "Bangkok Vision 2030"],
      ["In which year was BIMSTEC established?", "1997"],
      ["What does BIMSTEC stand for?", "Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation"],
      ["Where is the permanent secretariat of BIMSTEC located?", "Dhaka"],
      ["Which country took over the chairmanship of BIMSTEC from Thailand?", "Bangladesh"],
    ]));
    const m = corpus.find((x) => x.article.id === "hindu-bimstec-summit")?.questions.find((q) => q.kind === "members" && q.type === "mcq");
    expect(m?.prompt).toBe("Which of the following is one of the members of BIMSTEC?");
  });
  it("PIB Cabinet MoU: 'the MoU' named from the headline; where, when, how long in force", () => {
    expect(qa("pib-cabinet-mou")).toEqual(expect.arrayContaining([
      ["Where was the MoU between India and Saudi Arabia on cooperation in renewable energy signed?", "Riyadh"],
      ["When was the MoU between India and Saudi Arabia on cooperation in renewable energy signed?", "October 29, 2024"],
      ["For how long will the MoU between India and Saudi Arabia on cooperation in renewable energy remain in force?", "five years"],
      ["In which year did India and Saudi Arabia establish the Strategic Partnership Council?", "2019"],
    ]));
  });
  it("explainer on a convention: 'It' is the treaty just defined; party year; day; totals; landmarks", () => {
    expect(qa("explainer-ramsar")).toEqual(expect.arrayContaining([
      ["What is the total number of Ramsar sites in India?", "89"],
      ["In which year was the Ramsar Convention on Wetlands signed?", "1971"],
      ["In which year did the Ramsar Convention on Wetlands come into force?", "1975"],
      ["In which year did India become a party to the Ramsar Convention on Wetlands?", "1982"],
      ["When is World Wetlands Day observed?", "February 2"],
      ["Which state or region has the highest number of Ramsar sites in India?", "Tamil Nadu"],
      ["Which is the largest Ramsar site in India?", "Sundarbans Wetland"],
      ["Which was India's first Ramsar site?", "Chilika Lake"],
    ]));
    // "In which city was the Ramsar Convention signed? → Ramsar" gives itself away: dropped.
    expect(qa("explainer-ramsar").some(([, a]) => a === "Ramsar")).toBe(false);
  });
});

describe("general patterns the house styles exposed", () => {
  it("'It was signed in …' needs the treaty defined just before", () => {
    expect(run(extractReference, "It was signed in Paris in 2015 and came into force in 2016.")).toEqual([]);
    expect(run(extractReference, "The Minamata Convention on Mercury is a global treaty to protect health.\n\nIt was signed in Kumamoto in 2013 and came into force in 2017.").map(([q]) => q)).toEqual([
      "In which city was the Minamata Convention on Mercury signed?",
      "In which year was the Minamata Convention on Mercury signed?",
      "In which year did the Minamata Convention on Mercury come into force?",
    ]);
  });
  it("'A and his Thai counterpart B held bilateral talks' is a meeting", () => {
    expect(run(extractMeetings, "Prime Minister Narendra Modi and his Thai counterpart Paetongtarn Shinawatra also held bilateral talks on the sidelines of the summit.")[0]).toEqual([
      "Which Thai counterpart did Prime Minister Narendra Modi hold talks with?",
      "Paetongtarn Shinawatra",
    ]);
  });
  it("'The next summit will be held in CITY' names the main event's next edition", () => {
    const body = "The 24th meeting of the Council of Heads of State of the Shanghai Cooperation Organisation (SCO) was held in Astana on July 4, 2024.\n\nThe next summit will be held in Tianjin.";
    expect(run(extractEvents, body)).toContainEqual(["Where will the next meeting of the Council of Heads of State of the Shanghai Cooperation Organisation be held?", "Tianjin"]);
    expect(run(extractEvents, "The next summit will be held in Tianjin.")).toEqual([]);
  });
  it("money amounts get near amounts in the same currency as mcq options", () => {
    const q = corpus.flatMap((x) => x.questions).find((x) => x.type === "mcq" && x.answer === "$14.8 billion");
    expect(q?.choices).toHaveLength(4);
    for (const c of q?.choices ?? []) expect(c).toMatch(/^\$\d+\.\d billion$/);
    const r = corpus.flatMap((x) => x.questions).find((x) => x.type === "mcq" && x.answer === "Rs 11 lakh");
    for (const c of r?.choices ?? []) expect(c).toMatch(/^Rs \d+ lakh$/);
  });
  it("a grouping's chair handed over, and 'Its members are …'", () => {
    const body = "The Indian Ocean Rim Association (IORA) met in Colombo.\n\nIts members are India, Australia, Kenya, Oman and Singapore.\n\nIndia took over the chairmanship of the grouping from Sri Lanka.";
    expect(run(extractChairs, body)).toContainEqual(["Which country took over the chairmanship of the IORA from Sri Lanka?", "India"]);
    expect(run(extractMembers, body)[0]?.[0]).toBe("Which of the following is one of the members of the IORA?");
  });
  it("acronyms: the shortest expansion whose letters spell it; digits and non-matches ignored", () => {
    expect(run(extractExplainers, "Leaders attended the meeting of the Council of Heads of State of the Shanghai Cooperation Organisation (SCO) in Astana.")).toEqual([["What does SCO stand for?", "Shanghai Cooperation Organisation"]]);
    expect(run(extractExplainers, "The 29th Conference of the Parties (COP29) ended.")).toEqual([]);
    expect(run(extractExplainers, "The Reserve Bank of India (Mint Street) acted.")).toEqual([]);
  });
  it("a named person or body launches a named mission, with its date", () => {
    expect(run(extractGatherings, "Union Health Minister J P Nadda launched the National Sickle Cell Elimination Mission on July 1, 2023.")).toEqual([
      ["Which mission did J P Nadda launch?", "National Sickle Cell Elimination Mission"],
      ["When was the National Sickle Cell Elimination Mission launched?", "July 1, 2023"],
    ]);
  });
  it("a committee chaired by a described person", () => {
    expect(run(extractGatherings, "The report was prepared by the Expert Committee chaired by economist Arvind Panagariya.")[0]).toEqual(["Who chaired the Expert Committee?", "Arvind Panagariya"]);
  });
  it("award verbs: selected for / conferred with, ordinals in the award's name", () => {
    expect(run(extractAppointments, "Actor Mithun Chakraborty has been conferred with the 2024 Dadasaheb Phalke Award.")[0]).toEqual(["Who has been conferred with the 2024 Dadasaheb Phalke Award?", "Mithun Chakraborty"]);
  });
  it("a rank before the name gives way to the post after it", () => {
    const out = run(extractRoles, "Vice Admiral Asha Menon, Flag Officer Commanding-in-Chief of the Eastern Naval Command, reviewed the parade.");
    expect(out[0]).toEqual(["What post does Asha Menon hold?", "Flag Officer Commanding-in-Chief of the Eastern Naval Command"]);
  });
  it("'Under the scheme, N … will be …ed' counts for the scheme named before", () => {
    expect(run(extractSchemes, "The ministry launched the PM Vidyalaxmi Scheme today.\n\nUnder the scheme, 22 lakh students will be covered every year.")).toContainEqual(["How many students will be covered under the PM Vidyalaxmi Scheme?", "22 lakh"]);
  });
  it("'the second edition of the exercise' without a named exercise is not asked", () => {
    const { ann, ctx } = annotated("The second edition of the exercise was held in Egypt in January 2024.");
    expect(extractEvents(ann, ctx).every((d) => d.confidence < 0.5)).toBe(true);
  });
  it("'X, instituted in 1961, is …' and 'approved by the Union Cabinet in 2023'", () => {
    expect(run(extractMilestones, "The Bharat Ratna, instituted in 1954, is the highest civilian award.")[0]).toEqual(["In which year was the Bharat Ratna instituted?", "1954"]);
    expect(run(extractMilestones, "The Deep Ocean Mission was approved by the Union Cabinet in 2021.")[0]).toEqual(["In which year was the Deep Ocean Mission approved by the Union Cabinet?", "2021"]);
  });
});
