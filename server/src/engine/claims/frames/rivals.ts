/**
 * Rivals: "Anatomy of a Fall beat The Holdovers, Maestro and Past Lives", "Allen's film beat
 * out … Star Wars, plus The Goodbye Girl, Julia and The Turning Point". The names after a
 * verb of beating are the other nominees of the category the sentence is about: the one it
 * names before the verb, else the one category of the night all of them were nominated in.
 * Each is a nomination frame; a refutation blames the rival.
 */
import { CATEGORY_DEFS } from "../../categories";
import type { Mention } from "../../mentions/types";
import { OTHER_BODY, type SentenceView } from "../view";
import { fitsPronoun } from "../common";
import { modal, relativeOpening, subjectBefore, statedCeremonies, type Frame } from "./bind";
import { inRelativeClause, pastQuotes, relativeAfter, type Clause, type Unit } from "./clauses";
import { AWARD_NOUNS, BEATING, QUOTES } from "./cues";
import { impliedCategory } from "./keys";

/** Words that may sit between rivals: list glue, quotes, "plus", a possessive owner's mark. */
const GLUE = new Set([",", "and", "&", "plus", "as", "well", "'s", "'", '"', "''", "``", "out"]);

export function rivalFrames(v: SentenceView, units: Unit[], clause: Clause): Frame[] | undefined {
  let at = -1;
  for (let k = clause.from; k < clause.to && at < 0; k++) if (BEATING.has(units[k].text) || wonOver(units, k)) at = k;
  if (at < 0 || modal(units, { from: clause.from, to: at })) return undefined;
  const rivals = namesAfter(units, clause, at);
  // ("X was nominated for F, and Y beat her for C": the one beaten is the person the pronoun goes on with.)
  const pronoun = rivals.length ? undefined : pronounBeaten(v, units, clause, at);
  if (pronoun) rivals.push(pronoun);
  if (rivals.length === 0) return undefined;
  const stated = statedCeremonies(v, units, clause);
  const night = stated.stated.length === 1 ? stated.stated[0] : v.ctx?.ceremony;
  const after = categoryAfterFor(units, clause, at);
  // The category after the rivals ("beat Y for best director") is theirs, before any earlier one.
  // ("won six, including best picture, director … and original screenplay, beating Avatar": after a list of
  // categories, the one the rivals share, if any.)
  const before = after ? undefined : categoryBefore(units, clause, at);
  const listed = before && categoriesIn(units, clause.from, at) > 1;
  let category = after ?? (listed ? undefined : before) ?? sharedCategory(v, units[at], rivals, night);
  // ("At the 86th, Sandra Bullock beat Cate Blanchett": no category said; the one the winner and the rivals
  // shared that night, which the winner must then have won.)
  // (Also when the rivals alone share one: "X beat A of F and B of G" names no category, and X won the one they share.)
  const said = !!after || (!!before && !listed);
  const subject = said ? undefined : soleSubject(v, units, clause, at);
  if (subject) category = sharedCategory(v, units[at], [subject, ...rivals], night) ?? category;
  // (An honorary award is given, not competed for: "received an honorary award …, and he beat X" beat X elsewhere.)
  if (!category || GIVEN.has(category.category ?? "")) return undefined;
  // ('which beat "The Bare Necessities" from The Jungle Book': a film after "from" is a song's; only a song
  // category is theirs.)
  const songs = rivals.some((m) => m.kind === "film" && fromBefore(units, m));
  if (songs && !/song/.test(category.category ?? "")) return undefined;
  const frames: Frame[] = rivals.map((m) => ({
    predicate: "nominate" as const,
    category,
    people: m.kind === "person" ? [m] : [],
    films: m.kind === "film" ? [m] : [],
    coref: false,
    ...stated,
    past: false,
    cueAt: at,
    start: m.start,
    end: m.end,
  }));
  // "X beat Y for best actress": X won it.
  const winner =
    (after || subject) && !modal(units, clause)
      ? subject
        ? { mentions: [subject], coref: false }
        : subjectBefore(v, units, clause, at)
      : undefined;
  if (winner && !winner.coref && winner.mentions.length === 1) {
    const m = winner.mentions[0];
    frames.push({
      ...frames[0],
      predicate: "win",
      people: m.kind === "person" ? [m] : [],
      films: m.kind === "film" ? [m] : [],
      start: m.start,
      end: (after ?? units[at]).end,
    });
  }
  return frames;
}

