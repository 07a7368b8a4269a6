/**
 * "Henry Fonda … Jane Fonda … Peter Fonda": where two people of one family are named in full, the surname
 * says no one and a piece goes on by first names ("Jane, by then, was a two-time winner"). A first name is
 * the one person named in full with it, when that person's surname is shared with another named (a family).
 */
import type { KnowledgeBase } from "../kb";
import { wordKeys } from "../text/fold";
import type { Token } from "../text/tokens";
import { FILM_WORD } from "./short-titles";
import { givenOf } from "./family-first";
import { surnameOf, type Lexicon } from "./lexicon";
import type { Mention } from "./types";

/** The key a first name is carried under between blocks, beside the surnames. */
const GIVEN = FILM_WORD + "given:";

/** The key a name's first word is carried under: "given:jane" for Jane Fonda. */
export const givenKey = (first: { norm: string }): string => GIVEN + first.norm;

/** First names that are also common words ("Will it win?", "Frank talk"): never read alone. */
export const WORDS = new Set(
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
  const given = givenOf(kb);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // (Cheap tests first: most capitalised words are no one's first name, or part of a longer name.)
    if (!t.word || !t.cap || WORDS.has(t.norm) || !given.has(t.norm)) continue;
    // (Part of a longer name: "Peter Fonda", "Jane Campion".)
    const next = tokens[i + 1];
    if (next?.word && next.cap && next.breaks === 0 && !t.possessive) continue;
    const prev = tokens[i - 1];
    if (prev?.word && prev.cap && prev.breaks === 0 && !prev.possessive && !taken[i - 1]) continue;
    // (Taken only by a one-word title may still be a first name: "Ryan won" after "Ryan and Zinzi Coogler".)
    const film = taken[i] ? out.findIndex((x) => x.first === i && x.last === i + 1 && x.kind === "film") : -1;
    if (taken[i] && film < 0) continue;
    const s = at(givenKey(t), t.start);
    if (!s || s.person.length !== 1) continue;
    const family = at(familyKey(kb, s.person[0]), t.start);
    if (!family || family.person.length !== 0) continue;
    if (film >= 0) out.splice(film, 1);
    taken[i] = 1;
    out.push(shortName(t, i, s.person));
  }
}

/** The surname key of a person of the data, as a token's would be. */
function familyKey(kb: KnowledgeBase, person: number): string {
  const words = wordKeys(kb.data.people[person].name).map((norm) => ({ norm, word: true }));
  return surnameOf(words, 0, words.length);
}

/**
 * "Joel and Ethan Coen", "Ryan and Zinzi Coogler": a first name joined by "and" to a full name shares its
 * surname, when the data knows that person (then "Ryan" is Ryan Coogler, not the short film "Ryan").
 */
export function addSharedSurnames(out: Mention[], tokens: Token[], taken: Uint8Array, lex: Lexicon): Mention[] {
  const added: Mention[] = [];
  for (const m of [...out]) {
    if (m.kind !== "person" || m.via !== "name" || m.last - m.first !== 2) continue;
    const k = m.first - 2;
    const t = tokens[k];
    if (tokens[m.first - 1]?.norm !== "and" || !t?.word || !t.cap || t.possessive) continue;
    // (Not the end of a longer name: "Paul Thomas and Ethan Coen".)
    const prev = tokens[k - 1];
    if (prev?.word && prev.cap && prev.breaks === 0) continue;
    const named = lex.twoWord(t.norm, tokens[m.last - 1].norm)?.find((e) => e.words.length === 2 && e.people.length);
    if (!named) continue;
    const at = out.findIndex((x) => x.first <= k && k < x.last);
    if (at >= 0 && (out[at].kind !== "film" || out[at].last - out[at].first !== 1)) continue;
    if (at >= 0) out.splice(at, 1);
    taken[k] = 1;
    const person = shortName(t, k, named.people);
    out.push(person);
    added.push(person);
  }
  return added;
}

/** A person named by one word, the token at i: a surname after the full name, or a first name in a family piece. */
export function shortName(t: Token, i: number, ids: number[]): Mention {
  return {
    kind: "person",
    start: t.start,
    end: t.end,
    first: i,
    last: i + 1,
    text: t.raw,
    ids,
    explicit: true,
    possessive: t.possessive,
    via: "surname",
  };
}
