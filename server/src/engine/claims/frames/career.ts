/**
 * Career frames: a win or nomination named by its place in a career or by the award alone,
 * with no category. "Meryl Streep won her third Oscar for The Iron Lady", "Nicholson marked
 * his second win", "It was the first Oscar for Palance", "the fourth nomination was the
 * charm", "Washington won for Training Day". The film, the stated ceremony or the article's
 * night says which win is meant; its rank in the person's competitive record is the check.
 */
import { numberValue, ordinalSuffix, ordinalValue, TENS } from "../../text/fold";
import type { Mention } from "../../mentions/types";
import {
  claim,
  refuted,
  evidence,
  fix,
  fitsPronoun,
  guessedPerson,
  nominationsOf,
  noneWasFor,
  onlyFit,
  settle,
} from "../common";
import { subjectOf } from "../common";
import type { Subject } from "../common";
import type { Claim } from "../types";
import { nightInDoubt, type SentenceView } from "../view";
import { antecedent, coordinated, modal, statedCeremonies, subjectBefore } from "./bind";
import { recordIn } from "./keys";
import { CATEGORY_DEFS } from "../../categories";
import { TIME_LATER } from "../../night-moves";
import { pastQuotes, perfectParticiple, type Clause, type Unit } from "./clauses";
import { AS_CLAUSE_VERBS, BEAT_VERBS, KIN_WORDS, QUOTES, roleFamilyOf } from "./cues";

const WIN_NOUNS = new Set(["oscar", "win", "statuette", "victory", "award"]);
const NOM_NOUNS = new Set(["nomination", "nod", "nom"]);
/** Words between the ordinal and the noun ("first competitive Oscar", "second best-actor win"). */
const BETWEEN = new Set(["competitive", "ever", "-", "career", "acting", "lead", "supporting"]);
const ORDINALS = new Set([
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
]);
const RELATIVE = /^(?:who|which|whose)$/;
const FAMILY_WORDS: Record<string, string> = { acting: "acting", supporting: "supporting" };
const HONORIFICS = new Set(["miss", "mr", "mrs", "ms", "mx", "dr"]);
const AFTER_WORDS = new Set(["after", "since", "following", "followed", "than", "before", "previously", "earlier"]);
/**
 * Where the words after a rank turn to another time: a relative clause, "…, a streak that began with F",
 * an explanation after a colon ("her third nomination: she was nominated for F in 2009 and …").
 */
const CLAUSE_VERB = new RegExp(`^(?:${AS_CLAUSE_VERBS})$`);
const OTHER_TIME = /^(?:who|began|begun|started|starting|beginning|dating|stretching|reaching|:)$/;
const NOUNS_AFTER = new Set(["win", "nomination", "nod", "award", "victory", "statuette"]);

const ARTICLE = /^(?:a|an)$/;

export interface CareerFrame {
  person: Subject;
  /** 1 for "first"; undefined for "won for X" with no rank. */
  rank?: number;
  nomination: boolean;
  film?: Mention;
  /** "his second directing Oscar": ranked among this category's wins. */
  category?: string;
  /** "named Best Director, his second win": the category just named, which the rank may count instead. */
  orIn?: string;
  stated: number[];
  /** The clause tells no win of its own ("It was his second Oscar"): it ranks one told before. */
  looksBack?: boolean;
  /** "her third Oscar, after F1 and F2": the films of the wins the rank says came before. */
  after?: Mention[];
  start: number;
  end: number;
}

const span = (u: Unit) => ({ start: u.start, end: u.end });

/** A sentence whose subject is a film it does not name: "It gave …", "The film earned …". */
const UNNAMED_FILM = /^(?:it|the (?:film|movie|picture)) (?:gave|brought|earned|handed|landed)\b/;

/** ("… his second directing Oscar, having won … for F": a film in a participle after the rank is that phrase's.) */
function participle(units: Unit[], k: number, filmAt: number): boolean {
  for (let i = k + 1; i < filmAt; i++) if (perfectParticiple(units, i)) return true;
  return false;
}