/** "won over Horton Foote", "winning over Y": "over" after a verb of winning beats who follows. */
function wonOver(units: Unit[], k: number): boolean {
  return units[k].text === "over" && /^(?:won|wins|winning|triumphed|prevailed)$/.test(units[k - 1]?.text ?? "");
}

/** The one person or film the clause names as the subject of the verb of beating at `at`. */
function soleSubject(v: SentenceView, units: Unit[], clause: Clause, at: number): Mention | undefined {
  // ("F beat G at the box office", "X, who beat Y at the Globes, lost": another contest, or a relative clause's
  // verb; "few expect it to beat G": no win told.)
  // (A body named in a relative clause on a rival is that clause's: "beat G, which had won at Critics' Choice, and
  // H"; one in the relative clause the verb stands in is the verb's: "X, who beat Y at the Globes, lost".)
  const mine = inRelativeClause(units, at, clause);
  const own = units
    .slice(clause.from, clause.to)
    .filter((_, i) => inRelativeClause(units, clause.from + i, clause) === mine);
  const elsewhere = OTHER_BODY.test(own.map((u) => u.text).join(" ")) || own.some((u) => u.mention?.kind === "award");
  const boxOffice = own.some((u, k) => u.text === "box" && own[k + 1]?.text === "office");
  if (modal(units, clause) || elsewhere || boxOffice || units[at - 1]?.text === "to") return undefined;
  const s = subjectBefore(v, units, clause, at);
  return s && !s.coref && s.mentions.length === 1 && s.mentions[0].ids.length === 1 ? s.mentions[0] : undefined;
}

/** "X beat Y for best actress": the category named right after the rivals, after "for". */
function categoryAfterFor(units: Unit[], clause: Clause, at: number): Mention | undefined {
  let reach = at + 14;
  for (let k = at + 1; k < clause.to && k < reach; k++) {
    const m = units[k].mention;
    // ("beat G, which had won at the Globes, for C": a relative clause on the rival is passed over.)
    const close =
      units[k].text === "," && relativeAfter(units, k)
        ? units.findIndex((u, j) => j > k && j < clause.to && u.text === ",")
        : -1;
    if (close > 0) {
      reach += close - k;
      k = close;
      continue;
    }
    // ("for the animated feature Oscar": an article may stand before the category.)
    const c = units[k + 1]?.text === "the" ? k + 2 : k + 1;
    if (units[k].text === "for" && units[c]?.mention?.kind === "category" && units[c].mention!.explicit)
      return units[c].mention;
    // ("beating X, whose debut, F, was nominated for C": a finite verb after the rivals has its own category.)
    const finite = units[k].cue === "nominate" && FINITE.has(units[k - 1]?.text ?? "");
    if (m?.kind === "category" || units[k].cue === "win" || finite) return undefined;
    // ("beating A and B, and was also Latvia's entry for C": a second predicate has its own category.)
    if (units[k].text === "," && units[k + 1]?.text === "and" && !isNamed(units[k + 2])) return undefined;
  }
  return undefined;
}

const GIVEN = new Set(["honorary", "thalberg", "hersholt"]);
const FINITE = new Set(["was", "were", "is", "are", "had", "has"]);

/** A person or film, perhaps after an article or opening quote: the next item of a list. */
function isNamed(u: Unit | undefined): boolean {
  return u?.mention?.kind === "person" || u?.mention?.kind === "film" || GLUE.has(u?.text ?? "") || u?.text === "the";
}

/** The nearest category named before the verb in its clause ("to win Best Picture, X beat …"). */
function categoryBefore(units: Unit[], clause: Clause, at: number): Mention | undefined {
  for (let k = at - 1; k >= clause.from; k--) {
    // ('F, which was also up for costume design, beat …': a relative clause's category is its own.)
    if (units[k].text === ",") k = relativeOpening(units, clause, k);
    const m = units[k].mention;
    // ("accepting the directing prize, in which he beat …": a bare word with its award noun names one.)
    if (m?.kind === "category" && (m.explicit || AWARD_NOUNS.has(units[k + 1]?.text ?? ""))) return m;
  }
  return undefined;
}

