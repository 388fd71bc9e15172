/**
 * Milestone years and launches: "The NavIC system was approved in 2006", "ISRO launched the
 * NVS-02 navigation satellite from Sriharikota on January 29, 2025", "The leaders adopted
 * the Kazan Declaration". The subject must be named (no "it", "its first satellite").
 */
import type { Annotation } from "../nlp/annotate";
import type { ArticleContext, FactDraft } from "./types";
import { cleanPhrase, draft, upperFirst } from "./types";
import { DATE_PHRASE } from "./dates";
import { orgRef, resolveGrouping } from "./context";

const YEAR_RE = /^((?:The|the)\s+(?:[A-Z][\p{L}\p{N}-]*\s+){1,5}(?:[a-z]+\s+){0,2}?[a-z]+|(?:The|the)\s+(?:[a-z-]+\s+){0,3}(?:scheme|programme|program|policy|mission|initiative|act|law|agreement|treaty|accord|bank|organisation|organization|corridor|project|alliance|grouping|council|commission|tribunal|court)|[A-Z][\p{L}\p{N}-]*(?:\s+[A-Z][\p{L}\p{N}-]*){0,4})\s+(was|were)\s+((?:first\s+)?(?:approved|established|founded|set up|created|formed|constituted|enacted|notified|passed|inaugurated|adopted|introduced|launched|commissioned|signed|ratified|unveiled|held|conducted|renamed|awarded|presented|conferred|instituted)(?:\s+by\s+the\s+[A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*){0,3})?)\s+in\s+(\d{4})\b/u;
const GENERIC_GROUP_RE = /^the\s+(?:grouping|bloc|group|alliance|organisation|organization|forum|coalition|partnership|dialogue)$/;
const AND_YEAR_RE = /^\s*,?\s+and\s+(?:was\s+)?((?:later\s+)?(?:revived|relaunched|renamed|expanded|restructured|reconstituted|re-established|upgraded|revamped|dissolved|merged|amended|extended))\s+in\s+(\d{4})\b/;
const ON_DATE_RE = new RegExp(String.raw`^((?:The|the)\s+(?:[A-Z][\p{L}\p{N}-]*\s+){0,5}[A-Z][\p{L}\p{N}-]*|(?:The|the)\s+(?:grouping|bloc|organisation|organization|alliance|forum))\s+(was|were)\s+((?:first\s+)?(?:established|founded|set up|formed|constituted|inaugurated|launched|commissioned))\s+on\s+(${DATE_PHRASE})`, "u");
const ACRONYM_YEAR_RE = /^The\s+[A-Z][\p{L}-]*(?:\s+(?:of|for|and|on|the)?\s*[A-Z][\p{L}-]*){1,12}\s+\(([A-Z][A-Za-z-]{1,9})\)\s+was\s+((?:first\s+)?(?:established|founded|set up|formed|created|launched|constituted))\s+in\s+(\d{4})\b/u;
const LAUNCH_RE = new RegExp(
  String.raw`^(.*?)\b(?:successfully\s+)?launched\s+(?:the\s+|its\s+)?([A-Z0-9][\p{L}\p{N}-]*(?:\s+[a-z]+){0,2}\s+(?:satellite|rocket|mission|probe|spacecraft|module|lander|observatory))(?:\s+from\s+([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)*))?(?:\s+on\s+(${DATE_PHRASE}))?`,
  "u",
);
const ADOPTED_RE = /\b(?:The leaders|leaders|The summit|the summit|members|Members|ministers|Ministers)(?:\s+of\s+the\s+[a-z\s-]{3,40}?)?\s+(?:also\s+|jointly\s+)?adopted\s+the\s+([A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)*\s+(?:Declaration|Resolution|Charter|Action Plan|Agenda|Statement|Accord|Communiqué|Vision(?:\s+\d{4})?|Roadmap|Framework))\b/u;