export function careerFrames(v: SentenceView, units: Unit[], clause: Clause, stated: number[]): CareerFrame[] {
  const out: CareerFrame[] = [];
  if (clause.to - clause.from < 3) return out;
  // A hedge in a relative clause after the rank ("…, who was the favorite") is that clause's.
  const rel = units.findIndex(
    (u, i) => i > clause.from && i < clause.to && u.text === "," && RELATIVE.test(units[i + 1]?.text ?? ""),
  );
  const hedged = modal(units, clause);
  // The clause's first film: the one a rank is for, unless it comes after "after" or in a relative clause.
  const filmAt = units.findIndex((u, i) => i >= clause.from && i < clause.to && u.mention?.kind === "film");
  const hedgedBefore = rel > 0 && hedged ? modal(units, { from: clause.from, to: rel }) : hedged;
  for (let k = clause.from; k < clause.to; k++) {
    const t = units[k].text;
    // Most units are not ordinals: a set lookup first, the parser only for those that may be.
    if (!ORDINALS.has(t) && !(t.charCodeAt(0) <= 57 && /^\d{1,2}(?:st|nd|rd|th)$/.test(t))) continue;
    if (rel > 0 && k < rel ? hedgedBefore : hedged) continue;
    // ("his fifty-second nomination": the tens before a hyphen make one rank with the ordinal's last word.)
    const tens = units[k - 1]?.text === "-" ? TENS[units[k - 2]?.text ?? ""] : undefined;
    const last = ordinalValue(t);
    const rank = tens !== undefined && last !== undefined && last < 10 ? tens + last : last;
    if (rank === undefined || (rank > 20 && tens === undefined) || units[k].mention) continue;
    // ("Two decades after his first win, he collected his second": a rank after "after" is the time compared,
    // unless its own film follows: "29 years after her first nomination, for F".)
    const compared = /^(?:his|her|their)$/.test(units[k - 1]?.text ?? "") && AFTER_WORDS.has(units[k - 2]?.text ?? "");
    let j = k + 1;
    // "his second directing Oscar", "her second Best Actress win": the rank is within that category.
    let category: string | undefined;
    while (j < clause.to && (BETWEEN.has(units[j].text) || (!category && units[j].mention?.kind === "category"))) {
      // ("his eighth acting nomination", "her second supporting nod": a family of categories.)
      category ??= units[j].mention?.category ?? FAMILY_WORDS[units[j].text];
      j++;
    }
    // "first Oscar nomination", "second Academy Award win": the noun after "Oscar" decides.
    if ((units[j]?.text === "oscar" || units[j]?.text === "academy") && NOUNS_AFTER.has(units[j + 1]?.text ?? "")) j++;
    // "it was the tenth of his career": the noun left out is the one the sentence counts.
    const elided = units[j]?.text === "of" && careerOf(units, j) > 0 ? elidedNoun(units) : undefined;
    const noun = elided ?? units[j]?.text ?? "";
    // "her second win in a row", "a third straight nomination": a streak, not a place in the career.
    const streak = (units[j + 1]?.text === "in" && units[j + 3]?.text === "row") || afterGap(units, j);
    if (streak || /^(?:straight|consecutive|successive)$/.test(units[k + 1]?.text ?? "")) continue;
    const nomination = NOM_NOUNS.has(noun);
    if (!nomination && !WIN_NOUNS.has(noun)) continue;
    // ("the film's makeup team added a third statuette to its tally": a film's count, no one's career.)
    if (units[j + 1]?.text === "to" && units[j + 2]?.text === "its") continue;
    // "award" alone is any body's; it counts only next to "Oscar" or "Academy".
    if (noun === "award" && !["oscar", "academy"].includes(units[j - 1]?.text ?? "")) continue;
    if (units[j + 1]?.text === "nominations" || units[j + 1]?.mention?.kind === "category") continue;
    // "his 10th nomination for best director", "his second statuette as best director": within that category.
    // (Not "as" opening a clause: "collected his third Oscar as best picture was announced".)
    const conjunction = units[j + 1]?.text === "as" && CLAUSE_VERB.test(units[j + 3]?.text ?? "");
    const forCategory =
      /^(?:for|as)$/.test(units[j + 1]?.text ?? "") && !conjunction ? units[j + 2]?.mention : undefined;
    // ("his first Oscar for an original score": a kind of award, which our categories may not draw alike.)
    const kind = units[j + 1]?.text === "for" && ARTICLE.test(units[j + 2]?.text ?? "");
    if (kind && units[j + 3]?.mention?.kind === "category") continue;
    if (!category && forCategory?.kind === "category") category = forCategory.category;
    // ("his first Oscar for acting": a family of categories after "for".)
    const family = units[j + 2]?.text ?? "";
    if (!category && units[j + 1]?.text === "for" && Object.hasOwn(FAMILY_WORDS, family))
      category = FAMILY_WORDS[family];
    // "his seventh nomination as an actor": ranked among acting nominations; another role's we do not rank.
    if (!category && units[j + 1]?.text === "as" && ARTICLE.test(units[j + 2]?.text ?? "")) {
      const role = roleFamilyOf(units[j + 3]);
      if (!role) continue;
      category = role;
    }
    // "Mexico's first win in the category": a rank of someone or something else.
    if (units[k - 1]?.text === "'s" && units[k - 2]?.mention?.kind !== "person") continue;
    const person = personOf(v, units, clause, k, j);
    if (!person) continue;
    // "his first nomination in the category": ranked within the clause's category.
    if (!category && units[j + 1]?.text === "in" && /^(?:the|that|this)$/.test(units[j + 2]?.text ?? "")) {
      if (/^(?:category|race|field)$/.test(units[j + 3]?.text ?? "")) {
        // The category the clause names last before the rank ("X, who wrote its story, won best
        // director, his second in that category"), else after it; none named: no rank to check.
        const inClause = units.slice(clause.from, clause.to).filter((u) => u.mention?.kind === "category");
        const named = inClause.filter((u) => u.start < units[k].start).pop() ?? inClause[0];
        if (!named) continue;
        category = named.mention!.category;
      }
    }
    // "her first nomination in the leading category", "… in a supporting role": ranked within a class of
    // categories the words name but no category mention does: no rank to check.
    if (!category && units[j + 1]?.text === "in" && restricted(units, j + 2, clause.to)) continue;
    // The film the rank is for, not one it came after ("… seven years after her first, for La La Land",
    // "His third win followed victories for F").
    // ("… the second Oscar for Spacey, who won best supporting actor for F": the relative clause's win.)
    const afterWord =
      filmAt >= 0 &&
      (units.slice(Math.min(k, filmAt), filmAt).some((u) => AFTER_WORDS.has(u.text) || OTHER_TIME.test(u.text)) ||
        afterPhrase(units, clause, filmAt));
    // ("X, who won C for F, received his tenth nomination": the relative clause's film, closed before the rank;
    // "For X, whose F screenplay was nominated in 1986, it is a second nomination": "whose" closes one too.)
    const inRelative =
      filmAt >= 0 &&
      ((filmAt < k &&
        units.slice(filmAt, k).some((u) => u.text === ",") &&
        units.slice(clause.from, filmAt).some((u) => RELATIVE.test(u.text))) ||
        // ("the second Oscar for Brody, who won … at the 75th … for The Pianist": the relative clause's film.)
        (filmAt > k &&
          units.slice(k, filmAt).some((u, i, a) => u.text === "," && RELATIVE.test(a[i + 1]?.text ?? ""))));
    // ("40 years after her first nomination, for F": the film right after the rank is its own.)
    // (The title may stand in quotes: 'her first nomination, for "Twice in a Lifetime"'.)
    const own =
      units[j + 1]?.text === "," && units[j + 2]?.text === "for" ? units[pastQuotes(units, j + 3)]?.mention : undefined;
    if (compared && own?.kind !== "film") continue;
    // ("F, the role that had brought him his second nomination years ago in G": the film after the rank is its own.)
    const later = filmAt >= 0 && filmAt < k ? filmAfterRank(units, clause, j) : undefined;
    // ("making Going My Way his second directing Oscar": the film right before the possessive is the rank's.)
    // ("…, and, in 2020, for F, his sixth nomination": an appositive rank after a film is that film's.)
    const possessive = /^(?:his|her|their)$/.test(units[k - 1]?.text ?? "");
    let f = k - 2;
    // (The comma may sit inside the closing quote: 'and for "Dear Me," her 17th nod'.)
    while (f > clause.from && (QUOTES.has(units[f].text) || (units[f].text === "," && f >= k - 3))) f--;
    const made = possessive ? units[f]?.mention : undefined;
    // ('…, and for "Dear Me," her 17th nod': an appositive rank after a title we do not know is that title's.)
    if (possessive && !made && units.slice(f + 1, k - 1).some((u) => QUOTES.has(u.text))) continue;
    // ("Mendes, whose debut F had brought Hall his second Oscar": the relative clause's own film.)
    const relFilm = filmInRelative(units, clause, k);
    const film =
      own?.kind === "film"
        ? own
        : relFilm
          ? relFilm
          : made?.kind === "film"
            ? made
            : later
              ? later
              : filmAt >= 0 &&
                  !afterWord &&
                  !severalFilms(units, filmAt, clause) &&
                  !inRelative &&
                  !asideBetween(units, k, filmAt) &&
                  !participle(units, k, filmAt)
                ? units[filmAt].mention
                : undefined;
    // ("the second Oscar for Mr. Nicholson, who won … in 1976 for F": a year in the relative clause is its own.)
    // ("…, a streak that began with F in 1994": so is one in a phrase telling when something began.)
    // ("…, having won … at the first ceremony": and one in a participle telling what came before.)
    const opens = (u: Unit, i: number) =>
      (RELATIVE.test(u.text) && units[i - 1]?.text === ",") || perfectParticiple(units, i);
    const next = units.findIndex((u, i) => i > k && i < clause.to && (opens(u, i) || OTHER_TIME.test(u.text)));
    // (The sentence's night, when only the relative clause names it, is the relative clause's alone.)
    const said =
      next < 0
        ? stated
        : nightOnlyAfter(units, next)
          ? []
          : statedCeremonies(v, units, { from: clause.from, to: next }).stated;
    const looksBack = !units.slice(clause.from, clause.to).some((u) => u.cue === "win" || u.cue === "nominate");
    // "His second nomination came for a family drama": a film described, not named, is none we can place.
    const described =
      !film && units.slice(j + 1, clause.to).some((u, i, a) => u.text === "for" && ARTICLE.test(a[i + 1]?.text ?? ""));
    if (described && !said.length) continue;
    const after = nomination ? undefined : winsAfter(units, clause, j);
    // ("X was named C, his second win": an appositive rank right after the category may count it, or the career.)
    const named = possessive && units[k - 2]?.text === "," ? units[k - 3]?.mention : undefined;
    const orIn = !category && named?.kind === "category" ? named.category : undefined;
    const at = tens !== undefined ? { start: units[k - 2].start, end: units[k].end } : span(units[k]);
    out.push({ person, rank, nomination, film, stated: said, category, orIn, looksBack, after, ...at });
  }
  return out;
}

