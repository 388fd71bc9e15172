/**
 * Meetings of a group of officials without an ordinal: "The foreign ministers of the X met in
 * PLACE on DATE" (where, when), "X foreign ministers meet in PLACE" as a headline (the
 * article's event for delegation questions), what "the ministers" launched, what they agreed
 * to expand ("expand the X Fellowship to 100 students a year"). Dates stay as written.
 */
import type { Annotation } from "../nlp/annotate";
import type { ArticleContext, FactDraft } from "./types";
import { draft, upperFirst } from "./types";
import { DATE_PHRASE } from "./dates";
import { NUMBER } from "./numbers";
import { orgRef } from "./context";

/** Plural nouns for a group of officials meeting as a body. */
const OFFICIALS = "(?:(?:[a-z]+\\s+){0,2}(?:ministers|leaders|heads of state|heads of government|heads of state and government|national security advisers|NSAs|envoys|chiefs|secretaries|governors|speakers|parliamentarians|sherpas|negotiators))";
const NAME = "[A-Z][\\p{L}\\p{N}-]*(?:\\s+(?:of\\s+|and\\s+|for\\s+|on\\s+)?[A-Z][\\p{L}\\p{N}-]*)*";
const PLACE = "[A-Z][\\p{L}-]+(?:\\s+(?:de\\s+)?[A-Z][\\p{L}-]+){0,2}";
const MET = "(?:met|gathered|convened|held (?:a |their )?(?:meeting|talks))";

/** "The foreign ministers of the X met in PLACE (on DATE)". */
const OF_RE = new RegExp(`^(?:The\\s+)?(${OFFICIALS})\\s+of\\s+(?:the\\s+)?(${NAME})\\s+(?:also\\s+)?${MET}\\s+(in|at)\\s+(${PLACE})(?:\\s+on\\s+(${DATE_PHRASE}))?`, "u");
/** "BRICS foreign ministers met in PLACE (on DATE)". */
const PRE_RE = new RegExp(`^(?:The\\s+)?(${NAME})\\s+(${OFFICIALS})\\s+(?:also\\s+)?${MET}\\s+(in|at)\\s+(${PLACE})(?:\\s+on\\s+(${DATE_PHRASE}))?`, "u");
/** A headline: "X foreign ministers meet in PLACE, …". */
const HEADLINE_RE = new RegExp(`^((?:${NAME}|[A-Z][\\p{L}\\p{N}-]*(?:-[A-Z][\\p{L}-]*)?)\\s+${OFFICIALS})\\s+(?:meet|met|hold talks|gather)\\s+in\\s+(${PLACE})\\b`, "u");

/** A gathering found in one sentence. */
export interface Gathering {
  /** "the foreign ministers of the X Security Dialogue" (verbatim, lower-case "the"). */
  group: string;
  prep: string;
  place: string;
  date?: string;
  /** Offset of the place in the sentence. */
  placeAt: number;
}

/** The gathering a sentence states, or undefined. */
export function findGathering(text: string): Gathering | undefined {
  const o = OF_RE.exec(text);
  if (o) {
    const group = `the ${o[1]} of the ${o[2]}`.replace(/\bthe the\b/, "the");
    return { group, prep: o[3] ?? "in", place: o[4] ?? "", date: o[5], placeAt: o[0].indexOf(` ${o[3]} ${o[4]}`) + (o[3]?.length ?? 0) + 2 };
  }
  const p = PRE_RE.exec(text);
  if (p && /^[A-Z]/.test(p[1] ?? "") && !/^(?:The|A|An|Both|All|Two|Several)$/.test(p[1] ?? "")) {
    const group = `the ${p[1]} ${p[2]}`;
    return { group, prep: p[3] ?? "in", place: p[4] ?? "", date: p[5], placeAt: p[0].indexOf(` ${p[3]} ${p[4]}`) + (p[3]?.length ?? 0) + 2 };
  }
  return undefined;
}

/**
 * The article's event when it names no numbered one: the headline's "X ministers meet in
 * PLACE" (in sentence case only), else the first sentence's gathering.
 */
