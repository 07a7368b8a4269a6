/**
 * "Teshigahara Hiroshi", "Kurosawa Akira": Japanese names, among others, are often written
 * family name first, while the data writes them given name first. Two capitalised words
 * read in reverse name one person when neither word can sit on the other side of any name
 * in the data ("Hiroshi" is no one's family name, "Teshigahara" no one's given name), so
 * "Young Robert" (Robert Young) or "Hunter Holly" never turn into a person.
 */
import type { KnowledgeBase } from "../kb";
import type { Token } from "../text/tokens";
import { wordKeys } from "../text/fold";
import type { Lexicon } from "./lexicon";
import type { Mention } from "./types";

const givenNames = new WeakMap<KnowledgeBase, Set<string>>();

/** First words of every name of two words or more (built once per dataset). */
export function givenOf(kb: KnowledgeBase): Set<string> {
  let s = givenNames.get(kb);
  if (!s) {
    s = new Set();
    for (const p of kb.data.people) {
      const w = wordKeys(p.name);
      if (w.length >= 2) s.add(w[0]);
    }
    givenNames.set(kb, s);
  }
  return s;
}

export function addFamilyFirst(
  out: Mention[],
  tokens: Token[],
  taken: Uint8Array,
  headline: Uint8Array,
  lex: Lexicon,
  kb: KnowledgeBase,
): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i], tokens[i + 1]];
    if (taken[i] || taken[i + 1] || !a.word || !b.word || !a.cap || !b.cap || a.possessive || b.breaks > 0) continue;
    if (headline[i] || a.allCaps || b.allCaps || !lex.surnames.has(a.norm) || lex.surnames.has(b.norm)) continue;
    // Part of a longer run of capitalised words: some other name.
    const [p, n] = [tokens[i - 1], tokens[i + 2]];
    if ((p?.word && p.cap && a.breaks === 0) || (!b.possessive && n?.word && n.cap && n.breaks === 0)) continue;
    const entry = lex.twoWord(b.norm, a.norm)?.find((e) => e.words.length === 2 && e.people.length && !e.films.length);
    if (!entry || givenOf(kb).has(a.norm)) continue;
    taken[i] = taken[i + 1] = 1;
    out.push({
      kind: "person",
      start: a.start,
      end: b.end,
      first: i,
      last: i + 2,
      text: `${a.raw} ${b.raw}`,
      ids: entry.people,
      explicit: true,
      possessive: b.possessive,
      via: "name",
    });
  }
}