/** ("…, in his fourth nomination, had lost for A, B and C": films in a list are none one nomination was for.) */
function severalFilms(units: Unit[], filmAt: number, clause: Clause): boolean {
  return coordinated(units, filmAt, clause.to + 1).filter((m) => m.kind === "film").length > 1;
}

/** The film named after a rank's noun, after "in" or "for" with no verb between: "… years ago in G". */
function filmAfterRank(units: Unit[], clause: Clause, noun: number): Mention | undefined {
  for (let i = noun + 1; i < clause.to && i <= noun + 8; i++) {
    const u = units[i];
    // (Only plain words between: "(the first coming for F)", "after two for F" tell of other wins.)
    const plain = /^[a-z-]+$/.test(u.text) && !AFTER_WORDS.has(u.text) && !ORDINALS.has(u.text);
    if (u.cue === "win" || u.cue === "nominate" || !plain || numberValue(u.text) !== undefined) return undefined;
    if (u.text !== "in" && u.text !== "for") continue;
    const m = units[pastQuotes(units, i + 1)]?.mention;
    return m?.kind === "film" ? m : undefined;
  }
  return undefined;
}

/**
 * "his second nomination — his first was for F —": a dash set off by a space, or a bracket, between the rank and
 * the film (not the hyphen of "the Scorsese-directed F").
 */
