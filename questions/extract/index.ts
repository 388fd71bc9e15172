/**
 * Runs every extractor over an annotated article and turns drafts into facts with
 * stable ids. Duplicate facts (same kind, subject and object) keep their first sentence.
 */
import type { Annotation } from "../nlp/annotate";
import type { Fact } from "../types";
import { factId } from "../ids";
import { articleContext } from "./context";
import type { Extractor, FactDraft } from "./types";
import { extractRoles } from "./roles";
import { extractDelegationLeaders } from "./delegation";
import { extractMeetings } from "./meeting";
import { extractQuotes } from "./quotes";
import { extractSupport } from "./support";
import { extractEvents } from "./events";
import { extractAgreements } from "./agreements";
import { extractCounts } from "./counts";
import { extractMembers } from "./members";
import { extractDurations } from "./durations";
import { extractInitiatives } from "./initiatives";
import { extractSuperlatives } from "./superlatives";
import { extractMilestones } from "./milestones";
import { extractJoinedMembers } from "./members-joined";
import { extractBilateral } from "./bilateral";
import { extractRates } from "./rates";
import { extractChairs } from "./chairs";
import { extractSchemes } from "./schemes";
import { extractAppointments } from "./appointments";
import { extractRankings } from "./rankings";
import { extractGatherings } from "./gatherings";
import { extractExplainers } from "./explainers";
import { extractReference } from "./reference";

/** All extractors, in the order their facts are listed. */
export const EXTRACTORS: readonly Extractor[] = [
  extractEvents,
  extractGatherings,
  extractDelegationLeaders,
  extractChairs,
  extractMeetings,
  extractRoles,
  extractAppointments,
  extractAgreements,
  extractCounts,
  extractRates,
  extractBilateral,
  extractMembers,
  extractJoinedMembers,
  extractDurations,
  extractMilestones,
  extractSuperlatives,
  extractRankings,
  extractSupport,
  extractInitiatives,
  extractSchemes,
  extractExplainers,
  extractReference,
  extractQuotes,
];

/** A draft with its public fact. */
export interface ExtractedFact {
  fact: Fact;
  draft: FactDraft;
}

/** Extracts the facts of one annotated article. */
export function extractFacts(ann: Annotation): ExtractedFact[] {
  const ctx = articleContext(ann);
  const out: ExtractedFact[] = [];
  const seen = new Set<string>();
  for (const ex of EXTRACTORS) {
    for (const d of ex(ann, ctx)) {
      // Everyone named in the evidence sentence is never a distractor, under their full name too.
      for (const n of d.sentence.names) if (n.type === "person") d.exclude.push(ann.aliases.get(n.text) ?? n.text);
      const id = factId(ann.article.id, d.kind, d.subject, d.object + (d.variant ? `#${d.variant}` : ""));
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({
        draft: d,
        fact: {
          id,
          kind: d.kind,
          subject: d.subject,
          relation: d.relation,
          object: d.object,
          objectType: d.objectType,
          sentence: d.sentence.text,
          articleId: ann.article.id,
          span: [d.sentence.start, d.sentence.end],
        },
      });
    }
  }
  return out;
}
