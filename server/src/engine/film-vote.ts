/**
 * The article's ceremony from the films and people it names, for drafts that name no
 * ceremony: a film competes at one ceremony, so the ceremony most of the named films
 * competed at is the one the article is about. People named in full (their nominations'
 * ceremonies) decide only by a wide margin: a career spans many nights. Only names that
 * stand on their own count (no season yet).
 */
import type { KnowledgeBase } from "./kb";
import { detectMentions } from "./mentions/detect";
import type { Lexicon } from "./mentions/lexicon";
import { splitSentences } from "./text/sentences";
import { tokenize } from "./text/tokens";

export interface Named {
  films: number[];
  people: number[];
}

/** Films and people a block names without help from the article's season (cached per block by the caller). */
export function standaloneNames(prose: string, kb: KnowledgeBase, lex: Lexicon): Named {
  const tokens = tokenize(prose);
  const sentences = splitSentences(prose, tokens);
  const out: Named = { films: [], people: [] };
  for (const m of detectMentions({ text: prose, tokens, sentences, ceremonies: [] }, kb, lex)) {
    if (m.ids.length !== 1) continue;
    if (m.kind === "film") out.films.push(m.ids[0]);
    else if (m.kind === "person" && m.via === "name") out.people.push(m.ids[0]);
  }
  return out;
}

export interface Vote {
  ceremony: number;
  /** Distinct names that competed there. */
  count: number;
  counts: Map<number, number>;
}

/**
 * The ceremony at which at least two of the named films competed, and more than at any other;
 * else, with the people counted too, one that four names or more share, twice as many as any other.
 */
export function filmVote(kb: KnowledgeBase, named: Named[]): Vote | undefined {
  const films = tally(new Set(named.flatMap((n) => n.films)), (f) => kb.ceremoniesOfFilm(f));
  const byFilms = winner(films, (top, second) => top >= 2 && top > second);
  if (byFilms) return byFilms;
  const all = tally(new Set(named.flatMap((n) => n.people)), (p) => kb.ceremoniesOfPerson(p), films);
  return winner(all, (top, second) => top >= 4 && top >= 2 * second);
}

function tally(ids: Set<number>, nights: (id: number) => number[], into = new Map<number, number>()) {
  const counts = new Map(into);
  for (const id of ids) for (const c of nights(id)) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

function winner(counts: Map<number, number>, decides: (top: number, second: number) => boolean): Vote | undefined {
  let best: number | undefined;
  let top = 0;
  let second = 0;
  for (const [c, n] of counts) {
    if (n > top) [best, second, top] = [c, top, n];
    else if (n > second) second = n;
  }
  return best !== undefined && decides(top, second) ? { ceremony: best, count: top, counts } : undefined;
}
