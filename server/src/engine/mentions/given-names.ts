/**
 * "Henry Fonda … Jane Fonda … Peter Fonda": where two people of one family are named in full, the surname
 * says no one and a piece goes on by first names ("Jane, by then, was a two-time winner"). A first name is
 * the one person named in full with it, when that person's surname is shared with another named (a family).
 */
import type { KnowledgeBase } from "../kb";
import { wordKeys } from "../text/fold";
import type { Token } from "../text/tokens";
import { FILM_WORD } from "./short-titles";
import { surnameOf } from "./lexicon";
import type { Mention } from "./types";

/** The key a first name is carried under between blocks, beside the surnames. */
export const GIVEN = FILM_WORD + "given:";

/** First names that are also common words ("Will it win?", "Frank talk"): never read alone. */
const WORDS = new Set(
  ["will", "may", "june", "april", "grace", "rose", "hope", "frank", "mark", "bill", "art", "joy", "dawn"].concat([
    "faith",
    "summer",
    "guy",
    "pat",
    "drew",
    "chase",
    "rich",
    "king",
    "prince",
    "love",
    "olive",
    "sunny",
    "ray",
  ]),
);

/** Who a key names so far: people, [] when ambiguous, undefined when no one. */
export type NameAt = (key: string, at: number) => { person: number[] } | undefined;

export function addGivenNames(out: Mention[], tokens: Token[], taken: Uint8Array, kb: KnowledgeBase, at: NameAt): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (taken[i] || !t.word || !t.cap || WORDS.has(t.norm)) continue;
    const s = at(GIVEN + t.norm, t.start);
    if (!s || s.person.length !== 1) continue;
    // (Part of a longer name: "Peter Fonda", "Jane Campion".)
    const next = tokens[i + 1];
    if (next?.word && next.cap && next.breaks === 0 && !t.possessive) continue;
    const prev = tokens[i - 1];
    if (prev?.word && prev.cap && prev.breaks === 0 && !prev.possessive && !taken[i - 1]) continue;
    const family = at(familyKey(kb, s.person[0]), t.start);
    if (!family || family.person.length !== 0) continue;
    taken[i] = 1;
    out.push({
      kind: "person",
      start: t.start,
      end: t.end,
      first: i,
      last: i + 1,
      text: t.raw,
      ids: s.person,
      explicit: true,
      possessive: t.possessive,
      via: "surname",
    });
  }
}

/** The surname key of a person of the data, as a token's would be. */
function familyKey(kb: KnowledgeBase, person: number): string {
  const words = wordKeys(kb.data.people[person].name).map((norm) => ({ norm, word: true }));
  return surnameOf(words, 0, words.length);
}