function asideBetween(units: Unit[], k: number, filmAt: number): boolean {
  const [a, b] = k < filmAt ? [k, filmAt] : [filmAt, k];
  const dash = (u: Unit, i: number) => /^[\u2014\u2013-]$/.test(u.text) && u.start > units[a + i - 1].end;
  return units.slice(a, b).some((u, i) => u.text === "(" || (i > 0 && dash(u, i)));
}

/** "… of Davis's career", "… of his career" after unit j: where the owner stands, or -1. */
function careerOf(units: Unit[], j: number): number {
  const at = units[j]?.text === "of" ? j + 1 : units[j + 1]?.text === "of" ? j + 2 : -1;
  if (at < 0) return -1;
  const possessive = units[at + 1]?.text === "'s" && units[at + 2]?.text === "career";
  const pronoun = (units[at]?.text === "his" || units[at]?.text === "her") && units[at + 1]?.text === "career";
  return possessive || pronoun ? at : -1;
}

/** The noun a sentence counts when the rank stands alone: its nominations, else its wins. */
function elidedNoun(units: Unit[]): string | undefined {
  if (units.some((u) => /^(?:nomination|nominated|nod)$/.test(u.text))) return "nomination";
  return units.some((u) => u.cue === "win") ? "oscar" : undefined;
}