/** How many categories units [from, to) name. */
function categoriesIn(units: Unit[], from: number, to: number): number {
  return units.slice(from, to).filter((u) => u.mention?.kind === "category").length;
}

/**
 * No category in the sentence ("X beat A, B and C to clinch its first award"): the one category
 * of the night in which every rival was nominated, if there is exactly one.
 */
function sharedCategory(v: SentenceView, verb: Unit, rivals: Mention[], night: number | undefined) {
  if (night === undefined || rivals.length < 2 || rivals.some((m) => m.ids.length !== 1)) return undefined;
  const kb = v.kb;
  const keysOf = (m: Mention) => {
    const rows = m.kind === "film" ? kb.nominationsOfFilm(m.ids[0]) : kb.nominationsOfPerson(m.ids[0]);
    return new Set(rows.filter((i) => kb.data.nominations.ceremony[i] === night).map((i) => kb.keyOf(i)));
  };
  const shared = (ms: Mention[]) => {
    let keys: Set<string> | undefined;
    for (const m of ms) {
      const own = keysOf(m);
      keys = new Set([...(keys ?? own)].filter((k) => own.has(k)));
    }
    return [...(keys ?? [])];
  };
  let keys = shared(rivals);
  // "beat A, B, C and D": three or more sharing one category name it, and the odd one out is wrong.
  if (keys.length === 0 && rivals.length >= 4) {
    const byOmission = rivals.map((_, i) => shared(rivals.filter((__, j) => j !== i))).filter((k) => k.length === 1);
    if (byOmission.length === 1) keys = byOmission[0];
  }
  const [key, other] = keys;
  const label = key && !other ? CATEGORY_DEFS.find((d) => d.key === key)?.label : undefined;
  if (!key || !label) return undefined;
  return impliedCategory(key, label, verb);
}

/** Films (or people) listed after the verb, up to a word that is not list glue ("to clinch"). */
/** "… beat her for C": the person named before the clause that "her"/"him" fits, marked where the pronoun is. */
function pronounBeaten(v: SentenceView, units: Unit[], clause: Clause, at: number): Mention | undefined {
  const word = units[at + 1]?.text ?? "";
  if ((word !== "her" && word !== "him") || units[at + 2]?.text !== "for" || clause.from === 0) return undefined;
  for (let k = clause.from - 1; k >= 0; k--) {
    const m = units[k].mention;
    if (m?.kind !== "person") continue;
    if (m.ids.length !== 1 || !fitsPronoun(v.kb, m, word === "her" ? "she" : "he")) return undefined;
    return { ...m, start: units[at + 1].start, end: units[at + 1].end };
  }
  return undefined;
}

function namesAfter(units: Unit[], clause: Clause, at: number): Mention[] {
  const out: Mention[] = [];
  let skipped = 0;
  for (let k = at + 1; k < clause.to; k++) {
    const u = units[k];
    const m = u.mention;
    if (m && (m.kind === "film" || m.kind === "person")) {
      // "George Lucas' Star Wars": the owner is not a rival.
      if (!m.possessive && units[k + 1]?.text !== "'" && units[k + 1]?.text !== "'s") out.push(m);
      // ("beat Amy Adams of American Hustle and Julia Roberts (Philomena)": a person's film is no rival.)
      const by = units[k + 1]?.text;
      const own = m.kind === "person" && (by === "of" || by === "for" || by === "(") ? pastQuotes(units, k + 2) : -1;
      if (own > 0 && units[own]?.mention?.kind === "film") {
        k = units[own + 1]?.text === ")" ? own + 1 : own;
        while (QUOTES.has(units[k + 1]?.text ?? "")) k++;
      }
      continue;
    }
    if (m || u.text === "to" || u.text === "for" || u.text === "at") break;
    if (GLUE.has(u.text)) continue;
    // "beat out one of the biggest phenomenons in movie history, X": a few words before the first name.
    if (out.length || ++skipped > 8) break;
  }
  const kinds = new Set(out.map((m) => m.kind));
  return kinds.size === 1 ? out : out.filter((m) => m.kind === "film");
}

/** The word before mention m, past quotes, is "from". */
function fromBefore(units: Unit[], m: Mention): boolean {
  const k = units.findIndex((u) => u.mention === m);
  let b = k - 1;
  while (b > 0 && QUOTES.has(units[b].text)) b--;
  return units[b]?.text === "from";
}
