/**
 * "… was nominated for Best Supporting Actor; the award went to Ed Begley for Sweet Bird of
 * Youth": an award named by its noun alone ("the award", "the Oscar", "the prize"), in a clause
 * after the one that named its category, is that category, and "went to" names its winner.
 */
import type { Mention } from "../../mentions/types";
import { CATEGORY_DEFS } from "../../categories";
import { impliedCategory } from "./keys";
import { AWARD_NOUNS, FILM_NOUNS } from "./cues";
import type { SentenceView } from "../view";
import { statedCeremonies, type Frame } from "./bind";
import type { Clause, Unit } from "./clauses";

/** "both", "all three", "they all", "each", "the pair" (with an adverb or two): several losers as one subject. */
const SEVERAL = String.raw`both|all (?:two|three|four|five)|all|they(?: all| both)?|each|the (?:pair|two|trio|three)`;
const PLURAL_LOSERS = new RegExp(String.raw`^(?:and |but )?(?:${SEVERAL})(?: [a-z]+ly){0,2}$`);

export function wentToFrames(v: SentenceView, units: Unit[], clause: Clause): Frame[] {
  const own = units.slice(clause.from, clause.to);
  if (own.some((u) => u.mention?.kind === "category")) return [];
  // The category the sentence named last before this clause; for its first clause, the sentence before's
  // ("X and Y were nominated for best actress. The award went to Y for F.").
  let category: Mention | undefined;
  for (let k = clause.from - 1; k >= 0 && !category; k--)
    if (units[k].mention?.kind === "category") category = units[k].mention;
  const fromBefore = !category;
  if (!category && clause.from === 0 && v.priorCategory) category = priorCategoryAt(v, units[clause.from]);
  if (!category?.category) return [];
  // (Losers lost in one category only when one was named: "…for best picture and costume design. Both lost to X"
  // says not which.)
  const named = new Set(
    units.slice(0, clause.from).flatMap((u) => (u.mention?.kind === "category" ? [u.mention.category] : [])),
  );
  const sure = fromBefore ? v.priorCategoryAlone : named.size === 1;
  for (let k = clause.from + 1; k + 2 < clause.to; k++) {
    if ((units[k].text !== "went" && units[k].text !== "lost") || units[k + 1].text !== "to") continue;
    if (units[k].text === "lost") {
      if (!sure || units[k + 3]?.text === "'s") continue;
      // "Both lost to X", "all three lost to X": the nominees named before lost to the category's winner.
      if (
        !PLURAL_LOSERS.test(
          units
            .slice(clause.from, k)
            .map((u) => u.text)
            .join(" "),
        )
      )
        continue;
    } else {
      // ("… not nominated for documentary feature; its only nomination was for film editing. The prize that year
      // went to X": a sentence before naming two categories says not which prize.)
      if (fromBefore && !sure) continue;
      // "the award went to", "the Oscar eventually went to".
      const noun = units.slice(Math.max(clause.from, k - 3), k).findIndex((u) => AWARD_NOUNS.has(u.text));
      // ("that prize went to": the category just named.)
      if (noun < 0 || !/^(?:the|that)$/.test(units[Math.max(clause.from, k - 3) + noun - 1]?.text ?? "")) continue;
    }
    // ("went to the French musical Emilia Pérez": a film described before its title.)
    const h = describedFilmAt(units, k + 2, clause.to);
    const holder = units[h].mention;
    if (holder?.kind !== "person" && holder?.kind !== "film") return [];
    // "… to X for F", "… to X of F", "… to X (F)".
    const by = units[h + 1]?.text;
    const film = by === "for" || by === "of" || by === "(" ? units[h + 2]?.mention : undefined;
    const films = holder.kind === "film" ? [holder] : film?.kind === "film" ? [film] : [];
    const people = holder.kind === "person" ? [holder] : [];
    const last = films.length && holder.kind === "person" ? films[0] : holder;
    return [
      {
        predicate: "win",
        category,
        people,
        films,
        coref: false,
        ...statedCeremonies(v, units, clause),
        past: false,
        cueAt: k,
        start: holder.start,
        end: last.end,
      },
    ];
  }
  return [];
}

/** "the French musical F", "the documentary F": past "the", a few lower-case words and a film noun, to F. */
function describedFilmAt(units: Unit[], k: number, to: number): number {
  if (units[k]?.text !== "the" || units[k].mention) return k;
  for (let j = k + 1; j < to && j <= k + 4; j++) {
    if (units[j].mention) return units[j].mention!.kind === "film" && FILM_NOUNS.has(units[j - 1].text) ? j : k;
    if (!/^[a-z-]+$/.test(units[j].text)) return k;
  }
  return k;
}
/** The previous sentence's last category, as a mention standing where this sentence starts. */
function priorCategoryAt(v: SentenceView, at: Unit | undefined): Mention | undefined {
  const key = v.priorCategory!;
  const start = at?.start ?? v.sentence.start;
  return impliedCategory(key, CATEGORY_DEFS.find((d) => d.key === key)?.label ?? key, { start, end: start });
}