function personOf(v: SentenceView, units: Unit[], clause: Clause, k: number, j: number): Subject | undefined {
  // "the seventh nomination of Davis's career", "the tenth of his career": the career's owner.
  const career = careerOf(units, j);
  if (career > 0) {
    const named = units[career].mention;
    if (named?.kind === "person") return subjectOf(named);
    const pronoun = units[career].text;
    if (pronoun === "his" || pronoun === "her") {
      const here = antecedent(units, career, "person");
      if (here) return fitsPronoun(v.kb, here, pronoun) ? subjectOf(here) : undefined;
      const p = guessedPerson(v, pronoun);
      return p ? subjectOf(p, !onlyFit(v, pronoun)) : undefined;
    }
  }
  // ("for Miss Swank": a title before the surname.)
  let n = j + 2;
  if (HONORIFICS.has(units[n]?.text ?? "")) n += units[n + 1]?.text === "." ? 2 : 1;
  const named = units[n]?.mention;
  // (Not a possessor: "on her first nomination for David Lean's Lawrence of Arabia" is the film's maker.)
  const owns = units[n + 1]?.text === "'s";
  if (units[j + 1]?.text === "for" && named?.kind === "person" && !owns) return subjectOf(named);
  if (units[clause.from]?.text === "for" && units[clause.from + 1]?.mention?.kind === "person") {
    return subjectOf(units[clause.from + 1].mention!);
  }
  // "(his first Oscar came in 1961 …)": the possessive's person, as a subject pronoun's.
  const owner = units[k - 1]?.text;
  // ("…, giving F its second Oscar of the night": a rank that is a film's is no one's career.)
  if (owner === "its") return undefined;
  if ((owner === "his" || owner === "her") && k - 1 === clause.from) {
    const here = antecedent(units, k - 1, "person");
    if (here && ambiguous(v, units, here, k, owner)) return undefined;
    if (here) return fitsPronoun(v.kb, here, owner) ? subjectOf(here) : undefined;
    const p = guessedPerson(v, owner);
    return p ? subjectOf(p, !onlyFit(v, owner)) : undefined;
  }
  // "That was Streep's 17th Oscar nomination": the possessor.
  if (units[k - 1]?.text === "'s" && units[k - 2]?.mention?.kind === "person") return subjectOf(units[k - 2].mention!);
  const beside = nameBesideRank(v, units, k - 1);
  if (beside === null) return undefined;
  if (beside) return subjectOf(beside);
  // ("X, who has shot every Nolan film since F, won C on his second nomination": the subject of the verb before.)
  // (Not "brought X his fifth", "won Newman his first": a person after the verb is the one it gives to.)
  let verb = k - 1;
  while (verb > clause.from && units[verb].cue !== "win" && units[verb].cue !== "nominate") verb--;
  const given = units.slice(verb + 1, k).some((u) => u.mention?.kind === "person");
  const plain = verb > clause.from && /^(?:won|nominated)$/.test(units[verb].text) && !given;
  const subj = subjectBefore(v, units, clause, plain ? verb : k);
  const m = subj?.mentions.find((x) => x.kind === "person");
  if (m && givenToOther(v, units, m, k)) return undefined;
  // ("Gerwig's adaptation earned nominations for C and Desplat's score — his 11th": the nearest one "his" fits.)
  if (m && (owner === "his" || owner === "her") && (ambiguous(v, units, m, k, owner) || !fitsPronoun(v.kb, m, owner)))
    return undefined;
  if (m && subj!.mentions.length === 1) return subjectOf(m, subj!.coref);
  // "… and her third win": the one person the sentence named before the pronoun; "It was his
  // second Oscar": none named, so the person of an earlier sentence (a guess: never refuted).
  if (owner === "his" || owner === "her") {
    const here = antecedent(units, k - 1, "person");
    if (here && ambiguous(v, units, here, k, owner)) return undefined;
    // ("Martin Scorsese's editor was nominated …, her ninth nod": the one possessed is someone else.)
    if (here && (possessorOfPerson(units, here) || givenToOther(v, units, here, k))) return undefined;
    if (here) return fitsPronoun(v.kb, here, owner) ? subjectOf(here) : undefined;
    const p = !subj?.mentions.some((x) => x.kind === "person") ? guessedPerson(v, owner) : undefined;
    // (The only person the paragraph has named, and the data says "her" fits: no guess.)
    return p ? subjectOf(p, !onlyFit(v, owner)) : undefined;
  }
  return undefined;
}

/**
 * "Frank Capra's F brought him his third nomination": "him" is the one given to, the film's maker or the
 * one the paragraph was about; when those are two people the pronoun fits, either may be meant.
 */
function givenToOther(v: SentenceView, units: Unit[], maker: Mention, k: number): boolean {
  const owner = units[k - 1]?.text ?? "";
  if (!/^(?:him|her)$/.test(units[k - 2]?.text ?? "") || (owner !== "his" && owner !== "her")) return false;
  const at = units.findIndex((u) => u.mention === maker);
  if (units[at + 1]?.text !== "'s") return false;
  const before = v.prior.lastPerson();
  return !!before && !before.ids.includes(maker.ids[0]) && fitsPronoun(v.kb, before, owner);
}

/** The film a relative clause ("whose debut F had brought …") names before the rank at k, if it opens before k. */
function filmInRelative(units: Unit[], clause: Clause, k: number): Mention | undefined {
  let rel = k - 1;
  while (rel > clause.from && !/^(?:whose|which|who)$/.test(units[rel].text)) rel--;
  // (A relative clause closed before the rank — "…, who has cut every feature since F, won on her sixth" — is not it.)
  if (rel <= clause.from || units.slice(rel, k).some((u) => u.text === ",")) return undefined;
  for (let i = k - 1; i > rel; i--) if (units[i].mention?.kind === "film") return units[i].mention;
  return undefined;
}

const PEOPLE_NOUNS = new Set([
  ...KIN_WORDS,
  ...["editor", "co-star", "costar", "composer", "cinematographer", "producer", "writer", "partner"],
  ...["collaborator", "designer"],
]);

