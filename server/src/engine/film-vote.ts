/**
 * The article's ceremony from the films it names, for drafts that name no ceremony: a
 * film competes at one ceremony, so the ceremony most of the named films competed at is
 * the one the article is about. Only names that stand on their own count (no season yet).
 */
import type { KnowledgeBase } from "./kb";
import { detectMentions } from "./mentions/detect";
import type { Lexicon } from "./mentions/lexicon";
import { splitSentences } from "./text/sentences";
import { tokenize } from "./text/tokens";

/** Films a block names without help from the article's season (cached per block by the caller). */
export function standaloneFilms(prose: string, kb: KnowledgeBase, lex: Lexicon): number[] {
  const tokens = tokenize(prose);
  const sentences = splitSentences(prose, tokens);
  const out: number[] = [];
  for (const m of detectMentions({ text: prose, tokens, sentences, ceremonies: [] }, kb, lex)) {
    if (m.kind === "film" && m.ids.length === 1) out.push(m.ids[0]);
  }
  return out;
}

export interface Vote {
  ceremony: number;
  /** Distinct films named that competed there. */
  count: number;
  counts: Map<number, number>;
}

/** The ceremony at which at least two of the named films competed, and more than at any other. */
export function filmVote(kb: KnowledgeBase, films: number[][]): Vote | undefined {
  const counts = new Map<number, number>();
  for (const id of new Set(films.flat())) {
    for (const c of kb.ceremoniesOfFilm(id)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: number | undefined;
  let tie = false;
  for (const [c, n] of counts) {
    const top = best === undefined ? 0 : counts.get(best)!;
    if (n > top) [best, tie] = [c, false];
    else if (n === top) tie = true;
  }
  if (best === undefined || tie || counts.get(best)! < 2) return undefined;
  return { ceremony: best, count: counts.get(best)!, counts };
}
