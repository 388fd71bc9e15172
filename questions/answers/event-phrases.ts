/**
 * Events as answers: what a sentence says something followed, answered or witnessed — "in response
 * to Russia's invasion of Ukraine", "following a deadly border clash", "witnessing a total solar
 * eclipse". A cause or an occasion is what an examiner asks ("What prompted the 2020 ban?"), and it
 * is neither a figure nor a name, so the name finder misses it. Only after a word that makes the
 * phrase an occasion, and only an event noun with something that says which one (an adjective, a
 * possessor): "the war" alone names nothing. So too the kind of pact two parties made ("agreed to an
 * interim trade deal").
 */
import { AGREEMENTS } from "../analyse/antecedents";
import { plain, type Candidate } from "./types";

const EVENT_NOUN =
  "clash|clashes|war|invasion|annexation|occupation|eclipse|earthquake|cyclone|typhoon|hurricane|flood|floods|floods|attack|attacks|crisis|pandemic|coup|blast|explosion|crash|outbreak|drought|heatwave|tsunami|uprising|standoff|skirmish|strike|strikes|bombing|shooting|assassination|landslide|wildfire|wildfires|collapse|default|recession|meltdown|spill|leak";
/** Words after which a phrase is the occasion of the fact. */
const TRIGGER = String.raw`(?:in response to|following|after|amid|due to|because of|triggered by|sparked by|prompted by|caused by|witnessing|witnessed|since)`;
const WORD = String.raw`[a-z][a-z-]*`;

/** "Russia's invasion of Ukraine", "China's annexation of …": an act of one named party on another. */
const ACT = new RegExp(
  String.raw`\b${TRIGGER}\s((?:\p{Lu}[\p{L}.]*\s?){1,3}['’]s\s(?:${WORD}\s)?(?:invasion|annexation|occupation|attack|bombing)\s(?:of|on)\s(?:the\s)?(?:\p{Lu}[\p{L}.]*\s?){1,3})`,
  "gu",
);
/** "a deadly border clash", "a total solar eclipse", "the 2008 financial crisis". */
const DESCRIBED = new RegExp(String.raw`\b${TRIGGER}\s((?:a|an|the)\s(?:(?:${WORD}|\d{4})\s){1,3}(?:${EVENT_NOUN}))\b`, "gu");
/** "agreed to an interim trade deal", "signed a bilateral investment treaty": the kind of pact two parties made. */
const PACT = new RegExp(
  String.raw`\b(?:agreed to|agreed on|signed|reached|struck|sealed|inked|concluded)\s(?:a|an)\s((?:${WORD}\s){1,3}(?:${AGREEMENTS.join("|")}))\b`,
  "gu",
);
/** Describing words that say nothing of which event it was. */
const EMPTY = /^(?:recent|latest|current|ongoing|new|last|first|second|same|other|such|this|that|big|major|huge|large|wider|broader|further)$/;

/**
 * The event phrases of a sentence, as candidates of kind "other", category "event".
 *
 * @example findEvents("The IEA last released stockpiles in response to Russia's invasion of Ukraine.")[0].text // "Russia's invasion of Ukraine"
 */
export function findEvents(sentence: string): Candidate[] {
  const t = plain(sentence);
  const out: Candidate[] = [];
  for (const re of [ACT, DESCRIBED, PACT]) {
    for (const m of t.matchAll(re)) {
      // The sentence's full stop is no part of the name ("… of Ukraine."), an abbreviation's is ("the U.S.").
      const phrase = m[1]!
        .replace(/\s+$/, "")
        .replace(/(?<![A-Z])\.$/, "")
        .replace(/(?<=\p{Ll}{2})\.$/u, "");
      const start = (m.index ?? 0) + m[0].indexOf(m[1]!);
      const end = start + phrase.length;
      if (re === DESCRIBED || re === PACT) {
        const words = phrase.split(/\s+/).slice(1, -1);
        if (words.every((w) => EMPTY.test(w))) continue;
      }
      if (out.some((c) => start < c.end && end > c.start)) continue;
      out.push({ kind: "other", category: re === PACT ? "pact" : "event", start, end, text: sentence.slice(start, end), outerStart: start, bonus: 0 });
    }
  }
  return out;
}
