/**
 * Background facts that explainers and reports state about treaties, days, groupings and
 * places: "It was signed in the Iranian city of X in 1971 and came into force in 1975"
 * ("It" = the treaty the sentence before defines), "India became a party to the convention in
 * 1982", "World X Day is observed every year on June 5", "…, taking the total number
 * of X sites in the country to 80", "The X in Y is the largest Z in India", "The
 * bloc's permanent secretariat is located in CITY", "A and B established the X Council in 2019".
 */
import type { Annotation } from "../nlp/annotate";
import type { FactDraft } from "./types";
import { draft, upperFirst } from "./types";
import { DATE_PHRASE } from "./dates";
import { NUMBER } from "./numbers";
import { resolveGrouping } from "./context";

const NAME = "[A-Z][\\p{L}-]*(?:\\s+(?:of\\s+|on\\s+|for\\s+|and\\s+)?[A-Z][\\p{L}-]*)*";
const TREATY_HEAD = "(?:Convention|Treaty|Protocol|Agreement|Accord|Charter|Pact)";
/** "The X Convention on Y is an intergovernmental treaty …": a treaty the next sentence calls "It". */
const DEFINES_RE = new RegExp(`^The\\s+(${NAME}\\s+${TREATY_HEAD}(?:\\s+on\\s+${NAME})?)\\s+(?:is|was)\\s+an?\\s`, "u");
const SIGNED_RE = new RegExp(`^(?:It|The (?:convention|treaty|protocol|agreement|accord|charter|pact))\\s+was\\s+(signed|adopted|concluded)\\s+in\\s+(?:the\\s+)?(?:[A-Z][\\p{L}-]+\\s+city\\s+of\\s+)?([A-Z][\\p{L}-]+(?:\\s+[A-Z][\\p{L}-]+)?)\\s+in\\s+(\\d{4})(?:\\s+and\\s+(?:came|entered)\\s+into\\s+force\\s+in\\s+(\\d{4}))?`, "u");
const PARTY_RE = /^([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?)\s+(became|has been|is)\s+(a\s+(?:party|signatory|contracting party)\s+to)\s+the\s+(convention|treaty|protocol|agreement)\s+in\s+(\d{4})\b/u;
const DAY_RE = new RegExp(`^((?:International\\s+|World\\s+|National\\s+)?(?:[A-Z][\\p{L}'’-]*\\s+){0,4}(?:Day|Diwas|Week))\\s+is\\s+(observed|celebrated|marked|commemorated)\\s+(?:every\\s+year\\s+|annually\\s+)?on\\s+(${DATE_PHRASE})`, "u");
const TOTAL_RE = new RegExp(`\\btaking\\s+(?:the|its)\\s+(?:total\\s+)?(?:number|count|tally)\\s+of\\s+([A-Za-z][\\p{L} -]{2,40}?)\\s+in\\s+the\\s+country\\s+to\\s+(${NUMBER})\\b`, "u");
const LANDMARK_RE = /^(?:The\s+)?([A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*){0,4})(?:\s+in\s+[A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)?)?\s+(is|was)\s+((?:the|[A-Z][\p{L}-]+[’']s)\s+(?:largest|first|oldest|smallest|highest|longest|biggest|deepest|only|newest)\s+[A-Za-z][A-Za-z -]{2,40}?(?:\s+in\s+[A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)?)?)(?=[,.])/u;
const SEAT_RE = /^(?:The\s+(?:bloc|grouping|organisation|organization|alliance)[’']s|Its|The\s+([A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)*)[’']s)\s+((?:permanent\s+)?(?:secretariat|headquarters))\s+(?:is|are)\s+(?:located|based|situated)\s+in\s+([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?)/u;
const ESTABLISHED_RE = /^([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?)\s+and\s+([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?)\s+(established|set up|launched|instituted)\s+the\s+([A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)+)\s+in\s+(\d{4})\b/u;

/** "MoU between A and B on cooperation in Z" (headline or body). */
const DOC_BETWEEN_RE = /\b(MoU|Memorandum of Understanding|agreement|pact|treaty)\s+between\s+([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?)\s+and\s+([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?)\s+(on|for)\s+([a-z][a-z -]{3,60}?)(?=[,.;]|$|\s+(?:was|were|is|will|has|had)\b)/u;
const DOC_SIGNED_RE = new RegExp(`^The\\s+(MoU|agreement|pact|treaty|memorandum)\\s+was\\s+(signed|inked)\\s+in\\s+([A-Z][\\p{L}-]+(?:\\s+[A-Z][\\p{L}-]+)?)(?:\\s+on\\s+(${DATE_PHRASE}))?`, "u");
const DOC_FORCE_RE = /^The\s+(MoU|agreement|pact|treaty|memorandum)\s+will\s+(?:remain|be)\s+in\s+force\s+for\s+(?:a\s+period\s+of\s+)?((?:[a-z]+|\d+)\s+years)\b/;

/** The document "the MoU" refers to, named with its parties and subject, or undefined. */
function namedDocument(ann: Annotation): string | undefined {
  const fromTitle = DOC_BETWEEN_RE.exec(ann.article.title);
  const m = fromTitle ?? ann.sentences.map((s) => (s.heading ? null : DOC_BETWEEN_RE.exec(s.text))).find((x) => x);
  if (!m) return undefined;
  const doc = /^Memorandum/.test(m[1] ?? "") ? "MoU" : m[1];
  return `the ${doc} between ${m[2]} and ${m[3]} ${m[4]} ${m[5]}`;
}

/** Extracts treaty, day, total, landmark, seat and joint-body facts. */
export function extractReference(ann: Annotation): FactDraft[] {
  const out: FactDraft[] = [];
  let treaty: string | undefined;
  const doc = namedDocument(ann);
  for (const s of ann.sentences) {
    if (s.heading) continue;
    const def = DEFINES_RE.exec(s.text);
    if (def) treaty = `the ${def[1]}`;
    const sg = SIGNED_RE.exec(s.text);
    if (sg && treaty && (s.text.startsWith("It") ? ann.sentences[s.index - 1] !== undefined && DEFINES_RE.test(ann.sentences[s.index - 1]?.text ?? "") : true)) {
      const [verb, place, year, force] = [sg[1] ?? "signed", sg[2] ?? "", sg[3] ?? "", sg[4]];
      const T = upperFirst(treaty);
      const p = draft(s, {
        kind: "agreement", subject: treaty, relation: `${verb} in`, object: place, objectType: "place",
        answer: place, answerType: "place",
        question: `In which city was ${treaty} ${verb}?`, statement: `${T} was ${verb} in ${place}.`,
        confidence: 0.84, variant: "treaty-place", skip: ["true_false"],
      });
      if (p) out.push(p);
      const y = draft(s, {
        kind: "agreement", subject: treaty, relation: `${verb} in year`, object: year, objectType: "year",
        answer: year, answerType: "year",
        question: `In which year was ${treaty} ${verb}?`, statement: `${T} was ${verb} in ${year}.`,
        exclude: force ? [force] : [], confidence: 0.86, variant: "treaty-year",
      });
      if (y) out.push(y);
      if (force) {
        const f = draft(s, {
          kind: "agreement", subject: treaty, relation: "came into force in", object: force, objectType: "year",
          answer: force, answerFrom: sg[0].length - force.length, answerType: "year",
          question: `In which year did ${treaty} come into force?`, statement: `${T} came into force in ${force}.`,
          exclude: [year], confidence: 0.86, variant: "treaty-force",
        });
        if (f) out.push(f);
      }
    }
    const pa = PARTY_RE.exec(s.text);
    const party = pa ? s.names.find((n) => n.start === 0 && n.type === "country") : undefined;
    if (pa && party && treaty && new RegExp(`\\b${pa[4]}\\b`, "i").test(treaty)) {
      const d = draft(s, {
        kind: "agreement", subject: `${party.text} ${pa[3]} ${treaty}`, relation: `${pa[2]} in`, object: pa[5] ?? "", objectType: "year",
        answer: pa[5] ?? "", answerType: "year",
        question: `In which year did ${party.text} become ${pa[3]} ${treaty}?`,
        statement: `${party.text} became ${pa[3]} ${treaty} in ${pa[5]}.`,
        confidence: 0.84, variant: "party-year",
      });
      if (d) out.push(d);
    }
    const day = DAY_RE.exec(s.text);
    if (day) {
      const name = (day[1] ?? "").trim();
      const d = draft(s, {
        kind: "event", subject: name, relation: `${day[2]} on`, object: day[3] ?? "", objectType: "date",
        answer: day[3] ?? "", answerType: "date",
        question: `When is ${name} ${day[2]}?`, statement: `${name} is ${day[2]} on ${day[3]}.`,
        confidence: 0.84, variant: "day",
      });
      if (d) out.push(d);
    }
    const t = TOTAL_RE.exec(s.text);
    const country = t ? s.names.find((n) => n.type === "country" && n.start < t.index) : undefined;
    if (t && country) {
      const what = (t[1] ?? "").trim();
      const d = draft(s, {
        kind: "count", subject: `${what} in ${country.text}`, relation: "total", object: t[2] ?? "", objectType: "number",
        answer: t[2] ?? "", answerFrom: t.index, answerType: "number",
        question: `What is the total number of ${what} in ${country.text}?`,
        statement: `The total number of ${what} in ${country.text} is ${t[2]}.`,
        confidence: 0.82, variant: "total",
      });
      if (d) out.push(d);
    }
    const l = LANDMARK_RE.exec(s.text);
    const named = l ? s.names.find((n) => n.text === l[1]) : undefined;
    if (l && named && named.type !== "person" && named.type !== "country") {
      const what = l[3] ?? "";
      const d = draft(s, {
        kind: "superlative", subject: what, relation: l[2] ?? "is", object: named.text, objectType: "place",
        answer: named.text, answerFrom: named.start, answerType: "other",
        question: `Which ${l[2] === "was" ? "was" : "is"} ${what}?`,
        statement: `${named.text} ${l[2]} ${what}.`,
        confidence: 0.8, variant: "landmark", skip: ["mcq", "true_false"],
      });
      if (d) out.push(d);
    }
    const seat = SEAT_RE.exec(s.text);
    const org = seat ? (seat[1] ? `the ${seat[1]}` : resolveGrouping(ann, s.index, 0)) : undefined;
    if (seat && org && !/^the (?:bloc|grouping)$/.test(org)) {
      const city = seat[3] ?? "";
      const d = draft(s, {
        kind: "milestone", subject: `${seat[2]} of ${org}`, relation: "located in", object: city, objectType: "place",
        answer: city, answerType: "place",
        question: `Where is the ${seat[2]} of ${org} located?`,
        statement: `The ${seat[2]} of ${org} is located in ${city}.`,
        confidence: 0.84, variant: "seat",
      });
      if (d) out.push(d);
    }
    const ds = doc ? DOC_SIGNED_RE.exec(s.text) : null;
    if (ds && doc) {
      const place = draft(s, {
        kind: "agreement", subject: doc, relation: `${ds[2]} in`, object: ds[3] ?? "", objectType: "place",
        answer: ds[3] ?? "", answerType: "place",
        question: `Where was ${doc} ${ds[2]}?`, statement: `${upperFirst(doc)} was ${ds[2]} in ${ds[3]}.`,
        confidence: 0.84, variant: "doc-place",
      });
      if (place) out.push(place);
      if (ds[4]) {
        const when = draft(s, {
          kind: "agreement", subject: doc, relation: `${ds[2]} on`, object: ds[4], objectType: "date",
          answer: ds[4], answerType: "date",
          question: `When was ${doc} ${ds[2]}?`, statement: `${upperFirst(doc)} was ${ds[2]} on ${ds[4]}.`,
          confidence: 0.84, variant: "doc-date",
        });
        if (when) out.push(when);
      }
    }
    const df = doc ? DOC_FORCE_RE.exec(s.text) : null;
    if (df && doc) {
      const d = draft(s, {
        kind: "duration", subject: doc, relation: "in force for", object: df[2] ?? "", objectType: "number",
        answer: df[2] ?? "", answerType: "other",
        question: `For how long will ${doc} remain in force?`, statement: `${upperFirst(doc)} will remain in force for ${df[2]}.`,
        confidence: 0.8, variant: "doc-force", skip: ["mcq", "true_false"],
      });
      if (d) out.push(d);
    }
    const e = ESTABLISHED_RE.exec(s.text);
    const pair = e ? s.names.filter((n) => n.type === "country" && (n.text === e[1] || n.text === e[2])) : [];
    if (e && pair.length === 2) {
      const d = draft(s, {
        kind: "milestone", subject: `the ${e[4]} of ${e[1]} and ${e[2]}`, relation: `${e[3]} in`, object: e[5] ?? "", objectType: "year",
        answer: e[5] ?? "", answerFrom: e.index + e[0].length - 4, answerType: "year",
        question: `In which year did ${e[1]} and ${e[2]} ${e[3] === "set up" ? "set up" : (e[3] ?? "").replace(/ed$/, "")} the ${e[4]}?`,
        statement: `${e[1]} and ${e[2]} ${e[3]} the ${e[4]} in ${e[5]}.`,
        confidence: 0.84, variant: "joint-body",
      });
      if (d) out.push(d);
    }
  }
  return out;
}
