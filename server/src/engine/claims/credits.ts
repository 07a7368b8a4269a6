/**
 * Credit nouns before a name: "its producers, Saul Zaentz and Michael Douglas", "writer-director
 * Robert Benton", "cinematographer X". The film is one the sentence names, else the one the
 * draft is about. Credits outside the nominations are not in the data, so a credit is only
 * ever borne out (a nomination of the person for that film in the matching category), never refuted.
 */
import { claim, evidence, nameOf, nominationsOf, subjectOf } from "./common";
import type { Claim } from "./types";
import { hedged, type SentenceView } from "./view";

/** Credit noun → category keys whose nominees hold that credit. */
const CREDIT_KEYS: Record<string, RegExp> = {
  producer: /^picture$/,
  director: /^director$/,
  writer: /screenplay|story/,
  screenwriter: /screenplay|story/,
  cinematographer: /cinematography/,
  composer: /score|song/,
  editor: /^editing$/,
};
/** ("director" alone is read as the category: its marker stands for it.) */
const CRAFT = String.raw`(?:<C\d+>|producers?|director|writer|screenwriter|cinematographer|composer|editor)`;
const CREDIT = String.raw`((?:writer - )?${CRAFT})`;
const NAMES = String.raw`<P(\d+)>((?: (?:,|and|, and) <P\d+>)*)`;
/** "its producers, X and Y", "writer-director X", "the film's editor, X". */
const CREDITED = new RegExp(String.raw`(?:^|\s)${CREDIT}s?(?: ,)? ${NAMES}`, "g");

export function checkCredits(v: SentenceView): Claim[] {
  const out: Claim[] = [];
  if (hedged(v.sk)) return out;
  for (const m of v.sk.matchAll(CREDITED)) {
    const roles = m[1]
      .split(" - ")
      .map((r) => (r.startsWith("<C") ? v.mentions[Number(r.slice(2, -1))].text.toLowerCase() : r).replace(/s$/, ""));
    if (!roles.every((r) => r in CREDIT_KEYS)) continue;
    const people = [m[2], ...[...m[3].matchAll(/<P(\d+)>/g)].map((x) => x[1])].map((n) => v.mentions[Number(n)]);
    const films = candidateFilms(v);
    for (const p of people) {
      if (p.possessive) continue; // "director X's comedy": the possessive reader's
      const person = subjectOf(p)!;
      const credited = nominationsOf(v.kb, person).filter(
        (i) =>
          roles.some((r) => CREDIT_KEYS[r]?.test(v.kb.keyOf(i))) &&
          v.kb.data.nominations.films[i].some((f) => films.includes(f)),
      );
      if (!credited.length) continue; // a credit the data does not list: nothing to say
      const view = v.kb.view(credited[0]);
      out.push(
        claim({
          kind: "attribution",
          rule: "wrong-attribution",
          start: p.start,
          end: p.end,
          statement: `${nameOf(v.kb, person)} is ${roles.join("-")} of ${view.films.join(" / ")}`,
          verdict: "supported",
          message: `${nameOf(v.kb, person)}: ${view.category} for ${view.films.join(" / ")}`,
          evidence: credited.map((i) => evidence(v.kb, i)),
        }),
      );
    }
  }
  return out;
}

/** The films a credit may be of: the sentence's, the last named, the draft's focus. */
function candidateFilms(v: SentenceView): number[] {
  const out = v.mentions.filter((m) => m.kind === "film").flatMap((m) => m.ids);
  const last = v.prior.lastFilm();
  if (last) out.push(...last.ids);
  const focus = v.prior.focus();
  if (focus !== undefined) out.push(focus);
  return out;
}
