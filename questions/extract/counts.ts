/**
 * Counts: "the UNSC comprises five permanent members and ten non-permanent members",
 * "The number of participants expanded to 12 later", "BRICS has 10 members".
 */
import type { Annotation } from "../nlp/annotate";
import type { FactDraft } from "./types";
import { draft, upperFirst } from "./types";
import { NUMBER } from "./numbers";
import { fullerOrganisation, nearbyOrganisation, withArticle } from "./context";

const COUNTABLE = "members|countries|nations|states|seats|participants|judges|satellites|stages|partners|carriers|ships|submarines|vessels|aircraft|reactors|units|languages|schedules|districts|provinces|regions|zones|airports|ports|sites|parts|chapters|articles|parties|signatories|species|judges|ministers|employees|schemes|projects|jets|aircraft|reserves|sanctuaries|parks|missions|launches|stations|universities|institutes|banks|units|seats|constituencies";

const COMPRISES_RE = new RegExp(
  `^(.*?)\\s+(?:currently\\s+|now\\s+)?(comprises|consists of|is made up of|has|have|operates|possesses)\\s+(${NUMBER})\\s+((?:[a-z-]+\\s+){0,2}(?:${COUNTABLE}))(?:\\s+and\\s+(${NUMBER})\\s+((?:[a-z-]+\\s+){0,2}(?:members|countries|nations|states|seats|participants)))?`,
);
const EXPANDED_RE = new RegExp(`^The number of ([a-z]+(?:\\s+[a-z]+)?)\\s+(expanded|increased|rose|grew|went up)\\s+to\\s+(${NUMBER})\\b`);
const GROUP_EXPANDED_RE = new RegExp(`^((?:The|the)\\s+(?:grouping|bloc|group|organisation|organization|alliance|forum)|[A-Z][\\w-]+)\\s+(?:has\\s+|had\\s+)?(expanded|grew|increased)\\s+to\\s+(${NUMBER})\\s+(members|countries|nations|participants)(?:\\s+(in\\s+\\d{4}))?`);
const N_MEMBER_RE = new RegExp(String.raw`\b(\d+|${NUMBER})-member\s+((?:[A-Z][\p{L}-]*\s+)*(?:Assembly|Council|Commission|Committee|Parliament|Board|Court|Bench|Group|Body|Panel|Cabinet|House|Senate)|[A-Z][A-Z0-9]{1,7})\b`, "u");
/** "India’s tiger population has risen to 3,682" — the subject must name whose (a possessive or a capitalised name). */
const RISEN_RE = new RegExp(String.raw`^((?:[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?[’']s\s+(?:[a-z-]+\s+){0,2}[a-z-]+)|(?:The\s+)?[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)*\s+(?:population|count|number|membership|strength))\s+(?:has|have)\s+(risen|increased|grown|fallen|declined|dropped|gone up|reached)\s+to\s+(\d{1,3}(?:,\d{3})+|\d+)\b`, "u");
const GROUP_TAIL = /\b(?:the\s+)?((?:[A-Z][\p{L}-]*|[a-z]+-[A-Z][\p{L}-]*)(?:\s+(?:[A-Z][\p{L}-]*|[a-z]+))*?\s+(?:corridor|project|agreement|initiative|programme|grouping|alliance|group|treaty|forum|mission))\b/gu;

const HAVE = (verb: string): string =>
  ({ has: "have", have: "have", comprises: "comprise", "consists of": "consist of", operates: "operate", possesses: "possess" } as Record<string, string>)[verb] ?? "have";