export function gatheringEvent(ann: Annotation): ArticleContext["event"] | undefined {
  const first = ann.sentences.find((s) => !s.heading && findGathering(s.text));
  const g = first ? findGathering(first.text) : undefined;
  const title = ann.article.title;
  // Title Case headlines ("Ministers Meet In …") cannot tell proper names from words.
  const words = title.split(/\s+/);
  const titleCase = words.filter((w) => /^\p{Lu}/u.test(w)).length > words.length * 0.7;
  const h = titleCase ? undefined : HEADLINE_RE.exec(title);
  if (h && (!g || g.place === h[2])) {
    return { phrase: `the meeting of the ${h[1]} in ${h[2]}`, short: `the ${h[1]}`, sentenceIndex: first?.index ?? 0 };
  }
  if (g && first) return { phrase: `the meeting of ${g.group} ${g.prep} ${g.place}`, short: g.group, sentenceIndex: first.index };
  return undefined;
}

const LAUNCH_HEADS = "Initiative|Programme|Program|Mission|Fund|Fellowship|Partnership|Platform|Framework|Network|Scheme|Alliance|Action Plan|Plan|Corridor|Centre|Center|Hub|Compact|Facility|Dialogue|Portal|Yojana|Abhiyan|Campaign|Challenge|Grid|Coalition";
const GROUP_LAUNCH_RE = new RegExp(`\\b[Tt]he\\s+(?:two\\s+)?(?:ministers|leaders|sides|NSAs)\\s+(?:also\\s+|jointly\\s+)?(launched|unveiled|announced)\\s+(?:the\\s+|a\\s+|an\\s+)?(${NAME.replace("[A-Z][\\p{L}\\p{N}-]*", "[A-Z][\\p{L}\\p{N}'’-]*")}\\s+(?:${LAUNCH_HEADS}))\\b`, "u");
const NAMED_LAUNCH_RE = new RegExp(`^\\s+(?:on\\s+[A-Z][a-z]+day\\s+)?(?:also\\s+|formally\\s+|officially\\s+)?(launched|unveiled|inaugurated|rolled out)\\s+(?:the\\s+)?(${NAME.replace("[A-Z][\\p{L}\\p{N}-]*", "[A-Z][\\p{L}\\p{N}'’-]*")}\\s+(?:${LAUNCH_HEADS}))(?!,\\s+an?\\s)(?:\\s+(?:in|at)\\s+(${PLACE}))?(?:\\s+on\\s+(${DATE_PHRASE}))?`, "u");
/** "the X Selection Committee chaired by eminent writer NAME". */
const CHAIRED_BY_RE = /\b(?:the\s+)([A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)*\s+(?:Committee|Commission|Panel|Council|Board|Jury|Task Force|Group))\s*,?\s+(chaired|headed|led)\s+by\s+(?:[a-z-]+\s+){0,3}(?:[A-Z][\p{L}-]*\s+){0,4}$/u;
const EXPAND_RE = new RegExp(`\\b(?:(agreed|decided|resolved|pledged)\\s+to\\s+|(will)\\s+)?(expand|expanded|increase|increased|scale up|scaled up)\\s+(?:the\\s+)?([A-Z][\\p{L}\\p{N}'’-]*(?:\\s+[A-Z][\\p{L}\\p{N}'’-]*)*)\\s+to\\s+(${NUMBER})\\s+([a-z]+(?:\\s+(?:a|per|every)\\s+(?:year|annum))?)`, "u");