/** "Martin Scorsese's editor": the mention owns a person named by a noun. */
function possessorOfPerson(units: Unit[], m: Mention): boolean {
  const k = units.findIndex((u) => u.mention === m);
  return k >= 0 && units[k + 1]?.text === "'s" && PEOPLE_NOUNS.has(units[k + 2]?.text ?? "");
}

/**
 * "… film editing for Thelma Schoonmaker, her third Oscar", "(his second Oscar)", "…, on her 16th nomination":
 * the name set right before a possessive rank whose "his"/"her" is at `pos`. Null when that name is one
 * beaten or compared ("won over Meryl Streep, on her sixth nomination"): either may be meant.
 */
export function nameBesideRank(v: SentenceView, units: Unit[], pos: number): Mention | null | undefined {
  const owner = units[pos]?.text;
  if (owner !== "his" && owner !== "her") return undefined;
  let q = pos - 1;
  if (/^(?:on|in|with|at)$/.test(units[q]?.text ?? "")) q--;
  if (units[q]?.text !== "," && units[q]?.text !== "(") return undefined;
  const m = units[q - 1]?.mention;
  if (m?.kind !== "person" || !fitsPronoun(v.kb, m, owner)) return undefined;
  const governor = units[q - 2]?.text ?? "";
  return BEAT_VERBS.includes(governor) || /^(?:over|than|against)$/.test(governor) ? null : m;
}

/** "…, her second Oscar after "Chicago"", "his third, after F1 and F2": the films right after "after". */
function winsAfter(units: Unit[], clause: Clause, noun: number): Mention[] | undefined {
  // ("her third Oscar at the 84th Academy Awards, after F1 and F2": the night may stand between.)
  let k = noun + 1;
  while (k < clause.to && k < noun + 8 && units[k].text !== "after") {
    if (units[k].cue || units[k].mention?.kind === "film" || units[k].mention?.kind === "person") return undefined;
    k++;
  }
  if (units[k]?.text !== "after") return undefined;
  const at = pastQuotes(units, k + 1);
  if (units[at]?.mention?.kind !== "film") return undefined;
  return coordinated(units, at, clause.to + 1);
}

/**
 * The films a rank of wins says came before ("her second Oscar after Chicago"): each must be one the
 * person won for, at a night before the rank's. A film they won nothing for is to blame.
 */
export function verifyEarlierWins(v: SentenceView, f: CareerFrame, rank: Claim): Claim[] {
  const kb = v.kb;
  const nom = kb.data.nominations;
  if (!f.after || f.person.ids.length !== 1 || f.person.coref || rank.verdict !== "supported") return [];
  const wins = nominationsOf(kb, f.person)
    .filter((i) => kb.isCompetitive(i) && kb.won(i))
    .sort((a, b) => nom.ceremony[a] - nom.ceremony[b]);
  // The night of the ranked win: an earlier win is one at a night before it.
  const rankNight = f.rank !== undefined ? nom.ceremony[wins[f.rank - 1]] : undefined;
  if (rankNight === undefined) return [];
  const name = kb.data.people[f.person.ids[0]].name;
  const out: Claim[] = [];
  for (const m of f.after) {
    if (m.ids.length !== 1) continue;
    const won = wins.filter((i) => nom.films[i].includes(m.ids[0]) && nom.ceremony[i] < rankNight);
    const title = kb.data.films[m.ids[0]].title;
    const base = { kind: "career" as const, rule: "wrong-career", start: m.start, end: m.end };
    const statement = `${name} won an Oscar for ${title} before`;
    if (won.length) {
      const message = `${kb.view(won[0]).category}, ${kb.ceremonyLabel(nom.ceremony[won[0]])}`;
      out.push(claim({ ...base, statement, verdict: "supported", message, evidence: won.map((i) => evidence(kb, i)) }));
      continue;
    }
    const before = wins.filter((i) => nom.ceremony[i] < rankNight);
    // (No earlier win, or the film's win the rank's own night: nothing to blame.)
    if (!before.length || wins.some((i) => nom.films[i].includes(m.ids[0]) && nom.ceremony[i] === rankNight)) continue;
    const message = noneWasFor(kb, name, before, title).replace("competitive Oscars", "earlier competitive Oscars");
    out.push(refuted({ ...base, statement, message, evidence: wins.slice(0, 4).map((i) => evidence(kb, i)) }));
  }
  return out;
}

export function verifyCareer(v: SentenceView, f: CareerFrame): Claim | undefined {
  const c = careerVerdict(v, f);
  if (c?.verdict !== "refuted" || !f.orIn) return c;
  // (Refuted over the whole career: the rank may count the category named right before it.)
  const within = careerVerdict(v, { ...f, category: f.orIn, orIn: undefined });
  return within && within.verdict !== "refuted" ? within : c;
}