/** Extracts count facts. */
export function extractCounts(ann: Annotation): FactDraft[] {
  const out: FactDraft[] = [];
  for (const s of ann.sentences) {
    if (s.heading) continue;
    const m = COMPRISES_RE.exec(s.text);
    if (m) {
      const subjText = (m[1] ?? "")
        .replace(/^(?:Currently|Now|Today),?\s+/, "")
        .replace(/^.*\b((?:the|The)\s+[^,]+?),?\s+which$/, "$1")
        .replace(/^((?:The|the)\s+[^,]+?),\s+[^,]+,$/, "$1")
        .replace(/^The\s+(?=[A-Z][\w-]*\s+grouping$)/, "")
        .trim();
      const org = s.names.find((n) => n.type === "organisation" && subjText.includes(n.text));
      const country = s.names.find((n) => n.type === "country" && n.text === subjText.replace(/^the\s+/i, ""));
      const countryOrOrg = country ? (/^the\s/i.test(subjText) ? subjText.replace(/^The/, "the") : country.text) : org && subjText.split(" ").length <= 3 ? withArticle(fullerOrganisation(ann, s.index, org.text)) : /^(?:The|the)\s+[A-Z]/.test(subjText) && subjText.split(" ").length <= 6 && !subjText.includes(",") ? subjText.replace(/^The/, "the") : undefined;
      if (countryOrOrg) {
        const verb = m[2] ?? "has";
        const pairs: Array<[string, string]> = [[m[3] ?? "", (m[4] ?? "").trim()]];
        if (m[5] && m[6]) pairs.push([m[5], m[6].trim()]);
        for (const [num, what] of pairs) {
          const d = draft(s, {
            kind: "count", subject: `${what} of ${countryOrOrg}`, relation: "number", object: num, objectType: "number",
            answer: num, answerFrom: (m[1] ?? "").length, answerType: "number",
            question: `How many ${what} does ${countryOrOrg} ${HAVE(verb)}?`,
            statement: `${upperFirst(countryOrOrg)} ${verb} ${num} ${what}.`,
            confidence: 0.88, variant: what,
          });
          if (d) out.push(d);
        }
      }
    }
    const nm = N_MEMBER_RE.exec(s.text);
    if (nm) {
      const org = withArticle(fullerOrganisation(ann, s.index, nm[2] ?? ""));
      const d = draft(s, {
        kind: "count", subject: `members of ${org}`, relation: "number", object: nm[1] ?? "", objectType: "number",
        answer: nm[1] ?? "", answerFrom: nm.index, answerType: "number",
        // "six-member MPC": the answer is written as in the text ("six").
        question: `How many members does ${org} have?`,
        statement: `${upperFirst(org)} has ${nm[1]} members.`,
        confidence: 0.84, variant: "n-member",
      });
      if (d) out.push(d);
    }
    const rz = RISEN_RE.exec(s.text);
    if (rz) {
      const subj = (rz[1] ?? "").replace(/^The\s/, "the ");
      const d = draft(s, {
        kind: "count", subject: subj, relation: `${rz[2]} to`, object: rz[3] ?? "", objectType: "number",
        answer: rz[3] ?? "", answerFrom: (rz[1] ?? "").length, answerType: "number",
        question: `To what number has ${subj} ${rz[2]}?`,
        statement: `${upperFirst(subj)} has ${rz[2]} to ${rz[3]}.`,
        confidence: 0.84, variant: "risen",
      });
      if (d) out.push(d);
    }
    const g = GROUP_EXPANDED_RE.exec(s.text);
    if (g) {
      const vague = /^the\s/i.test(g[1] ?? "");
      const org = vague ? nearbyOrganisation(ann, s.index) : g[1];
      if (org) {
        const d = draft(s, {
          kind: "count", subject: `${g[4]} of ${withArticle(org)}`, relation: `${g[2]} to`, object: g[3] ?? "", objectType: "number",
          answer: g[3] ?? "", answerType: "number",
          question: `To how many ${g[4]} did ${withArticle(org)} expand${g[5] ? ` ${g[5]}` : ""}?`,
          statement: `${upperFirst(withArticle(org))} ${g[2]} to ${g[3]} ${g[4]}${g[5] ? ` ${g[5]}` : ""}.`,
          confidence: 0.85, variant: "expanded",
        });
        if (d) out.push(d);
      }
    }
    const e = EXPANDED_RE.exec(s.text);
    if (e) {
      const prev = ann.sentences[s.index - 1];
      const groups = prev && !prev.heading ? [...prev.text.matchAll(GROUP_TAIL)].map((g) => g[1] ?? "") : [];
      const group = groups[groups.length - 1];
      if (!group) continue;
      const what = e[1] ?? "";
      const num = e[3] ?? "";
      const d = draft(s, {
        kind: "count", subject: `${what} in the ${group}`, relation: `${e[2]} to`, object: num, objectType: "number",
        answer: num, answerType: "number",
        question: `To what number did the ${what} in the ${group} expand?`,
        statement: `The number of ${what} in the ${group} ${e[2]} to ${num}.`,
        confidence: 0.82,
      });
      if (d) out.push(d);
    }
  }
  return out;
}