/** Extracts gathering facts: where and when a group met; what it launched; what it will expand. */
export function extractGatherings(ann: Annotation, ctx: ArticleContext): FactDraft[] {
  const out: FactDraft[] = [];
  let group: Gathering | undefined;
  for (const s of ann.sentences) {
    if (s.heading) continue;
    const g = findGathering(s.text);
    if (g) {
      group ??= g;
      const Group = upperFirst(g.group);
      const place = draft(s, {
        kind: "event", subject: g.group, relation: `met ${g.prep}`, object: g.place, objectType: "place",
        answer: g.place, answerFrom: g.placeAt, answerType: "place",
        question: `Where did ${g.group} meet${g.date ? ` on ${g.date}` : ""}?`,
        statement: `${Group} met ${g.prep} ${g.place}${g.date ? ` on ${g.date}` : ""}.`,
        confidence: 0.88, variant: "met-place",
      });
      if (place) out.push(place);
      if (g.date) {
        const when = draft(s, {
          kind: "event", subject: g.group, relation: "met on", object: g.date, objectType: "date",
          answer: g.date, answerFrom: g.placeAt, answerType: "date",
          question: `When did ${g.group} meet ${g.prep} ${g.place}?`,
          statement: `${Group} met ${g.prep} ${g.place} on ${g.date}.`,
          confidence: 0.86, variant: "met-date",
        });
        if (when) out.push(when);
      }
    }
    const l = GROUP_LAUNCH_RE.exec(s.text);
    const who = group?.group ?? ctx.event?.short;
    if (l && who) {
      const name = l[2] ?? "";
      const head = (/(\S+)$/.exec(name)?.[1] ?? "initiative").toLowerCase();
      const where = group ? ` ${group.prep} ${group.place}` : "";
      const d = draft(s, {
        kind: "launch", subject: who, relation: l[1] ?? "launched", object: name, objectType: "other",
        answer: name, answerFrom: l.index, answerType: "initiative",
        question: `Which ${head} did ${who} ${l[1] === "unveiled" ? "unveil" : l[1] === "announced" ? "announce" : "launch"}${where}?`,
        statement: `${upperFirst(who)} ${l[1]} the ${name}${where}.`,
        confidence: 0.84, variant: "launched",
      });
      if (d) out.push(d);
    }
    for (const n of s.names) {
      if (n.type !== "person" && n.type !== "organisation") continue;
      const who = n.type === "person" ? ann.aliases.get(n.text) ?? n.text : n.text;
      const nl = NAMED_LAUNCH_RE.exec(s.text.slice(n.end));
      if (nl) {
        const name = nl[2] ?? "";
        const head = (/(\S+)$/.exec(name)?.[1] ?? "initiative").toLowerCase();
        const verb = nl[1] ?? "launched";
        const base = verb === "rolled out" ? "roll out" : verb.replace(/ed$/, "");
        const whoRef = n.type === "organisation" ? orgRef(who) : who;
        const d = draft(s, {
          kind: "launch", subject: whoRef, relation: verb, object: name, objectType: "other",
          answer: name, answerFrom: n.end, answerType: "initiative",
          question: `Which ${head} did ${whoRef} ${base.replace(/^launch$/, "launch").replace(/^unveil$/, "unveil").replace(/^inaugurat$/, "inaugurate")}?`,
          statement: `${upperFirst(whoRef)} ${verb} the ${name}.`,
          confidence: 0.82, variant: "named-launch",
        });
        if (d) out.push(d);
        const date = nl[4];
        if (date) {
          const e = draft(s, {
            kind: "launch", subject: name, relation: `${verb} on`, object: date, objectType: "date",
            answer: date, answerFrom: n.end, answerType: "date",
            question: `When was the ${name} ${verb}?`,
            statement: `The ${name} was ${verb} on ${date}.`,
            confidence: 0.82, variant: "named-launch-date",
          });
          if (e) out.push(e);
        }
      }
      const c = n.type === "person" ? CHAIRED_BY_RE.exec(s.text.slice(0, n.start)) : null;
      if (c) {
        const body = c[1] ?? "";
        const d = draft(s, {
          kind: "role", subject: `the ${body}`, relation: `${c[2]} by`, object: who, objectType: "person",
          answer: n.text, answerFrom: n.start, answerType: "person",
          question: `Who ${c[2]} the ${body}?`,
          statement: `${n.text} ${c[2]} the ${body}.`,
          confidence: 0.84, variant: "chaired-by",
        });
        if (d) out.push(d);
      }
    }
    const e = EXPAND_RE.exec(s.text);
    if (e) {
      const thing = e[4] ?? "";
      const n = e[5] ?? "";
      const unit = e[6] ?? "";
      const future = e[1] !== undefined || e[2] !== undefined;
      const verb = /^scale/.test(e[3] ?? "") ? "scaled up" : /^increase/.test(e[3] ?? "") ? "increased" : "expanded";
      if (s.names.some((x) => x.text === thing || thing.startsWith(x.text))) {
        const d = draft(s, {
          kind: "count", subject: `the ${thing}`, relation: `${future ? "to be " : ""}${verb} to`, object: `${n} ${unit}`, objectType: "number",
          answer: n, answerFrom: e.index + e[0].lastIndexOf(` to ${n} `) + 4, answerType: "number",
          question: `To how many ${unit} ${future ? "will" : "was"} the ${thing} ${future ? "be " : ""}${verb}?`,
          statement: `The ${thing} ${future ? "will be" : "was"} ${verb} to ${n} ${unit}.`,
          confidence: 0.82, variant: "expand",
        });
        if (d) out.push(d);
      }
    }
  }
  return out;
}
