/**
 * A film's only loss: "the only category it didn't win was Best Adapted Screenplay", "its only
 * loss came in the sound editing category". The film was nominated there and lost; a category
 * it won, or one it was not nominated in, is wrong. "It" is the draft's main film, the only
 * one a refutation may rest on.
 */
import { claim, evidence, refuted } from "../common";
import type { Claim } from "../types";
import type { SentenceView } from "../view";
import { isFocus } from "./bind";
import { recordIn } from "./keys";

const ONLY_LOSS = new RegExp(
  String.raw`\bonly (?:category|award|oscar|one) (?:(?<film><F\d+>)|it|the film|the movie) ` +
    String.raw`(?:did n't|didn't|did not|failed to) win (?:was|came in) (?:the )?<C(?<cat>\d+)>` +
    String.raw`|\b(?:its|the film 's|the movie 's) only (?:loss|defeat) came in (?:the )?<C(?<cat2>\d+)>`,
);

export function onlyLoss(v: SentenceView): Claim | undefined {
  const m = ONLY_LOSS.exec(v.sk);
  if (!m) return undefined;
  const cat = v.mentions[Number(m.groups!.cat ?? m.groups!.cat2)];
  const named = m.groups!.film ? v.mentions[Number(m.groups!.film.slice(2, -1))] : undefined;
  const film = named ?? v.prior.lastFilm();
  if (!film || film.ids.length !== 1 || !cat.category) return undefined;
  const kb = v.kb;
  const rows = kb.nominationsOfFilm(film.ids[0]).filter((i) => kb.isCompetitive(i));
  const here = rows.filter((i) => recordIn(kb, cat.category!, i));
  const name = kb.data.films[film.ids[0]].title;
  const base = { kind: "nomination" as const, rule: "wrong-nomination", start: cat.start, end: cat.end };
  const statement = `${name} lost ${cat.text}`;
  if (here.length && here.every((i) => !kb.won(i))) {
    return claim({
      ...base,
      statement,
      verdict: "supported",
      message: `Nominated for ${kb.view(here[0]).category}, not won`,
    });
  }
  if (!named && !isFocus(v, film.ids))
    return claim({ ...base, statement, verdict: "unverifiable", message: "Whose loss is unsure" });
  const lost = rows.filter((i) => !kb.won(i)).map((i) => kb.view(i).category);
  const what = here.length ? `won ${kb.view(here[0]).category}` : `was not nominated for ${cat.text}`;
  const message = `${name} ${what}${lost.length ? `; it lost ${lost.join(" and ")}` : ""}.`;
  return refuted({ ...base, statement, message, evidence: rows.slice(0, 4).map((i) => evidence(kb, i)) });
}