function careerVerdict(v: SentenceView, f: CareerFrame): Claim | undefined {
  const kb = v.kb;
  const nom = kb.data.nominations;
  const p = f.person;
  if (p.ids.length !== 1 || f.rank === undefined) return undefined;
  const name = kb.data.people[p.ids[0]].name;
  const record = nominationsOf(kb, p)
    .filter((i) => kb.isCompetitive(i) && (f.nomination || kb.won(i)))
    .filter((i) => !f.category || recordIn(kb, f.category, i))
    .sort((a, b) => nom.ceremony[a] - nom.ceremony[b]);
  if (record.length === 0) return undefined;
  const what = f.nomination ? "nomination" : "Oscar";
  const base = { kind: "career" as const, rule: "wrong-career", start: f.start, end: f.end };
  const label = f.category ? CATEGORY_DEFS.find((d) => d.key === f.category)?.label : undefined;
  const statement = `${name}'s ${ordinalSuffix(f.rank)} ${what}${label ? ` for ${label}` : ""}`;
  // Which one is meant: the film's, the stated night's, else the article's.
  const ctx = v.ctx?.ceremony;
  // "X won Best Actor for Milk in 2009. It was his second Oscar.": the win the paragraph just told.
  const told =
    f.film || f.stated.length || f.nomination || !f.looksBack
      ? undefined
      : v.prior.winNight(p.ids[0], v.sentence.start);
  const meant = f.film
    ? record.filter((i) => nom.films[i].some((x) => f.film!.ids.includes(x)))
    : f.stated.length
      ? record.filter((i) => f.stated.includes(nom.ceremony[i]))
      : told !== undefined
        ? record.filter((i) => nom.ceremony[i] === told)
        : // (A sentence's own night the clause did not take is another time's: "following her win at the 9th".)
          // ("A year later came F. It gave X a fourth nod": the film the rank is for, unnamed, has its own night.)
          // ("Her second nomination came 12 years later": a rank told as later than the paragraph's night.)
          nightInDoubt(v) || v.ctx?.strength === "sentence" || UNNAMED_FILM.test(v.sk) || laterClause(v, f.start)
          ? []
          : record.filter((i) => nom.ceremony[i] === ctx);
  if (meant.length === 0) {
    return claim({ ...base, statement, verdict: "unverifiable", message: `The sentence does not say which ${what}` });
  }
  // Ranks the meant night's entries can have (two nominations in one night share it).
  const night = nom.ceremony[meant[0]];
  const first = record.filter((i) => nom.ceremony[i] < night).length + 1;
  const last = first + record.filter((i) => nom.ceremony[i] === night).length - 1;
  if (f.rank >= first && f.rank <= last) {
    // ("His fourth nomination came for F. That ceremony was held at …": the night just told of.)
    if (f.film) v.prior.lastNight = night;
    return claim({
      ...base,
      statement,
      verdict: "supported",
      message: `${kb.view(meant[0]).category}, ${kb.ceremonyLabel(night)}`,
    });
  }
  if (p.coref && !f.film)
    return claim({ ...base, statement, verdict: "unverifiable", message: "Whose career is unsure" });
  // "It was his second Oscar; he had received an honorary award the year before": counted with them.
  if (!f.nomination && !f.category) {
    const all = nominationsOf(kb, p).filter((i) => kb.won(i) && nom.ceremony[i] <= night);
    const before = all.filter((i) => nom.ceremony[i] < night).length;
    if (f.rank > before && f.rank <= all.length)
      return claim({
        ...base,
        statement,
        verdict: "supported",
        message: `Counting honorary awards: ${all.length} by the ${kb.ceremonyLabel(night)}`,
      });
  }
  const said = v.text.slice(f.start, f.end);
  const right = ordinalLike(first, said);
  const at = `${kb.view(meant[0]).category} at the ${kb.ceremonyLabel(night)}`;
  const kind = f.category ? `${kb.view(meant[0]).category} ${what}` : `competitive ${what}`;
  const rank = `${ordinalSuffix(first)} ${kind}`;
  const message = `${name}'s ${at} was their ${rank}, not the ${ordinalSuffix(f.rank)}.`;
  const c = refuted({
    ...base,
    statement,
    message,
    evidence: record.filter((i) => nom.ceremony[i] <= night).map((i) => evidence(kb, i)),
  });
  if (first === last) c.fixes.push(fix(`Replace "${said}" with "${right}"`, right, f.start, f.end));
  return settle(c);
}

const WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

/**
 * A person the pronoun may stand for named after the one chosen, before unit k, the data telling them apart
 * by no pronoun ("Gerwig's adaptation earned nominations for C and Desplat's score — his 11th"): unsure.
 */