const APPOSITIVE_YEAR_RE = /^((?:The|the)\s+[A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)*),\s+(signed|launched|founded|established|adopted|set up|created|formed|ratified|instituted|constituted|introduced|approved|inaugurated|commissioned)\s+in\s+(\d{4}),/u;
const BECAME_MEMBER_RE = /^((?:The|the)\s+)?([A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)*)\s+became\s+((?:an?|the)\s+(?:[a-z]+\s+)?(?:full\s+|permanent\s+)?member(?:\s+state)?)\s+of\s+(?:the\s+)?([A-Z][\p{L}\p{N}-]*(?:\s+[A-Z][\p{L}\p{N}-]*)*)\s+in\s+(\d{4})\b/u;
const FOUNDED_BY_RE = /^((?:The|the)\s+[A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)*),\s+(launched|founded|established|set up|created|formed|initiated)\s+by\s+(.+?)\s+in\s+(\d{4}),/u;

/** Extracts milestone facts: years of founding/approval, launches, adopted declarations. */
export function extractMilestones(ann: Annotation, ctx: ArticleContext): FactDraft[] {
  const out: FactDraft[] = [];
  for (const s of ann.sentences) {
    if (s.heading) continue;
    const y = YEAR_RE.exec(s.text);
    if (y) {
      let subj: string | undefined = (y[1] ?? "").replace(/^The/, "the");
      // "The grouping was first formed in 2007": the grouping last named, else no question.
      if (GENERIC_GROUP_RE.test(subj)) subj = resolveGrouping(ann, s.index, y.index);
      const verb = y[3] ?? "";
      const d = subj === undefined ? undefined : draft(s, {
        kind: "milestone", subject: subj, relation: `${verb} in`, object: y[4] ?? "", objectType: "year",
        answer: y[4] ?? "", answerType: "year",
        question: `In which year ${y[2]} ${subj} ${verb}?`,
        statement: `${upperFirst(subj)} ${y[2]} ${verb} in ${y[4]}.`,
        confidence: 0.82, variant: "year",
      });
      if (d) out.push(d);
      // "… and revived in 2017": a second milestone of the same subject.
      const again = AND_YEAR_RE.exec(s.text.slice(y[0].length));
      if (subj !== undefined && again) {
        const e = draft(s, {
          kind: "milestone", subject: subj, relation: `${again[1]} in`, object: again[2] ?? "", objectType: "year",
          answer: again[2] ?? "", answerFrom: y[0].length, answerType: "year",
          question: `In which year ${y[2]} ${subj} ${again[1]}?`,
          statement: `${upperFirst(subj)} ${y[2]} ${again[1]} in ${again[2]}.`,
          exclude: [y[4] ?? ""],
          confidence: 0.8, variant: "year-2",
        });
        if (e) out.push(e);
      }
    }
    // "The RBI was established on April 1, 1935": the date as written.
    const od = y ? null : ON_DATE_RE.exec(s.text);
    const odSubj = od ? (GENERIC_GROUP_RE.test((od[1] ?? "").replace(/^The/, "the")) ? resolveGrouping(ann, s.index, od.index) : (od[1] ?? "").replace(/^The/, "the")) : undefined;
    if (od && odSubj) {
      const d = draft(s, {
        kind: "milestone", subject: odSubj, relation: `${od[3]} on`, object: od[4] ?? "", objectType: "date",
        answer: od[4] ?? "", answerType: "date",
        question: `When ${od[2]} ${odSubj} ${od[3]}?`,
        statement: `${upperFirst(odSubj)} ${od[2]} ${od[3]} on ${od[4]}.`,
        confidence: 0.82, variant: "date",
      });
      if (d) out.push(d);
    }
    // "The Bay of X Initiative for … (BXI) was established in 1997": asked by its short name.
    const ay = y ? null : ACRONYM_YEAR_RE.exec(s.text);
    if (ay) {
      const subj = orgRef(ay[1] ?? "");
      const d = draft(s, {
        kind: "milestone", subject: subj, relation: `${ay[2]} in`, object: ay[3] ?? "", objectType: "year",
        answer: ay[3] ?? "", answerType: "year",
        question: `In which year was ${subj} ${ay[2]}?`,
        statement: `${upperFirst(subj)} was ${ay[2]} in ${ay[3]}.`,
        confidence: 0.84, variant: "year",
      });
      if (d) out.push(d);
    }
    const ap = APPOSITIVE_YEAR_RE.exec(s.text);
    if (ap) {
      const subj = (ap[1] ?? "").replace(/^The/, "the");
      const d = draft(s, {
        kind: "milestone", subject: subj, relation: `${ap[2]} in`, object: ap[3] ?? "", objectType: "year",
        answer: ap[3] ?? "", answerType: "year",
        question: `In which year was ${subj} ${ap[2]}?`,
        statement: `${upperFirst(subj)} was ${ap[2]} in ${ap[3]}.`,
        confidence: 0.82, variant: "year",
      });
      if (d) out.push(d);
    }
    const bm = BECAME_MEMBER_RE.exec(s.text);
    if (bm) {
      const who = `${bm[1] ? "the " : ""}${bm[2]}`;
      const org = orgRef(bm[4] ?? "");
      const d = draft(s, {
        kind: "members", subject: `${who} ${bm[3]} of ${org}`, relation: "became in", object: bm[5] ?? "", objectType: "year",
        answer: bm[5] ?? "", answerType: "year",
        question: `In which year did ${who} become ${bm[3]} of ${org}?`,
        statement: `${upperFirst(who)} became ${bm[3]} of ${org} in ${bm[5]}.`,
        confidence: 0.84, variant: "became-year",
      });
      if (d) out.push(d);
    }
    const f = FOUNDED_BY_RE.exec(s.text);
    if (f) {
      const subj = (f[1] ?? "").replace(/^The/, "the");
      const verb = f[2] ?? "launched";
      const d = draft(s, {
        kind: "milestone", subject: subj, relation: `${verb} in`, object: f[4] ?? "", objectType: "year",
        answer: f[4] ?? "", answerType: "year",
        question: `In which year was ${subj} ${verb}?`,
        statement: `${upperFirst(subj)} was ${verb} in ${f[4]}.`,
        confidence: 0.82, variant: "year",
      });
      if (d) out.push(d);
      const founders = s.names.filter((n) => n.type === "country" && n.start >= (f[1] ?? "").length && n.end <= f[0].length);
      const last = founders[founders.length - 1];
      if (founders.length >= 2 && last) {
        const others = founders.slice(0, -1).map((x) => x.text).join(", ");
        const e = draft(s, {
          kind: "milestone", subject: subj, relation: `${verb} by`, object: last.text, objectType: "country",
          answer: last.text, answerFrom: last.start, answerType: "country",
          question: `Which country, along with ${others}, ${verb} ${subj} in ${f[4]}?`,
          statement: `${last.text}, along with ${others}, ${verb} ${subj} in ${f[4]}.`,
          exclude: founders.map((x) => x.text),
          confidence: 0.82, variant: "founder",
        });
        if (e) out.push(e);
      }
    }
    const l = LAUNCH_RE.exec(s.text);
    if (l) {
      const agentName = s.names.find((n) => n.end <= (l[1] ?? "").length && n.type === "organisation");
      const agent = agentName ? { text: orgRef(agentName.text) } : undefined;
      const craft = cleanPhrase(l[2] ?? "");
      const from = l[3];
      const when = l[4];
      if (agent && from) {
        const d = draft(s, {
          kind: "launch", subject: `${craft}`, relation: "launched from", object: from, objectType: "place",
          answer: from, answerType: "place",
          question: `From where did ${agent.text} launch the ${craft}${when ? ` on ${when}` : ""}?`,
          statement: `${upperFirst(agent.text)} launched the ${craft} from ${from}${when ? ` on ${when}` : ""}.`,
          confidence: 0.85, variant: "place",
        });
        if (d) out.push(d);
      }
      if (agent && when) {
        const d = draft(s, {
          kind: "launch", subject: craft, relation: "launched on", object: when, objectType: "date",
          answer: when, answerType: "date",
          question: `When did ${agent.text} launch the ${craft}?`,
          statement: `${upperFirst(agent.text)} launched the ${craft} on ${when}.`,
          confidence: 0.82, variant: "date",
        });
        if (d) out.push(d);
      }
    }
    const a = ADOPTED_RE.exec(s.text);
    if (a && ctx.event) {
      const decl = a[1] ?? "";
      const d = draft(s, {
        kind: "agreement", subject: ctx.event.phrase, relation: "adopted", object: decl, objectType: "other",
        answer: decl, answerType: "other",
        question: `Which document did the leaders adopt at ${ctx.event.phrase}?`,
        statement: `The leaders adopted the ${decl} at ${ctx.event.phrase}.`,
        confidence: 0.8, variant: "adopted",
      });
      if (d) out.push(d);
    }
  }
  return out;
}
