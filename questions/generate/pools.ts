/**
 * Distractor pools: every value of each answer type seen in the corpus (all articles
 * of one run), by article, so a question can prefer candidates from its own article.
 */
import type { Annotation } from "../nlp/annotate";
import { countryOf, REGIONS } from "../nlp/vocab-places";
import { classifyName } from "../nlp/names";
import type { AnswerType, FactDraft } from "../extract/types";

/** Values by answer type; each value remembers the article it came from. */
export interface Pools {
  byType: Map<AnswerType, Array<{ value: string; articleId: string }>>;
  /** Answers by "kind|answerType": places where events were held, years agreements were signed… */
  byKind: Map<string, Array<{ value: string; articleId: string }>>;
  /** Full name → surname, for people. */
  surnames: Map<string, string>;
}

function add(pools: Pools, type: AnswerType, value: string, articleId: string): void {
  const list = pools.byType.get(type) ?? [];
  if (!list.some((v) => v.value === value)) list.push({ value, articleId });
  pools.byType.set(type, list);
}

/** Builds the pools from annotations and fact drafts. */
export function buildPools(items: ReadonlyArray<{ ann: Annotation; drafts: readonly FactDraft[] }>): Pools {
  const pools: Pools = { byType: new Map(), byKind: new Map(), surnames: new Map() };
  for (const { ann, drafts } of items) {
    const aid = ann.article.id;
    for (const p of ann.people.values()) {
      // People only: a name the vocabularies type as a country, an organisation or a place never is a person distractor.
      if (classifyName(p.name, new Set()) !== "other") continue;
      add(pools, "person", p.name, aid);
      const parts = p.name.split(" ");
      const last = parts[parts.length - 1];
      if (parts.length > 1 && last) pools.surnames.set(p.name, last);
      for (const r of p.roles) if (r.includes(" ")) add(pools, "role", r, aid);
    }
    for (const s of ann.sentences) {
      for (const n of s.names) {
        if (n.type === "country") add(pools, "country", countryOf(n.text) ?? n.text, aid);
        else if (n.type === "organisation") add(pools, "organisation", n.text, aid);
        else if (n.type === "place" && !REGIONS.includes(n.text)) add(pools, "place", n.text, aid);
      }
    }
    for (const d of drafts) {
      if (d.answerType !== "person") add(pools, d.answerType, d.answer, aid);
      const key = `${d.kind}|${d.answerType}`;
      const list = pools.byKind.get(key) ?? [];
      if (!list.some((v) => v.value === d.answer)) list.push({ value: d.answer, articleId: aid });
      pools.byKind.set(key, list);
    }
  }
  return pools;
}