function ambiguous(v: SentenceView, units: Unit[], chosen: Mention | undefined, k: number, pronoun: string): boolean {
  const from = chosen ? units.findIndex((u) => u.mention === chosen) + 1 : 0;
  for (let i = Math.max(0, from); i < k; i++) {
    const p = units[i].mention;
    if (p?.kind !== "person" || p.ids.length !== 1 || (chosen && p.ids[0] === chosen.ids[0])) continue;
    // (Not a possessor in an aside closed before the pronoun, "X, Fred Astaire's long-time collaborator, won
    // on his third", nor a name used as a modifier, "every Martin Scorsese feature".)
    // (Nor a maker before the film, "Villeneuve's Blade Runner 2049", nor an object, "lost to Curtis".)
    const next = units[i + 1];
    const closed = units.slice(i, k).some((u) => u.text === ",");
    const makersFilm = next?.text === "'s" && units[pastQuotes(units, i + 2)]?.mention?.kind === "film";
    if (
      (next?.text === "'s" && (closed || makersFilm)) ||
      (next && /^[a-z]+$/.test(next.text) && !next.cue && !next.mention)
    )
      continue;
    if (OBJECT_WORDS.has(units[i - 1]?.text ?? "")) continue;
    if (fitsPronoun(v.kb, p, pronoun)) return true;
  }
  return false;
}

const OBJECT_WORDS = new Set(["to", "by", "for", "with", "against", "over", "beat", "beating", "from", "of"]);

/** The sentence names a night, and only after unit `at` (in a relative clause there). */
function nightOnlyAfter(units: Unit[], at: number): boolean {
  const named = (u: Unit) => u.mention?.kind === "ceremony" && !u.mention.implicit;
  return !units.slice(0, at).some(named) && units.slice(at).some(named);
}

/** The right ordinal written as the draft wrote it ("third" or "3rd"). */
function ordinalLike(n: number, said: string): string {
  // ("fifty-second": a compound said in words is put right in words, "fifty-third".)
  const tens = Object.keys(TENS).find((t) => TENS[t] === n - (n % 10));
  const compound = /-/.test(said) && tens && n % 10 ? `${tens}-${WORDS[(n % 10) - 1]}` : undefined;
  if (compound) return /^\p{Lu}/u.test(said) ? compound.charAt(0).toUpperCase() + compound.slice(1) : compound;
  if (/^\d/.test(said) || n > WORDS.length) return ordinalSuffix(n);
  const w = WORDS[n - 1];
  return /^\p{Lu}/u.test(said) ? w.charAt(0).toUpperCase() + w.slice(1) : w;
}

/** "…, twelve years after she won for Gaslight, and came on her fifth": the film's own phrase opens with "after". */
function afterPhrase(units: Unit[], clause: Clause, filmAt: number): boolean {
  for (let i = filmAt - 1; i >= clause.from && units[i].text !== ","; i--)
    if (AFTER_WORDS.has(units[i].text)) return true;
  return false;
}

/** The rank's own clause (from the last semicolon before it to the next) is told as later. */
function laterClause(v: SentenceView, at: number): boolean {
  const text = v.text.slice(v.sentence.start, v.sentence.end);
  const rel = at - v.sentence.start;
  const from = text.lastIndexOf(";", rel) + 1;
  const next = text.indexOf(";", rel);
  return TIME_LATER.test(text.slice(from, next < 0 ? text.length : next));
}

/** "his first nomination under Scorsese", "her third opposite Bogart": a tally narrowed to a partner. */
const NARROWING = new Set(["under", "opposite", "alongside"]);

/**
 * "her first nomination since Nell", "his first win in 30 years": the first after a gap, not a rank;
 * nor one narrowed ("his first nomination under Scorsese's direction since Cape Fear").
 */
function afterGap(units: Unit[], noun: number): boolean {
  if (NARROWING.has(units[noun + 1]?.text ?? "")) return true;
  for (let k = noun + 1; k < noun + 6 && k < units.length && units[k].text !== ","; k++)
    if (units[k].text === "since") return true;
  if (units[noun + 1]?.text !== "in") return false;
  for (let k = noun + 2; k < noun + 6 && k < units.length; k++) {
    if (units[k].text === "years" || units[k].text === "decades") return true;
    if (!/^[a-z0-9]+$/.test(units[k].text)) return false;
  }
  return false;
}

/** "the leading category", "a supporting role": a few words, then a noun of a class of categories. */
function restricted(units: Unit[], at: number, to: number): boolean {
  if (!/^(?:the|that|this|a|an)$/.test(units[at]?.text ?? "")) return false;
  for (let k = at + 2; k < Math.min(to, at + 5); k++)
    if (/^(?:categor(?:y|ies)|races?|fields?|divisions?|roles?)$/.test(units[k].text)) return true;
  return false;
}
