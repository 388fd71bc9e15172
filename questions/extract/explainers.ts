/**
 * Facts explainers and reports state in passing: full forms of acronyms ("The Deep Sea Probe
 * Experiment (DeSPEx) is …"), "making India the fourth country to …", plans with a target year
 * ("India plans to set up the X by 2035"), ties elevated in a year, money announced ("a $300
 * million line of credit"), and a rocket's launch ("launched … on the XSLV-C9 rocket from the
 * Satish Dhawan Space Centre on December 30, 2024").
 */
import type { Annotation } from "../nlp/annotate";
import { countryRef } from "../nlp/vocab-places";
import type { FactDraft } from "./types";
import { draft, upperFirst } from "./types";
import { DATE_PHRASE } from "./dates";
import { ORDINAL_WORDS } from "../nlp/vocab-words";
import { orgRef } from "./context";
import { countryPair } from "./bilateral";

const CAP_WORD = "[A-Z][\\p{L}-]*";
/** "The Deep Sea Probe Experiment (DeSPEx)". */
const ACRONYM_RE = new RegExp(`((?:${CAP_WORD}\\s+)(?:(?:of|for|and|on|the|in)\\s+)?(?:${CAP_WORD}\\s+|(?:of|for|and|on|the|in)\\s+){0,7}${CAP_WORD})\\s+\\(([A-Z][A-Za-z-]{1,9})\\)`, "gu");
const ORD = `(?:${Object.keys(ORDINAL_WORDS).join("|")}|\\d+(?:st|nd|rd|th))`;
/** "…, making India the fourth country to achieve the feat after the United States, Russia and China". */
const MAKING_RE = new RegExp(`^(?:The\\s+)?(.+?)\\s+((?:successfully\\s+)?[a-z]+ed)\\s+(.+?),\\s+making\\s+(${CAP_WORD}(?:\\s+${CAP_WORD})?)\\s+the\\s+(${ORD})\\s+(country|nation)\\s+to\\s+(?:achieve the feat|do so|[a-z]+\\s+[^,]+?)(?:\\s+after\\s+(.+?))?\\.?$`, "u");
const PLAN_RE = /^([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?)\s+(plans|aims|intends|proposes|targets|hopes|is planning|is set)\s+to\s+([a-z]+(?:\s+up)?)\s+(?:(?:its|a|an|the)\s+)?([A-Z][\p{L}\p{N}-]*(?:\s+[A-Z][\p{L}\p{N}-]*)*)\s+by\s+(\d{4})\b/u;
const ELEVATED_RE = /^(.+?)\s+(elevated|upgraded|raised)\s+(?:their|bilateral)\s+(ties|relations|relationship)\s+to\s+(?:an?\s+|the\s+)?([A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)+)\s+in\s+(\d{4})\b/u;
const MONEY = "(?:(?:Rs\\.?|₹|\\$|US\\$|USD|INR|€|£)\\s?[\\d,.]+(?:\\s+(?:lakh crore|crore|lakh|billion|million|trillion))?)";
const ANNOUNCED_MONEY_RE = new RegExp(`^\\s+(?:also\\s+)?(announced|extended|offered|pledged|sanctioned|approved)\\s+an?\\s+(${MONEY})\\s+((?:[a-z-]+\\s+){0,3}(?:line of credit|credit line|grant|loan|package|assistance|aid|investment))\\s+(?:for|to)\\s+([^,.]+)`, "u");
const ROCKET_RE = new RegExp(`^(?:The\\s+)?(.+?)\\s+launched\\s+(.+?)\\s+(?:on|aboard|on board)\\s+(?:the\\s+|its\\s+)?([A-Z][A-Za-z]*-?[A-Z]*\\d[\\w-]*)\\s+(?:rocket|launch vehicle)\\s+from\\s+(?:the\\s+)?(${CAP_WORD}(?:\\s+${CAP_WORD})*)(?:\\s+in\\s+(${CAP_WORD}))?(?:\\s+on\\s+(${DATE_PHRASE}))?`, "u");

/** "It was first conferred on Malayalam poet G. Sankara Kurup in 1965" (after a sentence naming the award). */
const FIRST_GIVEN_RE = /^(?:It|The award|The prize|The honour|The honor)\s+was\s+first\s+(conferred|awarded|presented|given)\s+(?:on|to)\s+/;
const AWARD_NAME_RE = /^(?:The\s+)?((?:\d{4}\s+)?[A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)*\s+(?:Prize|Award|Medal|Puraskar|Ratna|Samman))\b/u;
const CARRIES_RE = new RegExp(`^(?:The award|The prize|The honour|It|The\\s+(?:[A-Z][\\p{L}-]*\\s+)+(?:Prize|Award|Puraskar|Samman))\\s+carries\\s+a\\s+(cash (?:prize|award|component)|purse|prize money)\\s+of\\s+(${MONEY})`, "u");

/** "Bilateral trade between the two countries stood at $14.8 billion in 2023-24". */
const TRADE_RE = new RegExp(`^(Bilateral trade|Trade)\\s+between\\s+(.+?)\\s+(?:stood at|was|touched|reached|crossed|amounted to)\\s+(?:about\\s+|around\\s+|nearly\\s+)?(${MONEY})(?:\\s+in\\s+(\\d{4}(?:-\\d{2,4})?))?`, "u");

/** True when the acronym's capitals are the expansion's letters in order, starting with its first word. */
function expands(acronym: string, words: string): boolean {
  const letters = acronym.replace(/[^A-Za-z]/g, "");
  const full = words.toLowerCase();
  if (letters.length < 2 || (letters[0] ?? "").toLowerCase() !== full[0]) return false;
  const caps = acronym.replace(/[^A-Z]/g, "").toLowerCase();
  const significant = words.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length;
  if (caps.length < 2 || significant < 2 || caps.length > significant + 2) return false;
  let at = 0;
  for (const c of caps) {
    const i = full.indexOf(c, at);
    if (i < 0) return false;
    at = i + 1;
  }
  return true;
}

const ED_TO_BASE = (verb: string): string => {
  const v = verb.replace(/^successfully\s+/, "");
  if (/ied$/.test(v)) return v.replace(/ied$/, "y");
  if (/([bdfgklmnprtz])\1ed$/.test(v)) return v.slice(0, -3);
  if (/(?:[vcgzu]|[^aeiou]s|at|ur|ir)ed$/.test(v)) return v.slice(0, -1);
  return v.replace(/ed$/, "");
};

/** Extracts acronym, first-country, plan, ties, money and rocket-launch facts. */
export function extractExplainers(ann: Annotation): FactDraft[] {
  const out: FactDraft[] = [];
  const expanded = new Set<string>();
  let lastAward: string | undefined;
  for (const s of ann.sentences) {
    if (s.heading) continue;
    for (const m of s.text.matchAll(ACRONYM_RE)) {
      const full = (m[1] ?? "").replace(/^(?:The|the|of|for|and|on|in)\s+/, "");
      const acr = m[2] ?? "";
      // Start the expansion at the word the acronym's first letter names.
      const words = full.split(/\s+/);
      // The shortest expansion that works: "Heads of State of the | Shanghai Cooperation Organisation (SCO)".
      const caps = acr.replace(/[^A-Z]/g, "").length;
      // A word per capital first ("Bay of X Initiative … (BXI…)"), then one short ("Deep Probe Experiment (DePEx)": X from "Experiment").
      let startAt = -1;
      for (const need of [caps, caps - 1]) {
        for (let i = words.length - 2; i >= 0 && startAt < 0; i--) {
          const rest = words.slice(i);
          if (!/^\p{Lu}/u.test(words[i] ?? "") || rest.filter((w) => /^\p{Lu}/u.test(w)).length < need) continue;
          if (expands(acr, rest.join(" "))) startAt = i;
        }
        if (startAt >= 0) break;
      }
      if (startAt < 0 || expanded.has(acr)) continue;
      const expansion = words.slice(startAt).join(" ");
      expanded.add(acr);
      const d = draft(s, {
        kind: "acronym", subject: acr, relation: "stands for", object: expansion, objectType: "other",
        answer: expansion, answerFrom: m.index, answerType: "other",
        question: `What does ${acr} stand for?`,
        statement: `${acr} stands for ${expansion}.`,
        confidence: 0.76, skip: ["mcq", "true_false"],
      });
      if (d) out.push(d);
    }
    const mk = MAKING_RE.exec(s.text);
    const who = mk ? s.names.find((n) => n.text === mk[4] && n.type === "country") : undefined;
    if (mk && who) {
      const base = ED_TO_BASE(mk[2] ?? "");
      const feat = `${base} ${mk[3]}`;
      const after = mk[7];
      const before = after ? s.names.filter((n) => n.type === "country" && n.start > s.text.lastIndexOf(after) - 1).map((n) => n.text) : [];
      const d = draft(s, {
        kind: "superlative", subject: `the ${mk[5]} ${mk[6]} to ${feat}`, relation: "is", object: who.text, objectType: "country",
        answer: who.text, answerFrom: who.start, answerType: "country",
        question: `${after ? `After ${after}, which` : "Which"} ${mk[6]} became the ${mk[5]} to ${feat}?`,
        statement: `${countryRef(who.text).replace(/^the/, "The")} became the ${mk[5]} ${mk[6]} to ${feat}.`,
        exclude: before,
        confidence: 0.84, variant: "nth-country",
      });
      if (d) out.push(d);
    }
    const p = PLAN_RE.exec(s.text);
    const planner = p ? s.names.find((n) => n.text === p[1] && (n.type === "country" || n.type === "organisation")) : undefined;
    if (p && planner) {
      const aux = p[2] === "is planning" || p[2] === "is set" ? p[2] : p[2]?.replace(/s$/, "");
      const thing = `the ${p[4]}`.replace(/^the the /i, "the ");
      const who2 = planner.type === "organisation" ? orgRef(planner.text) : planner.text;
      const q = aux === "is planning" || aux === "is set" ? `By which year ${aux === "is set" ? "is" : "is"} ${who2} ${aux === "is set" ? "set" : "planning"} to ${p[3]} ${thing}?` : `By which year does ${who2} ${aux} to ${p[3]} ${thing}?`;
      const d = draft(s, {
        kind: "milestone", subject: `${who2} to ${p[3]} ${thing}`, relation: "by", object: p[5] ?? "", objectType: "year",
        answer: p[5] ?? "", answerFrom: p.index + p[0].length - 4, answerType: "year",
        question: q,
        statement: `${upperFirst(who2)} ${p[2]} to ${p[3]} ${thing} by ${p[5]}.`,
        confidence: 0.82, variant: "plan-year",
      });
      if (d) out.push(d);
    }
    const e = ELEVATED_RE.exec(s.text);
    const pair = e ? s.names.filter((n) => n.type === "country" && n.end <= (e[1] ?? "").length) : [];
    if (e && pair.length === 2) {
      const [a, b] = pair;
      const ties = `${a?.text}–${b?.text} ${e[3] === "relationship" ? "relationship" : "ties"}`;
      const d = draft(s, {
        kind: "milestone", subject: `${ties} ${e[2]} to ${e[4]}`, relation: `${e[2]} in`, object: e[5] ?? "", objectType: "year",
        answer: e[5] ?? "", answerFrom: e.index + e[0].length - 4, answerType: "year",
        question: `In which year ${e[3] === "relationship" ? "was" : "were"} ${ties} ${e[2]} to a ${e[4]}?`,
        statement: `${ties} ${e[3] === "relationship" ? "was" : "were"} ${e[2]} to a ${e[4]} in ${e[5]}.`,
        confidence: 0.84, variant: "elevated",
      });
      if (d) out.push(d);
    }
    for (const n of s.names) {
      if (n.type !== "person" && n.type !== "country" && n.type !== "organisation") continue;
      const a = ANNOUNCED_MONEY_RE.exec(s.text.slice(n.end));
      if (!a) continue;
      const who3 = n.type === "person" ? ann.aliases.get(n.text) ?? n.text : n.type === "organisation" ? orgRef(n.text) : n.text;
      const what = a[3] ?? "";
      const purpose = (a[4] ?? "").trim();
      const d = draft(s, {
        kind: "count", subject: `${what} ${a[1]} by ${who3} for ${purpose}`, relation: "amount", object: a[2] ?? "", objectType: "number",
        answer: a[2] ?? "", answerFrom: n.end, answerType: "number",
        question: `What ${what} did ${who3} ${ED_TO_BASE(a[1] ?? "announced")} for ${purpose}?`,
        statement: `${upperFirst(who3)} ${a[1]} a ${a[2]} ${what} for ${purpose}.`,
        confidence: 0.78, variant: "money",
      });
      if (d) out.push(d);
      break;
    }
    // An award named at the start of the sentence before: "It was first conferred on X in 1965", "The award carries …".
    const prev = ann.sentences[s.index - 1];
    const award = prev && !prev.heading ? AWARD_NAME_RE.exec(prev.text)?.[1] : undefined;
    const fg = FIRST_GIVEN_RE.exec(s.text);
    const first = fg ? s.names.find((n) => n.type === "person" && n.start >= fg[0].length) : undefined;
    if (fg && award && first) {
      const year = /\bin\s+(\d{4})\b/.exec(s.text.slice(first.end));
      const d = draft(s, {
        kind: "award", subject: `the ${award}`, relation: `first ${fg[1]} on`, object: first.text, objectType: "person",
        answer: first.text, answerFrom: first.start, answerType: "person",
        question: `Who was the first recipient of the ${award}?`,
        statement: `${first.text} was the first recipient of the ${award}.`,
        confidence: 0.82, variant: "first-recipient",
      });
      if (d) out.push(d);
      if (year) {
        const y = draft(s, {
          kind: "award", subject: `the ${award}`, relation: `first ${fg[1]} in`, object: year[1] ?? "", objectType: "year",
          answer: year[1] ?? "", answerFrom: first.end, answerType: "year",
          question: `In which year was the ${award} first ${fg[1]}?`,
          statement: `The ${award} was first ${fg[1]} in ${year[1]}.`,
          confidence: 0.82, variant: "first-year",
        });
        if (y) out.push(y);
      }
    }
    const cr = CARRIES_RE.exec(s.text);
    const which = cr ? (/^The\s+(?!award|prize|honour)/.test(cr[0]) ? AWARD_NAME_RE.exec(s.text)?.[1] : award ?? lastAward) : undefined;
    if (cr && which) {
      const d = draft(s, {
        kind: "count", subject: `${cr[1]} of the ${which}`, relation: "is", object: cr[2] ?? "", objectType: "number",
        answer: cr[2] ?? "", answerFrom: cr.index, answerType: "number",
        question: `What ${cr[1]} does the ${which} carry?`,
        statement: `The ${which} carries a ${cr[1]} of ${cr[2]}.`,
        confidence: 0.78, variant: "cash-prize",
      });
      if (d) out.push(d);
    }
    const own = AWARD_NAME_RE.exec(s.text)?.[1];
    if (own) lastAward = own;
    const t = TRADE_RE.exec(s.text);
    const tradePair = t ? (/^(?:the two countries|both countries|the two nations)$/i.test(t[2] ?? "") ? countryPair(ann, s.index, 6) : s.names.filter((n) => n.type === "country").length === 2 ? t[2] : undefined) : undefined;
    if (t && tradePair) {
      const when = t[4] ? ` in ${t[4]}` : "";
      const d = draft(s, {
        kind: "count", subject: `trade between ${tradePair}${when}`, relation: "stood at", object: t[3] ?? "", objectType: "number",
        answer: t[3] ?? "", answerType: "number",
        question: `What was the value of bilateral trade between ${tradePair}${when}?`,
        statement: `Bilateral trade between ${tradePair} stood at ${t[3]}${when}.`,
        confidence: 0.78, variant: "trade",
      });
      if (d) out.push(d);
    }
    const r = ROCKET_RE.exec(s.text);
    const agent = r ? s.names.find((n) => n.end <= (r[1] ?? "").length + 4 && n.type === "organisation") : undefined;
    if (r && agent) {
      const rocket = r[3] ?? "";
      const site = r[4] ?? "";
      const when = r[6];
      const org = orgRef(agent.text);
      const d = draft(s, {
        kind: "launch", subject: `the ${rocket} rocket`, relation: "launched from", object: site, objectType: "place",
        answer: site, answerFrom: r.index + r[0].indexOf(site), answerType: "place",
        question: `From where did ${org} launch the ${rocket} rocket${when ? ` on ${when}` : ""}?`,
        statement: `${upperFirst(org)} launched the ${rocket} rocket from the ${site}${when ? ` on ${when}` : ""}.`,
        // A swapped city reads "from the Lima": no true/false on a launch site.
        confidence: 0.84, variant: "rocket-place", skip: ["true_false"],
      });
      if (d) out.push(d);
      if (when) {
        const w = draft(s, {
          kind: "launch", subject: `the ${rocket} rocket`, relation: "launched on", object: when, objectType: "date",
          answer: when, answerFrom: r.index + r[0].lastIndexOf(when), answerType: "date",
          question: `When did ${org} launch the ${rocket} rocket?`,
          statement: `${upperFirst(org)} launched the ${rocket} rocket on ${when}.`,
          confidence: 0.82, variant: "rocket-date",
        });
        if (w) out.push(w);
      }
    }
  }
  return out;
}
