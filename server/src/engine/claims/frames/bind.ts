/**
 * Slot filling: for one category named in a clause, who or what the clause says won it or
 * was nominated for it, for which film, and at which ceremony. Roles come from English word
 * order: the subject before the verb ("X won C"), a binder after the category ("C (X)",
 * "C – X", "C went to X"), a "for" object ("C for Z"), a possessive ("X's C win").
 */
import type { Mention } from "../../mentions/types";
import type { SentenceView } from "../view";
import { creditedOn, fitsPronoun, guessedFilm, guessedPerson, ofNight, possessedFilm } from "../common";
import { beforeQuotes, governorOf, inCommaAside, pastQuotes, perfectParticiple, relativeAfter } from "./clauses";
import type { Clause, Unit } from "./clauses";
import {
  BEAT_VERBS,
  APPOSITIVE_OPENERS,
  CLAUSE_END,
  FILM_COREF,
  NONE,
  OBJECT_BEFORE,
  PERSON_COREF,
  QUOTES,
  RECORD_SET,
  SPAN_END,
  TIME_SHIFT,
  type CueKind,
  KIN_WORDS,
  TIME_PREPOSITION,
} from "./cues";
import { PLAY_VERBS } from "../../mentions/detect";
import { recordIn } from "./keys";
import { ACTING_GROUPS, FILM_CREDITED } from "../../categories";
import { numberValue, ordinalValue } from "../../text/fold";
import { asidesOf, spanAt, type Span } from "./asides";
import { extend } from "../../objects";

export type Predicate = "win" | "nominate" | "list";

export interface Frame {
  predicate: Predicate;
  category: Mention;
  /** People and films the clause binds to the category. */
  people: Mention[];
  films: Mention[];
  /** The subject was an earlier sentence's ("it", "the film", "she"). */
  coref: boolean;
  /** That subject was a description with words of its own ("the Japanese monster movie"): a guess never refuted. */
  described?: boolean;
  /** Ceremonies the clause itself states (ordinal, year); empty when it states none. */
  stated: number[];
  /** Mention or unit range that stated the ceremony, for blame. */
  statedAt?: { start: number; end: number };
  /** The clause says the event was earlier than the article's night ("previously", "in 1979"). */
  past: boolean;
  /** Unit index of the predicate's cue (-1: none), shared by the categories of one list. */
  cueAt: number;
  /** Set by the caller when the category is one of a list under one cue: the list's range. */
  list?: { start: number; end: number };
  /** "X lost C": a nomination that did not win (refuted when the record won). */
  lost?: boolean;
  /** Units covered by the frame: its range when supported. */
  start: number;
  end: number;
}

/** Nouns after a category that a possessor holds ("X's Best Actress Oscar"). */
export const HELD = new Set(["award", "oscar", "statuette", "trophy", "prize"]);
/** Units after a category that carry the award noun ("Best Picture award", "the Oscar for"). */
const AWARD_FILLER = new Set([
  "academy",
  "award",
  "awards",
  "oscar",
  "oscars",
  "prize",
  "statuette",
  "trophy",
  "category",
  "honor",
  "honour",
  "honors",
  "honours",
  "win",
]);
/** Words between "for" and the work it names ("for her role in X", "for his performance in X"). */
const WORK_FILLER = new Set([
  "the",
  "her",
  "his",
  "their",
  "its",
  "a",
  "role",
  "roles",
  "performance",
  "turn",
  "work",
  "in",
  "on",
  "as",
  "film",
  "movie",
  "portrayal",
  "of",
  "score",
  "screenplay",
  "script",
  "direction",
  "directing",
  "adaptation",
  "song",
  "documentary",
  "drama",
  "musical",
  "comedy",
  "feature",
  "lead",
  "supporting",
  "part",
  "acclaimed",
  '"',
  "'",
]);
const BINDERS = new Set(["(", "-", ":", "|", "\u2013", "\u2014"]);
const NONE_FOR = new Set(["none", "nothing", "zero"]);

/** "last year's B", "the previous year's B": the film named is of another night. */
function ofAnotherYear(units: Unit[], m: Mention): boolean {
  let at = units.findIndex((u) => u.mention === m);
  while (at > 0 && QUOTES.has(units[at - 1].text)) at--;
  return (
    units[at - 1]?.text === "'s" &&
    units[at - 2]?.text === "year" &&
    /^(?:last|previous|prior)$/.test(units[at - 3]?.text ?? "")
  );
}

/** Verbs that take nominations as well as wins (not "took four, including C", "converted three: …": won). */
const EARNED = new Set(["earned", "earns", "earning", "received", "receives", "receiving", "garnered", "picked"]);

/**
 * "F earned six, among them C", "picked up three: C1, C2 and C3": a bare number after a verb that takes
 * nominations as well as wins, then its list; which of the two the list names the words do not say, so the list
 * is held to the weaker, nominations.
 */
function bareTallyBetween(units: Unit[], cueAt: number, c: number): boolean {
  if (!EARNED.has(units[cueAt].text)) return false;
  let k = cueAt + 1;
  if (units[k]?.text === "up") k++;
  if (numberValue(units[k]?.text ?? "") === undefined || k >= c) return false;
  const next = units[k + 1]?.text ?? "";
  return next === ":" || (next === "," && /^(?:including|among)$/.test(units[k + 2]?.text ?? ""));
}

/** Past participles of winning that take the winner as their agent ("was won by X", "was taken by X"). */
const PASSIVE_WIN = new Set(["won", "taken", "claimed", "collected", "captured", "secured"]);
/** A nomination taken back: "rescinded", "disqualified", "pulled from contention", "ruled ineligible". */
const WITHDRAWN = new RegExp(
  String.raw`\b(?:rescind\w*|revok\w*|withdrawn|withdrawing|disqualif\w*|ineligible|` +
    String.raw`stripped of (?:the|its|her|his) (?:nomination|nod)|` +
    String.raw`(?:pulled|withdrew) from (?:contention|the (?:race|ballot|running))|removed from the ballot)\b`,
  "i",
);

/** The sentence says, from `from` on, that a nomination was taken back ("X's score … was pulled from contention"). */
export function withdrawnFrom(v: SentenceView, from: number): boolean {
  return WITHDRAWN.test(v.text.slice(Math.max(from, v.sentence.start), v.sentence.end));
}
export const YEAR = /^(?:19[2-9]\d|20[0-4]\d)$/;

export const isName = (u: Unit | undefined) =>
  !!u?.mention && (u.mention.kind === "person" || u.mention.kind === "film");

/**
 * A frame; "silent" for a claim the clause makes but does not state plainly (negated,
 * hedged, no holder we know): nothing else reads it either; or nothing to read.
 */
export function frameFor(v: SentenceView, units: Unit[], clause: Clause, c: number): Frame[] | "silent" | undefined {
  const cat = units[c].mention!;
  // "won two of the four acting awards", "none of the supporting Oscars": a share of a group, no one award.
  if (ACTING_GROUPS.has(cat.category ?? "") && sharedGroup(units, clause, c)) return "silent";
  // ("and the visual effects team led by X for C": a category naming a craft's people is no award.)
  if (CREW.test(units[c + 1]?.text ?? "")) return "silent";
  // ("three of her co-stars split the supporting actor vote": the voters' choice, no one's award.)
  if (units[c + 1]?.text === "vote" || units[c + 1]?.text === "votes") return "silent";
  // The nearest win or nomination cue before the category: read once, asked below several times.
  const cueAt = cueIndexBefore(units, clause, c);
  // "was also Latvia's entry for international feature": a country's submission, not a win or a nomination.
  for (let k = Math.max(clause.from, cueAt, c - 4); k < c; k++) if (SUBMITTED.has(units[k].text)) return "silent";
  if (citation(units, clause, c)) return "silent";
  // ("earned six, among them C": read as a nomination, true whichever the list names when it holds.)
  const tallied = cueAt >= 0 && bareTallyBetween(units, cueAt, c);
  // ("eight nominations but none for Best Picture", "nothing in the acting categories": a category denied.)
  const none = units[c - 1]?.text === "the" ? c - 3 : c - 2;
  if (/^(?:for|in)$/.test(units[none + 1]?.text ?? "") && NONE_FOR.has(units[none]?.text ?? "")) return "silent";
  // ("La La Land was briefly best picture": a title held for a moment, or nearly, was not won.)
  if (NOT_QUITE.has(units[c - 1]?.text ?? "") && COPULAS.has(units[c - 2]?.text ?? "")) return "silent";
  // ("had more nominations than some of the countries competing for C have theaters": C is the compared's.)
  if (comparedAfterName(units, clause, c)) return "silent";
  // ("despite Beresford's absence from the directing shortlist": a category a denial governs is no one's.)
  if (deniedCategory(units, clause, c)) return "silent";
  // ("the night La La Land won best picture for about two minutes": a win that did not last was not one.)
  if (momentary(units, c)) return "silent";
  const before = cueAt >= 0 ? units[cueAt].cue : undefined;
  // The noun after the category decides ("received his only Best Picture nomination"), except
  // that contenders "for a Best Picture win" are nominees.
  let noun = nounAfter(units, clause, c);
  if (noun === "win" && before === "nominate") noun = undefined;
  // ("was snubbed for a Best Director nomination", "lost out on a Best Actor nod": a nomination denied.)
  if (noun === "nominate" && before === "lose") return "silent";
  // "Scorsese's best director award", "her Best Actress Oscar": an award someone holds was won.
  const held = !noun && !before && possessiveBefore(units, clause, c) && HELD.has(units[c + 1]?.text ?? "");
  // "Hanks was best actor for Forrest Gump": a "best" title with no article after a copula was won.
  const titled = !noun && !before && !held ? titleCopula(units, clause, c) : -1;
  const after = bindAfter(units, clause, c);
  // "Casablanca competed for the top award with A, B and C": those after "with" competed too.
  if (!after.names.length && before === "nominate") {
    const q = cueAt;
    let k = c + 1;
    while (k < clause.to && AWARD_FILLER.has(units[k].text)) k++;
    if (COMPETE.has(units[q]?.text ?? "") && /^(?:with|against)$/.test(units[k]?.text ?? ""))
      after.names.push(...listAfter(units, clause, k + 1).names.filter((m) => m.kind === "film"));
  }
  // "one of its losses came in C, which went to X": X won C, whatever the clause said before.
  // ("Other best-actor nominations went to X": the noun still decides.)
  const cue =
    noun ??
    (after.wentTo && after.names.length
      ? "win"
      : (before ?? (held || titled >= 0 ? "win" : cueAfter(units, clause, c))));
  // "Best Actress winner X" names a fact whatever the sentence does; "a Best Picture win" does not.
  const agent = noun !== undefined && /^winners?$/.test(units.slice(c + 1, c + 4).find((u) => u.cue)?.text ?? "");
  const appositive = appositiveBefore(units, clause, c);
  if (appositive) {
    after.names.unshift(appositive);
    after.binder = true;
  } else if (after.names.length === 0) {
    // "F1 – Best Sound", "Sentimental Value (Norway) – Best International Feature": a list line led by the name.
    const before = nameBeforeBinder(units, clause, c);
    if (before) {
      after.names.push(before);
      after.binder = true;
    }
  }
  // "X lost Best Actor to Y" is the loss reader's; "X lost Best Picture" with no winner said was a nominee.
  if (cue === "lose" && !lostOutright(units, clause, cueAt, c)) return undefined;
  let predicate: Predicate;
  if (cue === "win" && tallied) predicate = "nominate";
  else if (cue === "win") predicate = "win";
  else if (cue === "nominate" || cue === "lose") predicate = "nominate";
  else if (after.names.length && after.binder) predicate = "list";
  else return undefined;
  // A hedge or denial governs what follows it: "was expected to win C", not "won C, which would
  // later…". A noun phrase ("Best Actress winner X") states its fact whatever the sentence does.
  const question = units[clause.to]?.text === "?";
  if (!agent && (question || modal(units, { from: clause.from, to: c }) || quotedForecast(units, clause, c)))
    return "silent";

  const names: Mention[] = [...after.names];
  let coref = false;
  let described = false;
  const gap = gapped(v, units, clause, c);
  if (gap === null) return "silent"; // "… and Kenneth Lonnergan for his original script": someone we do not know
  const own = possessiveBefore(units, clause, c) ?? namedAs(units, clause, c) ?? gap;
  // "X presented C to Y", "X handed Y the C": the giver is never the holder.
  const given = recipients(units, clause, c);
  // "directed his father, Walter Huston, to the Best Supporting Actor award": the one steered there holds it.
  const steered = given ? undefined : steeredTo(units, clause, c);
  if (steered) names.splice(0, names.length, steered);
  else if (given) {
    if (!given.length) return "silent";
    // "Kramer vs. Kramer gave Justin Henry a … nomination": a film that gives is the one it was for.
    const q = cueAt;
    const giver = subjectBefore(v, units, clause, q);
    const film = giver && !giver.coref ? giver.mentions.filter((m) => m.kind === "film") : [];
    names.splice(0, names.length, ...given, ...film, ...after.names.filter((m) => m.kind === "film"));
  } else if (own) {
    names.push(own);
    // "Dune won six Oscars, including Hans Zimmer's score": the subject film is the possessor's film.
    const q = own.kind === "person" ? cueAt : -1;
    const subj =
      q >= 0 && units.slice(q, c).some((u) => u.text === "including") ? subjectBefore(v, units, clause, q) : undefined;
    if (subj && !subj.coref) names.push(...subj.mentions.filter((m) => m.kind === "film"));
  } else {
    // "X was a Best Actor nominee", "X and Y were among the five best actor nominees": with the
    // cue in the noun after, the subject is the copula's.
    const q = cueAt;
    const at = q >= 0 ? q : noun ? copulaBefore(units, clause, c) : titled;
    let subj = at >= 0 ? subjectBefore(v, units, clause, at) : undefined;
    // "Accepting the Hersholt award, filmmaker Tyler Perry urged …": an opening participle's subject follows it.
    if (subj === undefined && q >= 0) subj = participleSubject(units, clause, q, c);
    if (q < 0 && subj && !subj.coref && !opensClause(units, clause, subj.mentions[0])) subj = null;
    // ("X, twice nominated before, for A and last year's B, finally took C": a film of another year is no subject;
    // the person named before it is, if any.)
    if (subj && !subj.coref && subj.mentions.every((m) => m.kind === "film" && ofAnotherYear(units, m))) {
      const at = units.findIndex((u) => u.mention === subj!.mentions[0]);
      const opening = units.slice(clause.from, at).find((u) => u.mention?.kind === "person")?.mention;
      if (opening) subj = { mentions: [opening], coref: false };
    }
    if (subj === null && names.length === 0) return "silent";
    if (subj && (!after.binder || after.names.every((m) => m.kind === "film"))) {
      names.push(...subj.mentions);
      coref = subj.coref;
      described = !!subj.described;
      // "Kramer vs. Kramer gave Justin Henry a supporting actor nomination": the one given it holds it.
      const given =
        q >= 0 && GIVING.has(units[q].text) && units[q + 2]?.text !== "'s" ? units[q + 1]?.mention : undefined;
      const next = units.slice(q + 2, c).every((u) => GIVEN_OBJECT.test(u.text));
      if (given?.kind === "person" && next && !subj.coref && subj.mentions.every((m) => m.kind === "film"))
        names.push(given);
    } else if (subj && !subj.coref) {
      // "Film won ..., including Best Director (Person)": the subject film is the person's film.
      names.push(...subj.mentions.filter((m) => m.kind === "film"));
    }
  }
  if (names.length === 0) return undefined;
  const people = names.filter((m) => m.kind === "person").map((m) => narrow(v, m));
  // ("went to X for F — not for G": a film denied is not the one the award went for.)
  const films = names.filter((m) => m.kind === "film" && !deniedAt(units, m)).map((m) => narrow(v, m));
  // "At the 58th Academy Awards, X, who had won C years before, lost": a pluperfect is earlier
  // than the night the clause states.
  // The unit the frame hangs on: its verb, else its category.
  const anchor = cueAt >= 0 ? cueAt : c;
  const statedAt = statedCeremonies(v, units, clause, anchor).statedAt;
  const earlier =
    shiftedOpening(units) ||
    // ("X, already a two-time best actor winner for F and G, received …": the aside tells of before.)
    alreadyAside(units, clause, c) ||
    pluperfect(units, clause, cueAt >= 0 ? cueAt : noun ? copulaBefore(units, clause, c) : -1) ||
    agoAfter(units, clause, c) ||
    timePhraseAround(units, clause, c) ||
    elsewhen(units, clause, c, cueAt) ||
    firstVerbsTime(units, clause, cueAt, statedAt) ||
    (cueAt >= 0 && timedAfter(units, cueAt, statedAt, clause.from)) ||
    // ("X won Best Actor the following year": a clause with no night of its own, moved off the inherited one.)
    (!statedAt && relativeYears(units, clause) !== 0) ||
    // ("X was the first Black actor to win best actor": a record told of the career, at no night said.)
    (!statedAt && recordTold(units, clause, cueAt));
  const many = manyTimes(units, clause, c);
  // ("The Irishman was nominated for best actor eight times": a film competes at one night, so the
  // subject is someone else, an epithet for the person told of before.)
  if (many && people.length === 0 && films.length > 0 && !FILM_CREDITED.has(cat.category!)) return "silent";
  const shared = {
    predicate,
    category: cat,
    coref,
    described,
    // ("won best actress twice, …, before X won at the 54th": one category won twice is no one night.)
    ...(earlier || many ? { stated: [] } : statedCeremonies(v, units, clause, anchor)),
    past: earlier || saysPast(units, clause) || many,
    cueAt,
    lost: cue === "lose" || undefined,
  };
  const span = (ms: Mention[]) => {
    let start = cat.start;
    let end = cat.end;
    for (const m of coref ? [] : ms) {
      start = Math.min(start, m.start);
      end = Math.max(end, m.end);
    }
    return { start, end };
  };
  // "The nominees for best actress were A, B and C": one list, one night, when every name competed then.
  if (after.binder && after.names.length > 1 && !shared.stated.length && predicate !== "win") {
    const night = commonNight(v, after.names, cat.category!);
    if (night !== undefined) shared.stated = [night];
  }
  // A list of nominees with their films: one frame per person, with that person's film.
  const pairs = after.pairs;
  if (pairs && people.length > 1 && pairs.size > 0) {
    // One list is one night: the ceremony most of its films competed at holds for each entry.
    if (!shared.stated.length) {
      const night = listNight(v, [...pairs.values()]);
      if (night) shared.stated = [night];
    }
    return people.map((p) => {
      const film = pairs.get(p);
      return extend(shared, { people: [p], films: film ? [film] : [], ...span(film ? [p, film] : [p]) });
    });
  }
  return [extend(shared, { people, films, ...span(names) })];
}

/** "not for G", "not G", "rather than G": the film said after a denial. */
function deniedAt(units: Unit[], m: Mention): boolean {
  const k = units.findIndex((u) => u.mention === m);
  let b = k > 0 ? beforeQuotes(units, k - 1) : -1;
  if (units[b]?.text === "for") b--;
  return units[b]?.text === "not" || (units[b]?.text === "than" && units[b - 1]?.text === "rather");
}

const SHARE_WORDS = /^(?:none|no|neither|both|any|all|each|[2-9]|two|three|four)$/;

/** A quantity before a group of categories ("two of the four", "none of the", "both"); "one of the" names a win. */
function sharedGroup(units: Unit[], clause: Clause, c: number): boolean {
  for (let k = c - 1; k >= clause.from && k >= c - 5; k--) {
    if (units[k].mention || units[k].cue) return false;
    if (SHARE_WORDS.test(units[k].text)) return true;
  }
  return false;
}

const THEN_WORDS = new Set(["later", "then", "also", "eventually", "subsequently", "finally"]);

/**
 * "X received an honorary award in 2007 and won Best Score for F": a time said before "and" and a
 * second verb is the first verb's; the second states none.
 */
function firstVerbsTime(units: Unit[], clause: Clause, cueAt: number, at?: { start: number; end: number }): boolean {
  if (cueAt <= clause.from || !at) return false;
  let k = cueAt - 1;
  while (k > clause.from && THEN_WORDS.has(units[k].text)) k--;
  if (units[k].text !== "and" || at.end > units[k].start) return false;
  // ("dominated in 1950, garnering 14 nominations and winning six": participles share the time.)
  if (/ing$/.test(units[cueAt].text)) return false;
  for (let i = k - 1; i > clause.from && units[i].end > at.end; i--) if (units[i].text === ",") return false;
  // (A night said again after the verb is its own: "… and won at the 88th".)
  return !units.slice(cueAt, clause.to).some((u) => u.mention?.kind === "ceremony" && !u.mention.implicit);
}

/** Verbs of giving: in the active voice their subject gives the award, the object holds it. */
const GIVE = new Set(["presented", "presents", "presenting", "handed", "hands", "handing", "gave", "gives", "giving"]);
const PASSIVE = new Set(["was", "were", "is", "are", "been", "be", "being", "got", "gets"]);

/**
 * The holders of an award given in the active voice ("X presented C to producer Y", "X handed
 * Y the C", "presenting Y with C"); undefined when the cue is no such verb. Empty: the holder
 * is not one we know (a pronoun), and the giver must not be read in its place.
 */
function recipients(units: Unit[], clause: Clause, c: number): Mention[] | undefined {
  const q = cueIndexBefore(units, clause, c);
  if (q < 0 || !GIVE.has(units[q].text) || PASSIVE.has(units[q - 1]?.text ?? "")) return undefined;
  // "handed Y the C": Y right after the verb, then only "a", "her first" … before the category.
  // ("… was Justin Henry; Kramer gave him a … nomination": a pronoun stands for the sentence's person.)
  const pronoun = units[q + 1]?.text === "him" || units[q + 1]?.text === "her";
  const nearest = () =>
    units
      .slice(0, q)
      .reverse()
      .find((u) => u.mention?.kind === "person")?.mention;

  const object = pronoun ? (antecedent(units, q + 1, "person") ?? nearest()) : units[q + 1]?.mention;
  const plain = units.slice(q + 2, c).every((u) => GIVEN_OBJECT.test(u.text));
  if (object?.kind === "person" && units[q + 2]?.text !== "'s" && plain) return [object];
  // ("the British Academy gave The Revenant its best film award": a body giving a film its prize.)
  const body = units.slice(clause.from, q).some((u) => u.mention?.kind === "award");
  // ("… its best film award": a body's own prize.)
  const itsOwn = units.slice(q + 2, c).every((u) => u.text === "its" || GIVEN_OBJECT.test(u.text));
  if (body && object?.kind === "film" && itsOwn) return [object];
  if (units.slice(q + 1, c).some((u) => u.mention?.kind === "person")) return []; // "gave X a hit, and F a …"
  let k = c + 1;
  while (k < clause.to && k <= c + 3 && units[k].text !== "to") k++;
  if (units[k]?.text !== "to") return [];
  // ("gave its best film award to The Revenant": a body's prize may go to a film.)
  const holder = (m?: Mention) => m?.kind === "person" || (body && m?.kind === "film");
  for (let i = k + 1; i < clause.to && i <= k + 5; i++) if (holder(units[i].mention)) return [units[i].mention!];
  return [];
}

/** The person steered "to the C award" by a verb such as "directed": "directed his father, X, to the C award". */
function steeredTo(units: Unit[], clause: Clause, c: number): Mention | undefined {
  let k = c - 1;
  if (ARTICLES.has(units[k]?.text ?? "")) k--;
  if (units[k]?.text !== "to") return undefined;
  k--;
  if (units[k]?.text === ",") k--;
  const person = units[k]?.mention;
  if (person?.kind !== "person") return undefined;
  for (let i = k - 1; i >= clause.from && i >= k - 6; i--) if (STEER.has(units[i].text)) return person;
  return undefined;
}
const STEER = new Set([
  ...["directed", "directing", "led", "leading", "guided", "guiding", "steered", "steering", "coached"],
  ...["propelled", "propelling"],
]);

/** "the first … to win", "the only … to be nominated": a superlative before "to" and the cue. */
function recordTold(units: Unit[], clause: Clause, cueAt: number): boolean {
  let to = cueAt - 1;
  if (units[to]?.text === "be") to--;
  if (cueAt < 0 || units[to]?.text !== "to") return false;
  for (let i = to - 1; i >= clause.from && i >= to - 8; i--) if (SUPERLATIVES.has(units[i].text)) return true;
  return false;
}
const SUPERLATIVES = new Set(["first", "only", "last", "youngest", "oldest", "second", "third", "fourth"]);

const CAREER_TIMES = new Set(["times", "twice", "thrice"]);

/**
 * A category told of at another time than the clause's night: inside a relative clause ("At the
 * 96th …, Emma Stone, who won best actress for La La Land, …") or after "after/before + -ing"
 * ("…, a year after receiving an honorary award").
 */
function elsewhen(units: Unit[], clause: Clause, c: number, cueAt: number): boolean {
  if (cueAt >= 0 && /ing$/.test(units[cueAt].text) && /^(?:after|before|since)$/.test(units[cueAt - 1]?.text ?? ""))
    return true;
  // A relative clause dates its category only by a film it names ("…, who won best actress for La
  // La Land, …"); without one, "X, who won C," at a stated night is that night's.
  let relative = false;
  for (let k = c - 1; k > clause.from; k--) {
    if (units[k].text === "," || units[k].mention?.kind === "ceremony") break;
    if ((units[k].text === "who" || units[k].text === "which") && units[k - 1]?.text === ",") relative = true;
  }
  if (!relative) return false;
  // ("Wyler, who won best director three times, …": a career's count is no one night's.)
  // (One that names its own night, "…, who won best actress for Misery at the 63rd, …", is dated by it.)
  let dated = false;
  for (let k = c + 1; k < clause.to && units[k].text !== ","; k++) {
    if (units[k].mention?.kind === "ceremony" && !units[k].mention!.implicit) return false;
    if (units[k].mention?.kind === "film" || CAREER_TIMES.has(units[k].text)) dated = true;
  }
  return dated;
}

/** The nearest win or nomination cue before the category in its clause. */
function cueIndexBefore(units: Unit[], clause: Clause, c: number): number {
  let outOf = -1;
  // ("The film won for C1, where X claimed his third Oscar, and for C2": an aside's verb is not C2's.)
  // (Only a conjunct of its own: "…, and for C2". A list running on after an aside is the aside's.)
  const conjunct = /^(?:for|in)$/.test(units[c - 1]?.text ?? "") && units[c - 2]?.text === "and";
  const asides = conjunct ? asidesOf(units, clause).filter((a) => a.to <= c) : [];
  // (A comma passed on the way back closes any relative clause opened before it.)
  let closedAfter = false;
  for (let k = c - 1; k >= clause.from; k--) {
    const aside = asides.length ? spanAt(asides, k) : undefined;
    if (aside) {
      k = aside.from;
      continue;
    }
    // ("won two, for costume design (X, her second win after F) and for C": a bracket's verb is its own.)
    if (units[k].text === ")") {
      let open = k - 1;
      while (open > clause.from && units[open].text !== "(" && units[open].text !== ")") open--;
      if (units[open]?.text === "(") {
        k = open;
        continue;
      }
    }
    // ("F, which also won best director, beat X for C": a closed relative clause's verb is its own.)
    if (units[k].text === "," && k > clause.from && closesRelative(units, clause, k, c)) {
      k = relativeOpening(units, clause, k);
      continue;
    }
    // ("…, and F2, which had to settle for the C prize": a relative clause with no cue of its own borrows
    // none from before it.)
    if (units[k].text === "," && relativeAfter(units, k) && !closedAfter) return outOf;
    // (So with an appositive's noun first: "…, the film that … turned out to be the evening's best picture".)
    const apposed = units[beforeQuotes(units, k - 3)]?.text === ",";
    if (units[k].text === "that" && apposed && /^(?:the|a)$/.test(units[k - 2]?.text ?? "")) return outOf;
    if (units[k].text === ",") closedAfter = true;
    const cue = units[k].cue;
    // "won 8 Oscars out of 13 nominations, including ...": the count of nominations is not the predicate.
    // ("his ninth nomination for best director" is his nomination: an ordinal is no count.)
    if (cue === "nominate" && OUT_OF.has(units[k - 2]?.text ?? "") && /^(?:\d+|[a-z]+)$/.test(units[k - 1]?.text ?? ""))
      if (ordinalValue(units[k - 1].text) === undefined) {
        outOf = k;
        continue;
      }
    // ("won nothing from its eight nominations, including C": with no wins, what is included was nominated.)
    if (cue === "win" && outOf >= 0 && NONE.has(units[k + 1]?.text ?? "")) return outOf;
    // ("won original screenplay from four nominations, including best picture": the win named its own
    // category; what the nominations include was nominated.)
    if (cue === "win" && outOf >= 0 && units[k + 1]?.mention?.kind === "category") return outOf;
    if (cue === "win" || cue === "nominate" || cue === "lose") return k;
  }
  return -1;
}
/**
 * "a special award for "acting, writing, directing and producing The Circus"", "an honorary Oscar for
 * directing": the words after an honorary award's "for" are its citation, no category won.
 */
function citation(units: Unit[], clause: Clause, c: number): boolean {
  for (let k = c - 1; k > clause.from && k >= c - 12; k--) {
    if (units[k].text !== "for") continue;
    const noun = units[k - 1];
    if (noun.mention?.kind === "category") return HONORARY.has(noun.mention.category ?? "");
    // ("a Special Achievement Award for its visual effects": a word may stand between.)
    const said = units.slice(Math.max(clause.from, k - 3), k - 1).map((u) => u.text);
    return HONOUR_NOUN.has(noun.text) && said.some((w) => /^(?:special|honorary|lifetime)$/.test(w));
  }
  return false;
}

const HONORARY = new Set(["honorary", "thalberg", "hersholt"]);
const HONOUR_NOUN = new Set(["award", "oscar", "statuette", "prize", "honor", "honour", "citation", "plaque"]);

const SUBMITTED = new Set(["entry", "submission", "submitted", "selection", "pick"]);

/**
 * The comma at k ends ", which/who …" and a verb of the main clause follows it ("…, beat"), or the
 * category c the main verb is for ("F beat G, which had won at the Globes, for best picture").
 */
function closesRelative(units: Unit[], clause: Clause, k: number, c = -1): boolean {
  const next = units[k + 1];
  // ("F, which won six, was briefly best picture": a copula resumes the main clause too.)
  const verb = !!next && !next.mention && (!!next.cue || BEAT_VERBS.includes(next.text) || COPULAS.has(next.text));
  const opening = relativeOpening(units, clause, k);
  // (Not a list of "for"s going on: "which went 0 for 9 despite nominations for A, for B's direction".)
  const forCategory =
    next?.text === "for" && c > k && c - k <= 3 && !units.slice(opening, k).some((u) => u.text === "for");
  return (verb || forCategory) && opening !== k;
}

/** Words between "lost" and the category it lost: "lost the Oscar for" (not "lost out on": maybe no nominee). */
const LOST_FILLER = new Set(["the", "its", "his", "her", "their", "oscar", "award", "for"]);

/**
 * "F lost Best Picture", "X lost out on the Oscar for Best Actor": a loss with no winner named
 * (no "to" after it), said by the verb itself ("snubbed", "missing" are no nomination).
 */
function lostOutright(units: Unit[], clause: Clause, cueAt: number, c: number): boolean {
  if (cueAt < 0 || !/^(?:lost|loses|lose|losing)$/.test(units[cueAt].text)) return false;
  for (let k = cueAt + 1; k < c; k++) if (!LOST_FILLER.has(units[k].text)) return false;
  // ("lost out on a Best Director nomination" was no nomination at all.)
  for (let k = c + 1; k < clause.to; k++) if (units[k].text === "to" || units[k].cue === "nominate") return false;
  return true;
}

/** The comma opening ", which/who …" when the comma at `close` ends that relative clause; else `close`. */
export function relativeOpening(units: Unit[], clause: Clause, close: number): number {
  for (let j = close - 1; j >= clause.from; j--) {
    if (units[j].text !== ",") continue;
    return relativeAfter(units, j) ? j : close;
  }
  return close;
}

const GIVING = new Set(["gave", "gives", "earned", "earns", "won", "wins", "brought", "brings", "landed", "garnered"]);
/** Between the one given and the category: "a", "her first", "his only" ("gave X a hit and F a …" is not). */
const GIVEN_OBJECT = /^(?:a|an|the|his|her|their|first|second|third|only|sole|another|oscar|academy|award)$/;
const OUT_OF = new Set(["of", "from", "its", "their", "his", "her"]);

/** "had won", "had previously been", "'d won": the verb at k is in the pluperfect. */
function pluperfect(units: Unit[], clause: Clause, k: number): boolean {
  if (k < 0) return false;
  let h = k - 1;
  while (h > clause.from && ADVERBS_OF_TIME.has(units[h].text)) h--;
  return units[h]?.text === "had" || /'d$/.test(units[h]?.text ?? "");
}
/** "won C once before", "… years earlier", "a decade ago": the predicate is dated before the stated night. */
function agoAfter(units: Unit[], clause: Clause, c: number): boolean {
  for (let k = c + 1; k < clause.to && k <= c + 8; k++) {
    if (/^(?:before|earlier|ago)$/.test(units[k].text) && SPANS.has(units[k - 1].text)) return true;
    if (units[k].mention?.kind === "category" || units[k].text === "," || units[k].text === "and") return false;
  }
  return false;
}
const SPANS = new Set(["once", "years", "year", "decade", "decades", "months", "long", "time", "times", "twice"]);

/** "X won C1, after C2 wins for F and G": a category in a time phrase after a comma is of another time. */
function timePhraseAround(units: Unit[], clause: Clause, c: number): boolean {
  for (let k = c - 1; k > clause.from && k >= c - 4; k--) {
    if (TIME_PREPOSITION.test(units[k].text) || units[k].text === "following") return units[k - 1].text === ",";
    if (units[k].cue || units[k].mention || units[k].text === ",") return false;
  }
  return false;
}

const ADVERBS_OF_TIME = new Set([
  "already",
  "previously",
  "once",
  "twice",
  "also",
  "never",
  "been",
  "earlier",
  "first",
]);

const NOT_QUITE = new Set(["briefly", "nearly", "almost", "momentarily", "temporarily"]);
const COPULAS = new Set(["was", "is", "were", "are", "became", "becomes", "been", "remains", "remained"]);
/** Between a copula and a category: "a", "the", "among the five", "one of the", "also". */
const PREDICATIVE = /^(?:a|an|the|among|one|two|three|four|five|six|of|also|again|then|its|this|that)$/;

const OPENERS = new Set([
  ",",
  ":",
  ";",
  "(",
  "-",
  "\u2013",
  "\u2014",
  "both",
  "but",
  "and",
  "then",
  "also",
  "when",
  "while",
]);

/** The name opens its clause or follows a comma or conjunction: not an object ("the film that starred X was"). */
function opensClause(units: Unit[], clause: Clause, m: Mention): boolean {
  let i = units.findIndex((u) => u.mention === m);
  while (i > clause.from && QUOTES.has(units[i - 1].text)) i--;
  return i === clause.from || OPENERS.has(units[i - 1]?.text ?? "");
}

/** "X was a C nominee", "X appeared among the C nominees": the copula before the category, or -1. */
function copulaBefore(units: Unit[], clause: Clause, c: number): number {
  let k = c - 1;
  while (k > clause.from && k >= c - 5 && PREDICATIVE.test(units[k].text)) k--;
  const t = units[k]?.text ?? "";
  const among = units[k + 1]?.text === "among";
  return k >= clause.from && (COPULAS.has(t) || (t === "appeared" && among)) ? k : -1;
}

/** What follows a title held: "was best actor for F", "… at the 67th", "… (F)". ("… of the decade" is praise.) */
const AFTER_TITLE = new Set(["for", "at", "(", "\u2013", "\u2014"]);

/**
 * "X was best actor for F", "Parasite was Best Picture at the 92nd": a copula right before a category
 * said with "best" and no article, then "for", "at" or "in" a year, names the title held: a win.
 * ("the best actor in the film" has its article; "was best actor material" its noun.) The copula's index, or -1.
 */
function titleCopula(units: Unit[], clause: Clause, c: number): number {
  const k = c - 1;
  if (k < clause.from || !/^(?:was|is)$/.test(units[k].text)) return -1;
  if (!/^best\b/i.test(units[c].mention!.text)) return -1;
  const next = units[c + 1]?.text ?? "";
  // ("La La Land, which won six, was best picture.": the title closing the clause.)
  const closes = c + 1 === clause.to && (units[c + 1] === undefined || CLAUSE_END.has(next));
  return AFTER_TITLE.has(next) || closes || (next === "in" && YEAR.test(units[c + 2]?.text ?? "")) ? k : -1;
}

/** "a Best Picture nomination", "his best-actor nod", "Best Actress winner": the noun decides. */
function nounAfter(units: Unit[], clause: Clause, c: number): CueKind | undefined {
  let k = skipCoordinated(units, clause, c + 1);
  while (k < clause.to && (AWARD_FILLER.has(units[k].text) || QUALIFIERS.has(units[k].text)) && units[k].text !== "win")
    k++;
  const cue = units[k]?.cue;
  return cue === "nominate" || (cue === "win" && /^(?:win|wins|winner|winners|victory|victories)$/.test(units[k].text))
    ? cue
    : undefined;
}

/** "Best Picture and Director wins for X": categories joined before one noun share it. */
function skipCoordinated(units: Unit[], clause: Clause, k: number): number {
  while (
    k + 1 < clause.to &&
    (units[k].text === "and" || units[k].text === ",") &&
    units[k + 1].mention?.kind === "category"
  )
    k += 2;
  return k;
}

const CREW = /^(?:team|crew|artists?|department|supervisors?|wizards|house|staff|specialists|technicians)s?$/;

/** Nouns of the award itself between a category and "for X" ("Director wins for Chloé Zhao"). */
const WIN_NOUNS = new Set(["wins", "victories", "nominations", "nods", "noms", "win", "victory", "nomination", "nod"]);

/** "Best Actress went to X", "Best Director – X (winner)", "Best Actor nominee X". */
function cueAfter(units: Unit[], clause: Clause, c: number): CueKind | undefined {
  for (let k = c + 1; k < clause.to && k <= c + 8; k++) {
    if (units[k].mention?.kind === "category") return undefined;
    const cue = units[k].cue;
    if (cue === "win" || cue === "nominate") return cue;
  }
  return undefined;
}

/**
 * Negations and hedges anywhere in the clause make it no plain statement of fact; words
 * quoted from someone (''I never dreamed …,'' said X, who won …) are their own statement.
 */
export function modal(units: Unit[], clause: Pick<Clause, "from" | "to">): boolean {
  let quoted = false;
  // An aside closed before the words checked governs nothing after it: "With no fuss, X won",
  // "X, who had not made a film in decades, won".
  let aside = ASIDE_OPENERS_AT_START.has(units[clause.from]?.text ?? "");
  let closesAt = aside ? commaAfter(units, clause.from, clause.to) : -1;
  for (let k = clause.from; k < clause.to; k++) {
    const t = units[k].text;
    if (t === '"' || t === "``" || (t === "'" && units[k + 1]?.text === "'")) {
      quoted = !quoted;
      if (t === "'") k++;
      continue;
    }
    if (k === closesAt) aside = false;
    // ("Anora, ignored by the Globes, won …": a participle's denial set off by commas is an aside too.)
    const denied = units[k + 1]?.cue === "neg" || units[k + 1]?.cue === "lose";
    // ("X, a favorite since the Globes, won C": an appositive's noun describes the subject; it hedges no verb.)
    const apposed = APPOSITIVE_OPENERS.has(units[k + 1]?.text ?? "") && k > clause.from && !!units[k - 1]?.mention;
    if (t === "," && (RELATIVE.has(units[k + 1]?.text ?? "") || apposed || (denied && /ed$/.test(units[k + 1].text)))) {
      closesAt = commaAfter(units, k + 1, clause.to);
      aside = closesAt >= 0;
    }
    const cue = units[k].cue;
    if (aside && closesAt >= 0 && closesAt < clause.to) continue;
    if (!quoted && (cue === "neg" || cue === "hedge") && !asExpected(units, clause, k)) return true;
    // ("a critic who had Avatar winning eight": a pick, said as "had" a name doing it.)
    if (pickedAt(units, k)) return true;
  }
  return false;
}

const HAVE = new Set(["had", "has", "have"]);
const PICKED_DOING = new Set(["winning", "taking", "sweeping", "losing", "repeating", "prevailing"]);
/** Subjects of "had F winning" that are a night, not someone picking ("The 82nd Academy Awards had X winning"). */
const NIGHT_WORDS = new Set(["night", "ceremony", "show", "year", "evening", "awards", "oscars", "telecast"]);

/** "A critic had F winning", "most had X taking": a pick, at unit k (not a night that had X winning). */
export function pickedAt(units: Unit[], k: number): boolean {
  if (!HAVE.has(units[k]?.text ?? "") || !units[k + 1]?.mention || !PICKED_DOING.has(units[k + 2]?.text ?? ""))
    return false;
  // ("Every poll that year had X winning" is a pick; "The 82nd Academy Awards had X winning", "the night had …" not.)
  const by = units[k - 1];
  const night = by?.mention?.kind === "ceremony" || (NIGHT_WORDS.has(by?.text ?? "") && units[k - 2]?.text === "the");
  return !!by && !night;
}

/** Words opening a clause with an adjunct set off by a comma ("With no fuss, …", "Despite the snub, …"). */
const ASIDE_OPENERS_AT_START = new Set(["with", "despite", "in", "for", "after", "amid", "among", "unlike", "like"]);

/** The next comma after unit k inside the clause, or -1. */
function commaAfter(units: Unit[], k: number, to: number): number {
  for (let i = k + 1; i < to; i++) if (units[i].text === ",") return i;
  return -1;
}

/** "As (virtually) everyone expected, X won": the hedge word reports that it happened. */
function asExpected(units: Unit[], clause: Pick<Clause, "from" | "to">, k: number): boolean {
  if (units[clause.from]?.text !== "as" || k - clause.from > 4) return false;
  for (let j = k + 1; j < clause.to && j <= k + 2; j++) if (units[j].text === ",") return true;
  return false;
}

/**
 * "Two years later, X won C, and Y won D", "The following year, …": a sentence that opens by moving off
 * the night it inherits says no night of its own; none of its clauses is pinned to the inherited one.
 */
function shiftedOpening(units: Unit[]): boolean {
  let comma = 0;
  while (comma < units.length && comma <= 6 && units[comma].text !== ",") comma++;
  return units[comma]?.text === "," && relativeYears(units, { from: 0, to: comma }) !== 0;
}

/** "won the visual effects award six times", "twice": several nights, none of them the article's alone. */
function manyTimes(units: Unit[], clause: Clause, c: number): boolean {
  for (let k = c + 1; k < clause.to && k <= c + 6; k++) {
    const t = units[k].text;
    if (CAREER_TIMES.has(t) && (t !== "times" || (numberValue(units[k - 1].text) ?? 0) >= 2)) return true;
  }
  // ("a three-time winner of the supporting award", "a two-time best actress winner": a career's tally.)
  if (timesWinner(units, clause, c)) return true;
  // ("X won four Academy Awards for best actress": a tally of the category over a career.)
  let k = c - 1;
  if (units[k]?.text === "for") k--;
  else return false;
  if (/^(?:awards|oscars|statuettes|trophies)$/.test(units[k]?.text ?? "")) k--;
  else return false;
  if (units[k]?.text === "academy") k--;
  return (numberValue(units[k]?.text ?? "") ?? 0) >= 2;
}

/** "N-time winner of (the) C" or "N-time C winner" around the category at c (N of two or more). */
function timesWinner(units: Unit[], clause: Clause, c: number): boolean {
  const nTime = (k: number) =>
    units[k]?.text === "time" && units[k - 1]?.text === "-" && (numberValue(units[k - 2]?.text ?? "") ?? 0) >= 2;
  const noun = (k: number) => /^(?:winner|nominee)s?$/.test(units[k]?.text ?? "");
  let k = c - 1;
  if (units[k]?.text === "the") k--;
  if (units[k]?.text === "of" && noun(k - 1) && nTime(k - 2)) return k - 4 >= clause.from;
  return noun(c + 1) && nTime(c - 1);
}

function saysPast(units: Unit[], clause: Clause): boolean {
  for (let k = clause.from; k < clause.to; k++) if (units[k].cue === "past") return true;
  return false;
}

/**
 * Names right after the category: "(X)", "– X", ": X", "went to X", "for X", "winner X".
 * A binder (bracket, dash, colon, "went to") makes them the category's holders.
 */
interface Bound {
  names: Mention[];
  binder: boolean;
  /** Person → the film named with it, in a list of nominees. */
  pairs?: Map<Mention, Mention>;
  /** "C went to X": the names after are the winners, whatever came before the category. */
  wentTo?: boolean;
}

function bindAfter(units: Unit[], clause: Clause, c: number): Bound {
  // "Best Picture and Director wins for X" shares the noun; "Best Screenplay, Best Actor (X)" does not share X.
  const shared = skipCoordinated(units, clause, c + 1);
  let k = WIN_NOUNS.has(units[shared]?.text ?? "") || AWARD_FILLER.has(units[shared]?.text ?? "") ? shared : c + 1;
  while (k < clause.to && (AWARD_FILLER.has(units[k].text) || WIN_NOUNS.has(units[k].text))) k++;
  k = genreEnd(units, clause, k);
  // "has won Best Film Editing three times, for F1, F2 and F3": the count before the films.
  if (units[k + 1]?.text === "times" && /^(?:two|three|four|five|six|seven|\d)$/.test(units[k]?.text ?? "")) k += 2;
  else if (units[k]?.text === "twice" || units[k]?.text === "thrice") k++;
  if (units[k]?.text === "," && units[k + 1]?.text === "for") k++;
  // "Best Cinematography (Color) – X": a bracket without names qualifies the category.
  if (units[k]?.text === "(") {
    let close = k + 1;
    while (close < clause.to && close < k + 6 && units[close].text !== ")" && !isName(units[close])) close++;
    if (units[close]?.text === ")") k = close + 1;
  }
  // "Best Actress at the 96th Academy Awards went to X": the night said between the category and its verb.
  const at = units[k]?.text === "at" || units[k]?.text === "in" ? k + (units[k + 1]?.text === "the" ? 2 : 1) : -1;
  if (at > 0 && units[at]?.mention?.kind === "ceremony" && /^(?:went|goes|was)$/.test(units[at + 1]?.text ?? "")) {
    k = at + 1;
  }
  // ("The animated short that night went to F", "that year": a time said between the category and its verb.)
  if (THAT_TIME.has(unitText(units, k, k + 2)) && /^(?:went|goes)$/.test(units[k + 2]?.text ?? "")) k += 2;
  // "won best actress at the 65th Academy Awards for F", "… in 1993 for F": the night, then the film.
  const night = at > 0 && (units[at]?.mention?.kind === "ceremony" || YEAR.test(units[at]?.text ?? ""));
  if (night && units[at + 1]?.text === "for") k = at + 1;
  // "Best Adapted Screenplay, which went to X": the relative clause names the holder.
  const relative = units[k]?.text === "," && units[k + 1]?.text === "which";
  if (relative && /^(?:went|goes|was)$/.test(units[k + 2]?.text ?? "")) k += 2;
  // "The screenplay wins were also widely predicted: X for F, …": a colon opens the list of holders.
  const colon = colonAfter(units, clause, k);
  if (colon > 0) return { ...listAfter(units, clause, colon + 1), binder: true };
  const t = units[k]?.text;
  let binder = false;
  let wentTo = false;
  // ("… and special effects — and Rex Harrison was nominated": a dash closing an aside, then a new clause.)
  const closesAside = t !== "(" && /^(?:and|but|while)$/.test(units[k + 1]?.text ?? "");
  if (t && BINDERS.has(t) && closesAside) return { names: [], binder: false };
  // ("for its original screenplay — the fewest for a winner since F": a dash before words, not a name, is an
  // aside; a list line's dash is followed by the name.)
  const dash = t === "-" || t === "\u2013" || t === "\u2014";
  if (dash && !isName(units[pastQuotes(units, k + 1)])) return { names: [], binder: false };
  if (t && BINDERS.has(t)) {
    binder = true;
    k++;
  } else if (
    (t === "went" || t === "goes" || t === "was" || t === "were") &&
    units.slice(k, k + 4).some((u) => u.text === "to")
  ) {
    binder = true;
    k = units.findIndex((u, i) => i >= k && u.text === "to") + 1;
    wentTo = true;
    // ("The acting prizes went to two men Nolan has been casting": a group described; a name after it is in the
    // description.)
    if (GROUP_COUNT.test(units[k]?.text ?? "") && PLURAL_PEOPLE.test(units[k + 1]?.text ?? ""))
      return { names: [], binder: false };
    // ("went not to X but to Y": the one after "but to".)
    if (units[k - 2]?.text === "not") {
      const but = units.findIndex((u, i) => i > k && i < clause.to && u.text === "but" && units[i + 1]?.text === "to");
      if (but < 0) return { names: [], binder: false };
      k = but + 2;
    }
  } else if (
    (t === "was" || t === "were") &&
    PASSIVE_WIN.has(units[k + 1]?.text ?? "") &&
    units[k + 2]?.text === "by"
  ) {
    // "Best Actress was won by X", "… was taken by X": the agent is the winner, as after "went to".
    binder = true;
    wentTo = true;
    k += 3;
  } else if (
    LIST_VERBS.has(t ?? "") &&
    /^(?:for|in)$/.test(units[c - 1]?.text ?? "") &&
    FIELD_NOUNS.has(units[c - 2]?.text ?? "")
  ) {
    // "The nominees for Best Director were X, Y and Z".
    binder = true;
    k++;
  } else if ((t === "race" || t === "field" || t === "contenders") && LIST_VERBS.has(units[k + 1]?.text ?? "")) {
    // "Rounding out the Best Picture race were X and Y".
    binder = true;
    k += 2;
  } else if (t === "winner" || t === "winners" || t === "nominee" || t === "nominees" || t === "recipient") {
    binder = true;
    k++;
    // "the best-picture nominees were X, Y and Z", "… nominees included X".
    if (LIST_VERBS.has(units[k]?.text ?? "")) k++;
  } else if (t === "with" && units[c - 1]?.text === "shared" && units[k + 1]?.mention?.kind === "person") {
    // "X shared C with Y for F": Y won it too, and F is the film it was for.
    const partners = coordinated(units, k + 1, clause.to + 1);
    let j = units.findIndex((u) => u.mention === partners[partners.length - 1]) + 1;
    if (units[j]?.text !== "for") return { names: partners, binder: false };
    j = pastQuotes(units, j + 1);
    const film = units[j]?.mention?.kind === "film" ? [units[j].mention!] : [];
    return { names: [...partners, ...film], binder: false };
  } else if (t === "for" || t === "in") {
    const at = ++k;
    while (k < clause.to && WORK_FILLER.has(units[k].text)) k++;
    // "for John Ford's 'Stagecoach'": the possessor is the film's maker, not the holder.
    if (units[k]?.mention?.kind === "person" && units[k + 1]?.text === "'s") {
      let f = k + 2;
      while (f < clause.to && QUOTES.has(units[f].text)) f++;
      if (units[f]?.mention?.kind === "film") return { names: [units[f].mention!], binder: false };
    }
    // "for Netflix's 'Ma Rainey's Black Bottom'": a studio's possessive before the film.
    if (!units[k]?.mention && /^[a-z0-9]+$/.test(units[k]?.text ?? "") && units[k + 1]?.text === "'s") {
      let f = k + 2;
      while (f < clause.to && QUOTES.has(units[f].text)) f++;
      if (units[f]?.mention?.kind === "film") return { names: [units[f].mention!], binder: false };
    }
    const u = units[k];
    // "F won three Oscars, and X won Best Adapted Screenplay for it": the film "it" stands for.
    if (u?.text === "it" && k === at) {
      // (The one film the sentence named before, subject or object: "…for The Treasure of the Sierra
      // Madre, which was directed by John Huston, who won Best Director for it".)
      const film = antecedent(units, k, "film") ?? onlyFilmBefore(units, k, false);
      // ("X, nominated once before for F, finally won for it": a film of another time is not "it".)
      if (film && toldEarlier(units, film)) return { names: [], binder: false };
      if (film) return { names: [film], binder: false };
    }
    // "for his portrayal of Bob Dylan": a person after such words is the character.
    const ok = isName(u) && (u.mention!.kind === "film" || k === at);
    // "for Morning Glory, Little Women and On Golden Pond": each film of a list.
    if (ok && u.mention!.kind === "film") return { names: coordinated(units, k, clause.to + 1), binder: false };
    // ("the acting and directing wins for A, B and C": which won which is not said.)
    // (Not a possessor after the comma: "wins for Chloe Zhao, Jane Campion's Western …".)
    if (ok && pairedUnsaid(units, clause, c, k)) return { names: [], binder: false };
    if (ok) return { names: [u.mention!], binder: false };
    // "for her role as a frustrated Army wife in 'Nell'": the film after "in", further on.
    return { names: filmIn(units, clause, k), binder: false };
  } else {
    return { names: [], binder: false };
  }
  // "the nominees were read by X", "… were announced by X": after the verb of a list, the list itself.
  if (LIST_VERBS.has(units[k - 1]?.text ?? "") && !namesNext(units, k)) return { names: [], binder: false };
  return { ...listAfter(units, clause, k), binder, wentTo };
}

const GROUP_COUNT = /^(?:two|three|four|five|both)$/;
const PLURAL_PEOPLE = /^(?:men|women|people|actors|actresses|performers|newcomers|veterans|directors|writers)$/;
const GENRES = new Set(["drama", "dramatic", "musical", "comedy"]);
const GENRE_LEAD = new Set(["in", "-", "\u2013", "\u2014", ","]);
const GENRE_TAIL = new Set(["film", "movie", "feature", "category", "motion", "picture", "series"]);

/**
 * "Best Actor in a Musical or Comedy", "Best Picture – Drama", "best actress in a drama film":
 * the Golden Globes' genre is part of the category's name, so binders after it still bind.
 */
function genreEnd(units: Unit[], clause: Clause, k: number): number {
  if (!GENRE_LEAD.has(units[k]?.text ?? "")) return k;
  let j = units[k].text === "," && units[k + 1]?.text === "in" ? k + 2 : k + 1;
  if (units[j - 1].text === "in" && /^(?:a|an|the)$/.test(units[j]?.text ?? "")) j++;
  if (units[j]?.text === "motion" && units[j + 1]?.text === "picture") j += 2;
  if (!GENRES.has(units[j]?.text ?? "")) return k;
  j++;
  if (units[j]?.text === "or" && GENRES.has(units[j + 1]?.text ?? "")) j += 2;
  while (j < clause.to && GENRE_TAIL.has(units[j].text) && !units[j].mention) j++;
  // "Best Actress, in a drama film, went to X": the comma closing the aside goes with it.
  if (units[k].text === "," && units[j]?.text === ",") j++;
  return j;
}

/** A name opens the words at k, past quotes, a colon and a few describing words ("were blockbusters X"). */
function namesNext(units: Unit[], k: number): boolean {
  for (let words = 0; k < units.length; k++) {
    const u = units[k];
    if (isName(u)) return true;
    if (QUOTES.has(u.text) || u.text === ":") continue;
    // "read by X", "announced by X": a preposition makes X no item of the list.
    if (u.mention || u.cue || OBJECT_BEFORE.has(u.text) || !/^[a-z-]+$/.test(u.text) || ++words > 3) return false;
  }
  return false;
}

/** "… wins were also widely predicted: …": a colon a few plain words after the category's noun. */
function colonAfter(units: Unit[], clause: Clause, k: number): number {
  if (!/^(?:was|were|are|is)$/.test(units[k]?.text ?? "")) return -1;
  for (let i = k + 1; i < clause.to && i <= k + 6; i++) {
    if (units[i].text === ":") return i;
    if (units[i].mention || units[i].cue === "neg" || !/^[a-z]+$/.test(units[i].text)) return -1;
  }
  return -1;
}

/**
 * The names of a list after a binder: "X (F), Y (G) and Z (H)", "X and Y", "X, Y". Each
 * person is paired with the film right after it ("Jessica Lange ('Country')").
 */
/** "Y for (the) comedy direction": the name at k is followed by "for" and a category of its own. */
function ownCategoryAfter(units: Unit[], clause: Clause, k: number): boolean {
  // ("…, and Robert Downey Jr. Best Supporting Actor": the category itself may follow, gapped.)
  const next = units[k + 1]?.text === "." ? k + 2 : k + 1;
  if (units[next]?.mention?.kind === "category") return true;
  if (units[k + 1]?.text !== "for") return false;
  for (let j = k + 2; j < clause.to && j <= k + 5; j++) {
    if (units[j].mention?.kind === "category") return true;
    if (!PLAIN_WORD.test(units[j].text)) return false;
  }
  return false;
}

function listAfter(units: Unit[], clause: Clause, from: number): { names: Mention[]; pairs: Map<Mention, Mention> } {
  const names: Mention[] = [];
  const pairs = new Map<Mention, Mention>();
  let person: Mention | undefined;
  let team: Mention[] = [];
  for (let k = from; k < clause.to && k < from + 40; k++) {
    const u = units[k];
    if (u.mention?.kind === "category") break;
    if (u.text === "," || u.text === ")") {
      // The list goes on only with another name ("X (F), Y (G) and Z").
      let j = k + 1;
      while (
        j < clause.to &&
        (units[j].text === "," || units[j].text === ")" || units[j].text === "and" || QUOTES.has(units[j].text))
      )
        j++;
      // A list of films may describe each ("X, the dark comedy Y, the German war epic Z").
      const described = u.text === "," && names.length > 0 && names.every((m) => m.kind === "film");
      const next = described ? describedName(units, clause, j) : -1;
      if (next > 0) {
        k = next - 1;
        continue;
      }
      if (!isName(units[j]) || units[j].mention!.kind !== "person" || names.length === 0) {
        if (u.text === "," && !isName(units[k + 1])) break;
        if (u.text === ")") break;
      }
      continue;
    }
    if (!isName(u)) continue;
    const m = u.mention!;
    // ("X won C1 (F), and Y for C2": a name with a category of its own opens a gapped conjunct.)
    if (names.length > 0 && ownCategoryAfter(units, clause, k)) break;
    // ('X won C1 for "F," "G" won C2': a name before a verb of its own is that verb's subject.)
    if (names.length > 0 && ownVerbAfter(units, pastQuotes(units, k + 1))) break;
    // "John Ford's 'Stagecoach'": the possessor names the film's maker, not a holder.
    if (m.kind === "person" && units[k + 1]?.text === "'s") continue;
    names.push(m);
    if (m.kind === "person") {
      // "Brian Helgeland & Curtis Hanson for F": partners share their film.
      // (Not "X as C and Y as D in F": roles between make them no partners.)
      const joined = (units[k - 1]?.text === "&" || units[k - 1]?.text === "and") && units[k - 2]?.mention === person;
      if (person && joined && !pairs.has(person)) team.push(person);
      else team = [];
      person = m;
    } else if (person && !pairs.has(person)) {
      pairs.set(person, m);
      for (const p of team) if (!pairs.has(p)) pairs.set(p, m);
      team = [];
    }
  }
  return { names, pairs };
}

const COMPETE = new Set(["competed", "competing", "compete", "competes", "vied", "vying"]);
const LIST_VERBS = new Set(["were", "are", "was", "included", "include", "includes"]);
/** The field a list names: "the nominees for C were …". */
const FIELD_NOUNS = new Set(["nominees", "winners", "contenders", "finalists", "nominations"]);

/** After a comma in a list of films: a few lowercase words describing the next film, then it. */
function describedName(units: Unit[], clause: Clause, from: number): number {
  for (let k = from; k < clause.to && k < from + 6; k++) {
    const u = units[k];
    if (u.mention) return u.mention.kind === "film" ? k : -1;
    if (QUOTES.has(u.text)) continue;
    if (u.cue || u.text === "," || !/^[a-z-]+$/.test(u.text)) return -1;
  }
  return -1;
}

function listNight(v: SentenceView, films: Mention[]): number | undefined {
  const votes = new Map<number, number>();
  for (const f of films) for (const c of v.kb.ceremoniesOfFilm(f.ids[0])) votes.set(c, (votes.get(c) ?? 0) + 1);
  const [best] = [...votes].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 2 && best[1] > films.length / 2 ? best[0] : undefined;
}

/** The one night at which every listed name (any of its readings) competed in the category. */
function commonNight(v: SentenceView, names: Mention[], key: string): number | undefined {
  let common: Set<number> | undefined;
  for (const m of names) {
    const nights = new Set<number>();
    for (const id of m.ids) {
      const rows = m.kind === "film" ? v.kb.nominationsOfFilm(id) : v.kb.nominationsOfPerson(id);
      for (const i of rows) if (recordIn(v.kb, key, i)) nights.add(v.kb.data.nominations.ceremony[i]);
    }
    common = common ? new Set([...common].filter((n) => nights.has(n))) : nights;
    if (!common.size) return undefined;
  }
  return common?.size === 1 ? [...common][0] : undefined;
}

/** "for her role as a frustrated Army wife in 'Nell'": the film named further on, after "in". */
function filmIn(units: Unit[], clause: Clause, from: number): Mention[] {
  for (let k = from; k < clause.to && k < from + 12; k++) {
    const u = units[k];
    if (u.mention?.kind === "category" || u.mention?.kind === "person") return [];
    // "for playing C, five years after he won for F": a film of another time or another verb.
    if (TIME_SHIFT.has(u.text) || u.cue === "win" || u.cue === "nominate") return [];
    if (u.mention?.kind === "film")
      return units[k - 1]?.text === "in" || QUOTES.has(units[k - 1]?.text) ? [u.mention] : [];
  }
  return [];
}

/** Verbs of arriving at a night ("went into the night", "came in", "headed into Sunday") with what it holds. */
const ARRIVING = new Set([
  ...["went", "came", "headed", "entered", "walked", "arrived"],
  ...["goes", "comes", "heads", "enters"],
]);
/** A verb of arriving at `verb` whose own "with" comes before `q`, in one stretch ("went into the night with"). */
function arrivesWith(units: Unit[], verb: number, q: number): boolean {
  if (!ARRIVING.has(units[verb]?.text ?? "") || units[q - 1]?.text !== "with") return false;
  return units.slice(verb + 1, q).every((u) => u.text !== "," && u.text !== "as" && !u.mention && !u.cue);
}
const ADVERBS = new Set(["also", "then", "later", "eventually", "ultimately", "finally", "subsequently"]);
/** Qualifiers between a category and its noun ("Best Picture – Drama nom", "(Color) win"). */
const QUALIFIERS = new Set(["-", "(", ")", "drama", "comedy", "musical", "or", "color", "colour", "black-and-white"]);
const RELATIVE = new Set(["which", "who", "that", "whose"]);

/** The unit before k, passing over opening quotes. */
/** The word before unit k, past quotes. */
export function before(units: Unit[], k: number): string | undefined {
  let i = k - 1;
  while (i >= 0 && QUOTES.has(units[i].text)) i--;
  return units[i]?.text;
}

function nameBeforeBinder(units: Unit[], clause: Clause, c: number): Mention | undefined {
  if (!BINDERS.has(units[c - 1]?.text ?? "") || units[c - 1].text === "(") return undefined;
  let k = c - 2;
  if (units[k]?.text === ")") {
    while (k > clause.from && units[k].text !== "(") k--;
    k--;
  }
  return k >= clause.from && isName(units[k]) ? units[k].mention : undefined;
}

/** "Sandra Bullock, Best Actress for The Blind Side": an appositive category with its film names its holder. */
function appositiveBefore(units: Unit[], clause: Clause, c: number): Mention | undefined {
  const appositive = units[c - 1]?.text === "," && units[c + 1]?.text === "for" && hasFilmAfter(units, clause, c + 2);
  if (appositive && units[c - 2]?.mention?.kind === "person") return units[c - 2].mention;
  return describedAs(units, clause, c);
}

/** "Kramer vs. Kramer, the 1980 best picture winner, …", "X, 1980's best actor nominee,": a name described. */
function describedAs(units: Unit[], clause: Clause, c: number): Mention | undefined {
  const noun = units[c + 1]?.text ?? "";
  if (!/^(?:winner|nominee)$/.test(noun) || !/^[,;)]$|^$/.test(units[c + 2]?.text ?? "")) return undefined;
  let k = c - 1;
  if (units[k]?.text === "'s" && YEAR.test(units[k - 1]?.text ?? "")) k -= 2;
  else if (YEAR.test(units[k]?.text ?? "")) k--;
  if (units[k]?.text === "the") k--;
  if (units[k]?.text !== "," || k <= clause.from) return undefined;
  k--;
  while (k > clause.from && QUOTES.has(units[k].text)) k--;
  return isName(units[k]) ? units[k].mention : undefined;
}

function hasFilmAfter(units: Unit[], clause: Clause, from: number): boolean {
  for (let k = from; k < clause.to && k < from + 8; k++) {
    if (units[k].mention?.kind === "film") return true;
    if (units[k].mention || units[k].text === ",") return false;
  }
  return false;
}

/** The name after the comma that closes an opening participial phrase ("Accepting C, filmmaker X …"). */
function participleSubject(units: Unit[], clause: Clause, q: number, c: number) {
  // The participle opens the clause, or follows an opening phrase's comma ("At the 93rd …, accepting").
  const opens = q === clause.from || (units[q - 1]?.text === "," && !units.slice(clause.from, q).some(isName));
  if (!/ing$/.test(units[q].text) || !opens) return undefined;
  let k = c + 1;
  while (k < clause.to && k < c + 8 && units[k].text !== ",") if (units[k++].mention) return undefined;
  if (units[k]?.text !== ",") return undefined;
  // A role noun may stand before the name ("filmmaker", "director", "actress").
  for (let i = k + 1; i < clause.to && i <= k + 3; i++) {
    const m = units[i].mention;
    if (m?.kind === "person") return { mentions: [m], coref: false };
    if (m || !/^[a-z-]+$/.test(units[i].text)) return undefined;
  }
  return undefined;
}

const PLAIN_WORD = /^(?!(?:for|and)$)[a-z-]+$/;

/** "… , Y color costume design": the half of a split category said before it, passed over to Y. */
function pastHalf(units: Unit[], k: number): number {
  if (/^colou?r$/.test(units[k]?.text ?? "")) return k - 1;
  const bw =
    units[k]?.text === "white" &&
    units
      .slice(k - 4, k)
      .map((u) => u.text)
      .join(" ") === "black - and -";
  return bw ? k - 5 : k;
}

/**
 * Gapping: "X won C1 for F1 and Y for his original script, F2": the verb is left out of the
 * second conjunct, whose own subject stands right after "and", before "for (his) C2".
 */
function gapped(v: SentenceView, units: Unit[], clause: Clause, c: number): Mention | null | undefined {
  // "… and Y for (his) C2", and with no "for": "X took editing and Y the costume design",
  // "X won best actor for F1, Y best actress for F2".
  // ("… and Y for the color cinematography": a few plain words may stand between "for" and the category.)
  let k = c - 1;
  for (let s = 0; s < 3 && k > clause.from && PLAIN_WORD.test(units[k].text) && !units[k].cue; s++) k--;
  // (A later category of the conjunct's list: "the former for C1, C2 and C3".)
  let j = c - 1;
  while (j > clause.from && (units[j].text === "," || units[j].text === "and" || units[j].mention?.kind === "category"))
    j--;
  // (So after a gapped count: "…, and Moonlight just three, for best picture, supporting actor and C3".)
  const counted = units[j - 1]?.text === "," && SMALL_COUNT.test(units[j - 2]?.text ?? "");
  if (units[j]?.text === "for" && (/^(?:former|latter)$/.test(units[j - 1]?.text ?? "") || counted) && j < c - 1) k = j;
  else if (units[k]?.text !== "for") {
    k = pastHalf(units, c - 1);
    if (/^(?:his|her|their|its|the|a|an)$/.test(units[k]?.text ?? "")) k--;
    if (units[k]?.text !== "for") k++;
  }
  const cue = cueIndexBefore(units, clause, c);
  if (cue < 0) return undefined;
  // Back over the second conjunct's subject to its "and": a name we know, or capitalised words.
  // ('… and "Avatar: The Way of Water" for visual effects': quotes around the name pass.)
  let q = k - 1;
  while (q > cue && QUOTES.has(units[q].text)) q--;
  // ("… and Robert Downey Jr. Best Supporting Actor": the full stop of an abbreviation.)
  if (units[q]?.text === "." && units[q - 1]?.mention?.kind === "person") q--;
  // ("… and Amy Madigan (Weapons) Best Supporting Actress": the film in brackets after the name is passed over.)
  if (units[q]?.text === ")") {
    let r = q - 1;
    while (r > cue && r > q - 8 && units[r].text !== "(") r--;
    if (units[r]?.text === "(" && isName(units[r - 1])) q = r - 1;
  }
  // ("… and Y, who played Nash's wife, for C": a relative clause on the second subject is passed over.)
  if (units[q]?.text === ",") {
    let r = q - 1;
    while (r > cue && units[r].text !== ",") r--;
    // ("… and Hannah Beachler, another Coogler regular, for C": so is an appositive set off by commas.)
    const appositive = /^(?:a|an|another|the|his|her|their)$/.test(units[r + 1]?.text ?? "") && isName(units[r - 1]);
    if (r > cue && (relativeAfter(units, r) || appositive)) q = r - 1;
  }
  // ("…, X and his decorators for C": the companions named after the name share its conjunct.)
  if (/^(?:his|her|their)$/.test(units[q - 1]?.text ?? "") && units[q - 2]?.text === "and" && isName(units[q - 3]))
    if (PLAIN_WORD.test(units[q].text) && q - 3 > cue) q -= 3;
  // ("…, and the visual-effects team, who …, for C": a subject described, not named, is someone we do not know.)
  if (describedConjunct(units, q, cue)) return null;
  // ("…, and Arrival just one, for C": the count the gapped verb took stands between the subject and "for".)
  if (units[q]?.text === "," && units[k]?.text === "for" && SMALL_COUNT.test(units[q - 1]?.text ?? "")) {
    const r = /^(?:just|only|also)$/.test(units[q - 2]?.text ?? "") ? q - 3 : q - 2;
    if (isName(units[r]) && r > cue) q = r;
  }
  // ("F1 and F2 each won three, the former for C1, C2 and C3": the one of the pair it names.)
  if ((units[q]?.text === "former" || units[q]?.text === "latter") && units[q - 1]?.text === "the") {
    const named = lastPair(units, q - 1)?.[units[q].text === "former" ? 0 : 1];
    return named ? { ...named, start: units[q - 1].start, end: units[q].end } : null;
  }
  let n = q;
  // (Capitalised words, a possessive among them: "… and Pixar's Soul Best Animated Feature".)
  const capital = (u: Unit) => u.text === "'s" || /^\p{Lu}/u.test(v.text.slice(u.start, u.end));
  while (n > cue && !units[n].mention && capital(units[n]) && n > q - 4) n--;
  const m = units[q]?.mention;
  const named = m?.kind === "person" || m?.kind === "film";
  let start = named ? q : n + 1;
  // ("… and Pixar's Soul Best Animated Feature": a maker's possessive before the name.)
  if (named && units[start - 1]?.text === "'s" && !units[start - 2]?.mention) start -= 2;
  while (start - 1 > cue && QUOTES.has(units[start - 1].text)) start--;
  // ("…, and A, B and the set decorator C for production design": a job set before a name with "the".)
  if (named) {
    let d = start - 1;
    while (d > cue && d > start - 4 && PLAIN_WORD.test(units[d].text) && !units[d].cue && units[d].text !== "the") d--;
    if (d < start - 1 && units[d]?.text === "the" && d - 1 > cue) start = d;
  }
  // ("… and the sound team led by Y for C", "… and F's sound department under Y for C": the one who leads the
  // team named stands for it.)
  const ledBy =
    (units[start - 1]?.text === "by" && /^(?:led|headed)$/.test(units[start - 2]?.text ?? "")) ||
    (units[start - 1]?.text === "under" && CREW.test(units[start - 2]?.text ?? ""));
  const glued = units[start - 1]?.text === "and" || units[start - 1]?.text === "," || ledBy;
  if (start > q || !glued || start - 1 <= cue) return undefined;
  // Without "for", a known name only: "… and Y the C"; capitalised words we do not know are someone
  // else's ("…, and Xyz Best Picture"), never the first conjunct's subject.
  if (!named && units[k]?.text !== "for") return n < q ? null : undefined;
  return named ? m : null;
}

/** Nouns of a group of people a gapped conjunct may name for its subject, beside CREW's ("the effects team"). */
const GROUP_NOUNS = new Set([
  ...["group", "duo", "trio", "unit", "pair", "partners", "collaborators", "writers", "designers", "mixers"],
  ...["editors", "makers", "producers"],
]);

/** The gapped conjunct's subject ending at q is "the" and plain words (or a category) right after ", and". */
function describedConjunct(units: Unit[], q: number, cue: number): boolean {
  const noun = units[q]?.text ?? "";
  if (!GROUP_NOUNS.has(noun) && !CREW.test(noun)) return false;
  let d = q - 1;
  while (d > q - 5 && (PLAIN_WORD.test(units[d]?.text ?? "") || units[d]?.mention?.kind === "category")) d--;
  if (!DETERMINER.has(units[d]?.text ?? "") && !DETERMINER.has(units[d + 1]?.text ?? "")) return false;
  const at = DETERMINER.has(units[d]?.text ?? "") ? d : d + 1;
  return at - 1 > cue && (units[at - 1].text === "and" || units[at - 1].text === ",");
}

const SMALL_COUNT = /^(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/;

/** "named Belfast as Best Picture", "crowned X as C": the name before "as" holds the category. */
function namedAs(units: Unit[], clause: Clause, c: number): Mention | undefined {
  if (units[c - 1]?.text !== "as") return undefined;
  let k = c - 2;
  while (k > clause.from && QUOTES.has(units[k].text)) k--;
  return isName(units[k]) ? units[k].mention : undefined;
}

/** Nouns of a nomination or win denied: "absence from", "omission from", "exclusion from". */
const DENIAL_NOUNS = new Set(["absence", "omission", "exclusion", "snub", "shutout", "exit", "ouster"]);

/** "for about two minutes", "for a few seconds": how briefly something held. */
const ABOUT = String.raw`(?:about |around |roughly |nearly |barely |just |only |all of )?`;
// (Not "five minutes of screen time": the length of a part, not how long a win held.)
const MOMENTARY = new RegExp(String.raw`^for ${ABOUT}(?:a few|two|three|a couple of) (?:seconds|minutes)\b(?! of\b)`);

/** The words after the category at c say it held only a moment. */
function momentary(units: Unit[], c: number): boolean {
  const after = units.slice(c + 1, c + 6).map((u) => u.text);
  return MOMENTARY.test(after.join(" "));
}

/** "absence from the C shortlist", "omission from C": a denial noun, then "from", right before the category. */
function deniedCategory(units: Unit[], clause: Clause, c: number): boolean {
  for (let k = c - 1; k > clause.from && k >= c - 3; k--)
    if (units[k].text === "from") return DENIAL_NOUNS.has(units[k - 1].text);
  return false;
}

/** "Zhao's Best Director win", "Nomadland's Best Picture", "Sorvino's win for best supporting actress". */
function possessiveBefore(units: Unit[], clause: Clause, c: number): Mention | undefined {
  // ("Gerwig's solo directing debut", "her best actress campaign": the category describes another noun.)
  if (ATTRIBUTIVE_OF.has(units[c + 1]?.text ?? "")) return undefined;
  // ("F's four wins included best picture and director": categories listed after a tally pass;
  // "X's supporting actress prize and original song" gives X only the first.)
  let reach = 4;
  for (let k = c - 1; k >= clause.from && k >= c - reach; k--) {
    if (units[k].mention?.kind === "category" || units[k].text === "and" || units[k].text === ",") reach++;
    // ("won for X's supporting performance and its adapted screenplay": a pronoun owns the category.)
    if (OWNING_PRONOUNS.has(units[k].text) && /^(?:and|,)$/.test(units[k - 1]?.text ?? "")) return undefined;
    if (units[k].text === "'s" && isName(units[k - 1])) {
      // ("two wins, Saldaña's and the original song": a possessive standing alone owns no later item.)
      if (units[k + 1]?.text === "and" || units[k + 1]?.text === ",") return undefined;
      const tally = /^(?:\d+|[a-z]+)$/.test(units[k + 1]?.text ?? "") && TALLY_NOUNS.has(units[k + 2]?.text ?? "");
      const listed = units.slice(k + 1, c).some((u) => u.mention?.kind === "category");
      return listed && !tally && !TALLY_NOUNS.has(units[k + 1]?.text ?? "") ? undefined : units[k - 1].mention;
    }
    const ofNoun = units[k].text === "for" || POSSESSED_NOUNS.has(units[k].text) || /^includ/.test(units[k].text);
    if (isName(units[k]) || (units[k].cue && !ofNoun)) return undefined;
    // "X's wife was a C nominee", "X's wife, a C nominee": the possessed noun is the subject.
    if (COPULAS.has(units[k].text) || units[k].text === ",") return undefined;
  }
  return undefined;
}

/** The one film the one person named before k (on the sentence's stated night) competed with, as "the film". */
function personsFilmBefore(v: SentenceView, units: Unit[], k: number): Mention | undefined {
  const night = units.slice(0, k).find((u) => u.mention?.kind === "ceremony" && !u.mention.implicit)?.mention;
  const people = units.slice(0, k).filter((u) => u.mention?.kind === "person" && u.mention.ids.length === 1);
  if (!night || night.ids.length !== 1 || new Set(people.map((u) => u.mention!.ids[0])).size !== 1) return undefined;
  const nom = v.kb.data.nominations;
  const rows = v.kb.nominationsOfPerson(people[0].mention!.ids[0]).filter((i) => nom.ceremony[i] === night.ids[0]);
  const films = [...new Set(rows.flatMap((i) => nom.films[i]))];
  if (films.length !== 1) return undefined;
  const said = { start: units[k - 1].start, end: units[k].end };
  return { ...people[0].mention!, ...said, kind: "film", ids: films, text: v.text.slice(said.start, said.end) };
}

const OWNING_PRONOUNS = new Set(["its", "his", "her", "their"]);

/** Right before the verb at q, a quoted run of plain words that names nothing we know. */
function unknownQuotedBefore(units: Unit[], clause: Clause, q: number): boolean {
  if (!QUOTES.has(units[q - 1]?.text ?? "")) return false;
  for (let j = q - 2; j > clause.from && j >= q - 10; j--) {
    if (QUOTES.has(units[j].text)) return j < q - 2 && !units[j - 1]?.mention;
    if (units[j].mention || !/^[a-z0-9'-]+$/.test(units[j].text)) return false;
  }
  return false;
}

/** "The 1963 epic …": the last film named, in its version of that year; null when it has none of that year. */
function datedDescription(v: SentenceView, units: Unit[], clause: Clause, q: number): Mention | null | undefined {
  const k = clause.from;
  const year = units[k]?.text === "the" && YEAR.test(units[k + 1]?.text ?? "") ? units[k + 1].text : "";
  if (!year || !FILM_COREF.has(units[k + 2]?.text ?? "") || k + 3 > q) return undefined;
  const last = v.prior.lastFilm();
  if (!last) return undefined;
  const kb = v.kb;
  // (A film of a year competes at the night held that year or the next.)
  const held = (i: number) => kb.view(i).year - Number(year);
  // (Of every film of that title: the one named may have been placed on another year's night already.)
  const namesakes = [...new Set(last.ids.flatMap((id) => kb.filmsTitled(kb.data.films[id].title)))];
  const ofYear = namesakes.filter((id) => kb.nominationsOfFilm(id).some((i) => held(i) === 0 || held(i) === 1));
  return ofYear.length === 1 ? { ...last, ids: ofYear } : null;
}

/** "it was F (, …,) that V": the name right after "it was" when "that" or "who" stands right before the verb. */
function cleftFocus(units: Unit[], clause: Clause, q: number): Mention | undefined {
  if (!/^(?:that|who|which)$/.test(units[q - 1]?.text ?? "")) return undefined;
  for (let i = clause.from; i < q - 2; i++) {
    if (units[i].text !== "it" || !/^(?:was|is|'s)$/.test(units[i + 1]?.text ?? "")) continue;
    const m = units[pastQuotes(units, i + 2)]?.mention;
    return m?.kind === "film" || m?.kind === "person" ? m : undefined;
  }
  return undefined;
}

/** Nouns a category may describe without naming an award: "directing debut", "acting career". */
const ATTRIBUTIVE_OF = new Set([
  ...["debut", "career", "duties", "chops", "credit", "credits", "ambitions", "style", "effort", "efforts", "talent"],
  ...["talents", "skills", "partner", "team", "stint", "job", "campaign", "hopes", "chances"],
  ...["prospects", "dreams", "bid", "push", "slot", "field", "race", "contenders", "hopefuls"],
]);
const TALLY_NOUNS = new Set(["wins", "victories", "nominations", "nods", "oscars", "awards"]);

/** Nouns between a possessive name and "for C" that name the award itself. */
// ("F's four wins included C": the possessor's tally names the category.)
const POSSESSED_NOUNS = new Set(["win", "victory", "nomination", "nod", "oscar", "award", ...TALLY_NOUNS]);

/**
 * "than" after the last name before the category, with no pause between: what follows it is the thing compared
 * ("more nominations than the countries competing for C"; not "more than any other film: C, …").
 */
function comparedAfterName(units: Unit[], clause: Clause, c: number): boolean {
  for (let k = c - 1; k >= clause.from; k--) {
    if (units[k].text === "than") return true;
    if (isName(units[k]) || /^[,:;-]$/.test(units[k].text)) return false;
    // ("more surprised than anyone to win best actress": the infinitive is the subject's own.)
    if (units[k].text === "to" && units[k + 1]?.cue === "win") return false;
  }
  return false;
}

/** Prepositions whose object a possessed title is ("opposite X's F"): never the verb's subject. */
const PREPOSITIONS = new Set(["opposite", "alongside", "with", "in", "of", "from", "to", "starring", "featuring"]);

/** The mention stands between two dashes, both before unit k. */
function inDashedAside(units: Unit[], m: Mention, k: number): boolean {
  const i = units.findIndex((u) => u.mention === m);
  if (i < 0) return false;
  let open = false;
  for (let d = i - 1; d >= 0 && !open; d--) open = !!units[d].dash;
  if (!open) return false;
  for (let d = i + 1; d < k; d++) if (units[d].dash) return true;
  return false;
}

/**
 * A dashed aside that names the subject: names only ("The Daniels — Daniel Kwan and Daniel Scheinert —"), or a
 * description ending on a person ("— a 28-year-old Emma Stone —") with no clause or comparison of its own.
 */
function namingAside(units: Unit[], open: number, close: number): boolean {
  const inside = units.slice(open + 1, close);
  if (inside.every((u) => isName(u) || u.text === "," || u.text === "and")) return true;
  const own = (u: Unit) => !!u.cue || RELATIVE.has(u.text) || /^(?:of|than|ahead|like)$|ing$/.test(u.text);
  return inside[inside.length - 1]?.mention?.kind === "person" && !inside.some(own);
}

/** The dash opening the aside a dash at p closes, in the clause; -1 when none. */
function dashBefore(units: Unit[], clause: Clause, p: number): number {
  for (let k = p - 2; k > clause.from; k--) if (units[k].dash) return k;
  return -1;
}

/**
 * The subject of the verb at unit q: the nearest person or film before it that is not the
 * object of a preposition, with those coordinated with it ("X and Y were nominated");
 * else "it", "the film", "she" for the film or person the draft was last about.
 */
/** What a person may own that wins in its own name: "X's studio", "X's company". */
const OWNED_BODIES = new Set(["studio", "company", "outfit", "firm", "label", "team", "crew", "family"]);

/** null: the subject is a thing we do not know ("''Gump,'' which won ..."): nobody else may be read as it. */
export function subjectBefore(
  v: SentenceView,
  units: Unit[],
  clause: Clause,
  q: number,
  /** A count's holder: a pronoun opening the clause on a verb of arriving reaches its "with N". */
  arriving = false,
): { mentions: Mention[]; coref: boolean; described?: boolean } | null | undefined {
  // ('…, and "My Heart Will Go On" wins best original song': a quoted title we do not know is the subject.)
  if (unknownQuotedBefore(units, clause, q)) return null;
  // "it was The Lost Weekend, …, that won him Oscars": a cleft's focus is the verb's subject.
  const focus = cleftFocus(units, clause, q);
  if (focus) return { mentions: [focus], coref: false };
  // "... and swept up eight nominations": the verb shares the subject of an earlier verb we may not know.
  let p = q - 1;
  // ("… and was nominated for F": an auxiliary may stand between "and" and the verb.)
  while (p > clause.from && (ADVERBS.has(units[p].text) || AUXILIARIES.has(units[p].text))) p--;
  if (units[p]?.text === "and" && !isName(units[p - 1])) return sharedSubject(v, units, clause, p);
  // ("Sinners — the most nominated film, ahead of La La Land — finished with four": a dashed aside before the
  // verb says nothing of its subject.)
  // ("F won C—Benigni, as Guido, clambering over the seats—while also being nominated for C2": or before a
  // conjunction and a participle that go on with the clause's subject.)
  let j = p;
  while (j > clause.from && (units[j].text === "being" || ADVERBS.has(units[j].text))) j--;
  const d = PARTICIPLE_AFTER_DASH.has(units[j]?.text ?? "") && participleIn(units, j + 1, q + 1) ? j - 1 : p;
  const opening = d > clause.from && units[d].dash ? dashBefore(units, clause, d) : -1;
  if (opening > clause.from && !namingAside(units, opening, d)) return subjectBefore(v, units, clause, opening);
  // ("hosted by A, B and C, Francis won": a capitalised word no name we know, right after a comma, is the
  // subject; the names before it are someone else.)
  const unknown = units[p];
  if (unknown && p > clause.from && !unknown.mention && units[p - 1]?.text === "," && /^[a-z]{3,}$/.test(unknown.text))
    if (capitalised(v, unknown) && !AUXILIARIES.has(unknown.text) && !ADVERBS.has(unknown.text)) return null;
  const appositive = appositiveSubject(units, clause, q);
  const described = appositive === undefined ? relativeAntecedent(units, clause, q) : appositive;
  if (described === null) return null;
  if (described) return { mentions: [described], coref: false };
  let inList = false;
  for (let k = q - 1; k >= clause.from; k--) {
    const u = units[k];
    // ("…, where Spielberg's Holocaust drama took seven": a relative clause of place or time has its own
    // subject, none before it.)
    const placeOrTime = (u.text === "where" || u.text === "when") && units[k - 1]?.text === "," && k < q - 1;
    const unnamed = (x: Unit) => !x.mention && !PERSON_COREF.has(x.text) && x.text !== "it";
    if (placeOrTime && units.slice(k + 1, q).every(unnamed)) return null;
    // "F1 and F2 …, with the former winning one and the latter leaving empty-handed".
    if ((u.text === "former" || u.text === "latter") && units[k - 1]?.text === "the" && q - k <= 3) {
      const pair = lastPair(units, k - 1);
      // The claim is marked where it is made: on "the latter", standing for its name.
      const said = { start: units[k - 1].start, end: u.end };
      const named = pair?.[u.text === "former" ? 0 : 1];
      return named ? { mentions: [{ ...named, ...said }], coref: false } : null;
    }
    // "X, which/who won ...": the relative pronoun's antecedent is the subject, whatever governs it.
    // "who'd gotten", "who's been": the contraction keeps the pronoun.
    // ("who'd", "which's": a relative pronoun with a verb attached.)
    const relative =
      RELATIVE.has(u.text) || (u.text.includes("'") && RELATIVE.has(u.text.replace(/'(?:d|s|ve|ll)$/, "")));
    // ("whose stark monochrome images of Kansas brought": a possessed noun phrase may run longer.)
    const reach = u.text === "whose" ? 10 : 6;
    // ("X played D in the film, which dominated … with 11 nominations, including C": a verb far inside a
    // relative clause on something not named has that thing as its subject, no one before it.)
    if (u.text === "which" && units[k - 1]?.text === "," && q - k > reach && !units[k - 2]?.mention) {
      // ("The film, which came in with 12 nominations, …": "the film" is the one the draft is about.)
      const f = units[k - 3]?.text === "the" && FILM_COREF.has(units[k - 2]?.text ?? "") ? guessedFilm(v) : undefined;
      return f ? { mentions: [f], coref: true } : null;
    }
    // ("upsetting F, the cowboy love story that had dominated the season and arrived with eight nominations": a
    // verb far inside a relative clause on an appositive's noun has the name the appositive describes.)
    if (u.text === "that" && q - k > reach && /^[a-z]+$/.test(units[k - 1]?.text ?? "") && !units[k - 1].cue) {
      let a = k - 1;
      while (a > clause.from && a > k - 6 && /^[a-z-]+$/.test(units[a].text) && !units[a].cue) a--;
      const head = units[a]?.text === "," ? units[a - 1]?.mention : undefined;
      if (head && DETERMINER.has(units[a + 1]?.text ?? "") && isName(units[a - 1]))
        return { mentions: [head], coref: false };
    }
    // ("X, whose directing debut, Lady Bird, was nominated": the name set off inside is what "whose" possesses.)
    if (u.text === "whose" && q - k <= 12) {
      const owned = possessedAppositive(units, k + 1, q);
      if (owned) return { mentions: [owned], coref: false };
    }
    // ("F ended a drought that began in 1963 and took in four nominations": a relative clause on the object,
    // unclosed, runs to the verb; its subject is that thing, not F.)
    if (relative && objectRelative(units, k) && !units.slice(k, q).some((x) => x.text === ",")) return null;
    if (relative && k > clause.from && q - k <= reach && !units.slice(k, q).some((x) => x.text === ",")) {
      // "which" stands for a thing, "who" for a person; any other antecedent is not one we know.
      let i = k - 1;
      while (i > clause.from && (units[i].text === "," || QUOTES.has(units[i].text))) i--;
      const a = units[i].mention ?? appositiveHead(units, clause, i);
      const pronoun = u.text.replace(/'(?:d|s|ve|ll)$/, "");
      // "X, whose daughter won": the subject is what "whose" possesses, someone we do not know.
      if (pronoun === "whose") return null;
      const fits =
        a &&
        (pronoun === "which"
          ? a.kind === "film"
          : pronoun === "who"
            ? a.kind === "person"
            : isName({ ...units[i], mention: a }));
      if (fits) return { mentions: [a], coref: false };
      // "in this drama with Meryl Streep, which earned him …": "which" is the film the noun names.
      return pronoun === "which" && a?.kind === "person" ? filmNounBefore(units, clause, i) : null;
    }
    if (isName(u)) {
      // A clause opened by a conjunction ("as Hurt Locker blasts …"): nothing before it governs the name.
      let prev = k > clause.from ? before(units, k) : undefined;
      // ("beat Alfonso Cuarón's Roma": the word before the possessor governs the film it owns.)
      // ("played Rose opposite Denzel Washington's Troy and won": so does a preposition.)
      if (prev === "'s" && u.mention!.kind === "film") {
        const gov = units[governorOf(units, k)]?.text ?? "";
        if (BEAT_VERBS.includes(gov) || gov === "over" || gov === "against" || PREPOSITIONS.has(gov)) prev = gov;
      }
      // "Michael Keaton (Birdman) was nominated": the bracket names the subject's film.
      if (prev === "(" && isName(units[k - 2]) && units[k - 2].mention!.kind !== u.mention!.kind) {
        return { mentions: [units[k - 2].mention!, u.mention!], coref: false };
      }
      // "Milos Forman's Amadeus won": a possessive name modifies what follows.
      // "with McDaniel winning the Oscar": in an absolute phrase the name is the gerund's subject.
      // ("with A and B taking acting prizes": the gerund after the names listed.)
      let g = k + 1;
      while (g < q && (units[g].text === "and" || isName(units[g]))) g++;
      // (Only when that gerund is the verb asked about: "F, with A and B hiding from the mob, was nominated" is F's.)
      const absolute = prev === "with" && (g === k + 1 ? g <= q : g === q) && /ing$/.test(units[g]?.text ?? "");
      // ('…, and Stevie Wonder's "I Just Called …" won': what the name owns is the subject, no name we know.)
      if (units[k + 1]?.text === "'s" && q - k > 3 && !units.slice(k + 2, q).some((x) => x.mention)) {
        const opensClause = units[k - 1]?.text === "and" && units[k - 2]?.text === ",";
        if (opensClause) return null;
      }
      // "the Robert Wise–Jerome Robbins musical won …": makers joined by a dash before a film noun describe it.
      const makers = makersBefore(units, k);
      if (makers && k < q) {
        const film = possessedFilm(v, makers);
        return film ? { mentions: [film], coref: true } : null;
      }
      // "Cameron's epic won …": the maker's film, as "the film" resolves, is the subject.
      const noun = describedByMaker(v, units, k);
      // ("Marty Supreme, Josh Safdie's table-tennis comedy, went home …": an appositive describes the name before.)
      const apposed = noun > 0 && units[k - 1]?.text === "," && units[noun + 1]?.text === ",";
      if (noun > 0 && noun < q && !apposed) {
        const film = possessedFilm(v, u.mention!);
        return film ? { mentions: [film], coref: true } : null;
      }
      // ("The daughters of Sir Michael Redgrave went head to head": kin of a name are someone else, unnamed.)
      if (kinOf(units, k)) return null;
      // ("X, nominated for playing Bob Dylan in F, went home …": a role played is no subject.)
      if (prev && PLAY_VERBS.has(prev)) continue;
      // ("F, a film of Army life before Pearl Harbor, won …": a time's object closing an aside is no subject.)
      if (prev && TIME_PREPOSITION.test(prev) && units[k + 1]?.text === "," && q - k <= 4) continue;
      // ('"F," made with a young Louis Malle, won': a maker named in a participle's aside is no subject.)
      if (inCommaAside(units, k, clause, MAKING, { back: 10, ahead: 2, inside: true, quoted: true })) continue;
      // ("Cate Blanchett, nominated for playing Elizabeth in F, went home": a participle's aside names no subject.)
      if (inCommaAside(units, k, clause, PARTICIPLE_ASIDE, { back: 10, ahead: 3, inside: true })) continue;
      // ("… as A, B and C win the acting prizes": "as" opens a clause whose subject runs up to its verb.)
      // ('even as "The Sting" won seven': closing quotes between, and the verb of the count at q.)
      const next = units
        .slice(k + 1, q)
        .every((x, i) => QUOTES.has(x.text) || (k + 1 + i === q - 1 && /^[a-z]+$/.test(x.text)));
      if (prev === "as" && (inList || next)) return { mentions: coordinated(units, k, q), coref: false };
      // ("Darryl Zanuck's studio had the best picture Oscar": what the name owns is the subject, no one we know.)
      if (units[k + 1]?.text === "'s" && OWNED_BODIES.has(units[k + 2]?.text ?? "")) return null;
      if (units[k + 1]?.text === "'s" || (prev && OBJECT_BEFORE.has(prev) && prev !== "and" && !absolute)) continue;
      // "X and Y won", "W, X, Y and Z won": the list's first item is the subject, the rest coordinated.
      // (A comma alone joins no list: "Beating X, Y won".)
      const listed = isName(units[k - 2]) && units[k - 2].mention!.kind === u.mention!.kind;
      if (listed && (prev === "and" || (prev === "," && inList))) {
        inList = true;
        continue;
      }
      return { mentions: coordinated(units, k, q), coref: false };
    }
    // "Jane Fonda watched her father win C", "his sister, Ethel, won C": a relative named by kin, not by
    // name, is someone else than the person named before, and no one we know.
    if (KIN.has(u.text) && POSSESSOR.has(units[k - 1]?.text ?? "") && q - k <= 5) return null;
    // A pronoun stands for the nearest person or film named before it in the sentence, else in
    // an earlier sentence (then it is a guess: coref).
    // ("It went into the night with ten nominations": a pronoun opening the clause on a verb of arriving reaches
    // the verb's "with N" however far.)
    const near = q - k <= 4 || (arriving && k === clause.from && arrivesWith(units, k + 1, q));
    if (PERSON_COREF.has(u.text) && near) {
      // ("she" is no one the data knows as an actor: then it stands for someone else.)
      // ("— an award that eluded him when Bob Fosse took it — and he shared …": a name inside a closed dashed
      // aside is no antecedent of a pronoun after it.)
      const found = antecedent(units, k, "person");
      const here = found && !inDashedAside(units, found, k) ? found : undefined;
      if (here && fitsPronoun(v.kb, here, u.text)) return { mentions: [here], coref: false };
      const p = here ? undefined : guessedPerson(v, u.text);
      return p ? { mentions: [p], coref: true } : undefined;
    }
    // ("X won C for F; her film won one of its twelve": the film of the one "her" is, the one this sentence names.)
    if (FILM_COREF.has(u.text) && near && /^(?:his|her)$/.test(units[k - 1]?.text ?? "") && !capitalised(v, u)) {
      const film = ownersFilm(v, units, k - 1);
      if (film !== undefined) return film ? { mentions: [film], coref: false } : null;
    }
    const filmNoun = u.text === "it" || (units[k - 1]?.text === "the" && !capitalised(v, u));
    if (FILM_COREF.has(u.text) && near && filmNoun) {
      const here = u.text === "it" ? antecedent(units, k, "film") : subjectFilmBefore(units, k);
      if (here) return { mentions: [here], coref: false };
      // ("X, who played C in "Tootsie," lost; the film won one": the one film the sentence named.)
      const named = u.text === "it" ? undefined : onlyFilmBefore(units, k);
      if (named) return { mentions: [named], coref: false };
      // ("At the 86th, X won best actor, and the film beat G for best picture": the one film X competed with.)
      const theirs = u.text === "it" ? undefined : personsFilmBefore(v, units, k);
      if (theirs) return { mentions: [theirs], coref: false };
      // ("Hugo brought him nominations, and it won five": a later conjunct's "it" is the first one's subject.)
      if (u.text === "it" && clause.from > 0 && unreadOpener(units, clause.from)) return undefined;
      // ("X, nominated for F, lost, though her film did not: …, and it also won for C": the one film the
      // sentence said someone was nominated or won for.)
      const worked = u.text === "it" ? filmWorkedFor(units, k) : undefined;
      if (worked) return { mentions: [worked], coref: false };
      // ("F beat A and B. It had already won …": "it" goes on with the film the sentence before opened on.)
      const f = (u.text === "it" ? v.prior.filmSubject : undefined) ?? guessedFilm(v);
      return f ? { mentions: [f], coref: true } : undefined;
    }
  }
  const description = filmDescription(v, units, clause, q);
  // "A Latvian film won …", "A number from a rival picture won …": a film not named before.
  if (description === "new") return null;
  // ("Cleopatra was nominated in 1935. The 1963 epic received nine": the namesake of that year, or one not named.)
  const dated = datedDescription(v, units, clause, q);
  if (dated !== undefined) return dated ? { mentions: [dated], coref: true } : null;
  if (description) {
    // "MGM's hugely successful dramatic comedy took five Oscars": the film the draft is about; first the one
    // the sentence before opened on ("F won … over G. The satire won four"), unless a demonstrative points
    // to the last named ("… whose debut was G. That film swept five").
    const pointed = units.slice(clause.from, q).some((u) => u.text === "that" || u.text === "this");
    const f = (pointed ? undefined : v.prior.filmSubject) ?? guessedFilm(v);
    return f ? { mentions: [f], coref: true, described: description === "modified" } : undefined;
  }
  return undefined;
}

/**
 * "the acting and directing wins for A, B and C": categories listed before the name at k, more names
 * after it, and which won which not said. (Not a possessor after the comma: "for Chloe Zhao, Jane
 * Campion's Western …".)
 */
function pairedUnsaid(units: Unit[], clause: Clause, c: number, k: number): boolean {
  if (!/^(?:and|or|,)$/.test(units[c - 1]?.text ?? "")) return false;
  // (Categories joined, not conjuncts: "won C1 for X, who declined it, and C2 for A and B" says which won which.)
  // ("…, best actress for X and original screenplay for A and B": items of "C for X" pairs, each its own.)
  const before = units[c - 2];
  if (isName(before) || (before?.text === "," && units[c - 3]?.mention?.kind !== "category")) return false;
  const owner = (m: Mention) => {
    const at = units.findIndex((x) => x.mention === m);
    return at >= 0 && units[at + 1]?.text === "'s";
  };
  return coordinated(units, k, clause.to + 1).filter((m) => !owner(m)).length > 1;
}

/** Participles opening an aside on a nominee's part: "X, nominated for playing R in F, went home". */
const PARTICIPLE_ASIDE = new Set(["nominated", "playing", "portraying", "reprising", "cast", "starring", "known"]);
/** Participles opening an aside on a film's making: its makers are named there, not the subject. */
const MAKING = new Set(["made", "shot", "filmed", "co-directed", "produced", "co-written", "photographed", "scored"]);

const KIN = new Set(KIN_WORDS);
const POSSESSOR = new Set(["his", "her", "their", "its", "'s"]);

/**
 * The one film a sentence names before unit k, if it names exactly one; `asWork`: named as a
 * work ("in F", "for F"), so a film compared with ("tying F", "than F") is no antecedent.
 */
function onlyFilmBefore(units: Unit[], k: number, asWork = true): Mention | undefined {
  let film: Mention | undefined;
  for (let i = 0; i < k; i++) {
    const m = units[i].mention;
    if (m?.kind !== "film") continue;
    if (film && film.ids.join() !== m.ids.join()) return undefined;
    // ("his score for Roland Joffé's The Mission": the word before the maker governs the film.)
    const owned = before(units, i) === "'s" && units[i - 2]?.mention?.kind === "person";
    if (asWork && !/^(?:in|for)$/.test(before(units, owned ? i - 2 : describedFrom(units, i)) ?? "")) return undefined;
    // ("She lost to Marlee Matlin for F, but the film won …": the winner's film is no antecedent.)
    if (before(units, i) === "for" && units[i - 2]?.mention?.kind === "person" && units[i - 3]?.text === "to")
      return undefined;
    film = m;
  }
  return film;
}

/** Where the description of the film at `i` begins ("the … comedy F": the "the"), else `i`. */
function describedFrom(units: Unit[], i: number): number {
  // (A noun for a film before its title: "the Rock Hudson-Doris Day comedy Pillow Talk".)
  const noun = before(units, i) ?? "";
  if (noun === "it" || !FILM_COREF.has(noun)) return i;
  for (let j = i - 2; j >= 0 && j >= i - 8; j--) {
    const t = units[j].text;
    if (t === "the" || t === "a") return j;
    if (units[j].mention?.kind === "film" || /^[,;:()]$/.test(t)) return i;
  }
  return i;
}

/**
 * "her film" (the pronoun at k): the one film the sentence names as the work of the person the pronoun is, when
 * that person is named in it and credited on the film (none named: the last film named, so credited); null (a
 * film we cannot tell) otherwise; undefined when the sentence names no such person before (then "her film"
 * resolves as "the film" does).
 */
function ownersFilm(v: SentenceView, units: Unit[], k: number): Mention | null | undefined {
  const owner = antecedent(units, k, "person");
  if (!owner) return undefined;
  if (!fitsPronoun(v.kb, owner, units[k].text)) return null;
  const film = onlyFilmBefore(units, k);
  // (None named here: the last film named, when the owner is credited on it.)
  if (!film && !units.slice(0, k).some((u) => u.mention?.kind === "film")) return possessedFilm(v, owner);
  if (!film || creditedOn(v.kb, owner.ids, film.ids).length !== 1) return null;
  return film;
}

/** The film a noun phrase "this drama with X" (X at unit i) stands for: the one the sentence names. */
function filmNounBefore(units: Unit[], clause: Clause, i: number) {
  const prep = before(units, i);
  if (!prep || !/^(?:with|starring|opposite|alongside|featuring)$/.test(prep)) return null;
  let n = i - 1;
  while (n > clause.from && units[n].text !== prep) n--;
  const noun = units[n - 1]?.text ?? "";
  if (noun === "it" || !FILM_COREF.has(noun) || !/^(?:this|that)$/.test(units[n - 2]?.text ?? "")) return null;
  // Only a film the sentence names: a guess across sentences could blame the wrong film.
  const here = antecedent(units, n - 2, "film");
  return here ? { mentions: [here], coref: false } : null;
}

/**
 * "F, a romantic comedy about the woman who may have inspired G, won …": a name, then an
 * appositive opened by "a"/"an"/"the" and closed by the comma before the verb. The subject
 * is the name before the appositive, not one inside it.
 */
function appositiveSubject(units: Unit[], clause: Clause, q: number): Mention | null | undefined {
  // Back over the verb phrase ("won a total of") and closing quotes to the appositive's comma.
  let end = q - 1;
  while (end > clause.from && end >= q - 6 && !units[end].mention && /^[a-z]+$/.test(units[end].text)) {
    if (RELATIVE.has(units[end].text) || units[end].text === "and") return undefined; // "…, who won": its own subject
    end--;
  }
  while (end > clause.from && QUOTES.has(units[end].text)) end--;
  if (units[end]?.text !== ",") return undefined;
  for (let k = end - 1; k > clause.from && k >= end - 30; k--) {
    const t = units[k].text;
    let a = k + 1;
    a = pastQuotes(units, a);
    // (", the story of …", ", from writer-director X,", ", starring X,": an aside after the name.)
    // (", Bob Fosse's portrait of …,": a possessive name may open the aside too.)
    const owned = !!units[a]?.mention && units[a + 1]?.text === "'s";
    // (", passed over for A and B,": a participle of being denied opens an aside too.)
    const passed = PASSED.test(units[a]?.text ?? "");
    if (
      t === "," &&
      (ARTICLES.has(units[a]?.text ?? "") || ASIDE_OPENERS.has(units[a]?.text ?? "") || owned || passed)
    ) {
      let n = k - 1;
      while (n > clause.from && QUOTES.has(units[n].text)) n--;
      // The clause's first name only: "Oppenheimer beat Barbie, the year's biggest hit, to win" has its subject before.
      const first = units.slice(clause.from, n).some((u) => isName(u));
      if (isName(units[n]) && !first) return units[n].mention;
      // "At the 89th …, moonlight, from writer-director X, won": a subject we do not know; X is not it.
      // ("Rocky, the boxing picture that X wrote, was named C", the title unread: a capitalised word we do not know.)
      // (Not past a pronoun of its own: "As Bella Baxter, the reanimated woman, she won".)
      const own = units.slice(end + 1, q).some((u) => PERSON_COREF.has(u.text) || u.text === "it");
      const unknown = !!units[n]?.cap && !units[n].mention && !own;
      return (ASIDE_OPENERS.has(units[a]?.text ?? "") || passed || unknown) && !first && !units[n]?.mention
        ? null
        : undefined;
    }
    // ('for "A," "B" and "C"', "a field that included A, B and C": a comma between names of a list goes on
    // within the aside.)
    const listed = units[a]?.mention?.kind;
    if (t === "," && (listed === "film" || listed === "person")) continue;
    const opener = units[k - 1]?.text === "," && PASSED.test(t);
    // (", the daughter of two Oscar nominees, A and B, won": a noun of the aside is no verb.)
    const noun = CUE_NOUNS.test(t);
    const verb = (units[k].cue === "win" || units[k].cue === "nominate" || units[k].cue === "lose") && !opener && !noun;
    if (t === "," || t === ";" || verb) return undefined;
  }
  return undefined;
}
/** "debut , Lady Bird , was": a noun phrase, then one name between two commas, then the verb; the name. */
function possessedAppositive(units: Unit[], from: number, q: number): Mention | undefined {
  const commas: number[] = [];
  for (let k = from; k < q; k++) if (units[k].text === ",") commas.push(k);
  if (commas.length !== 2 || commas[0] === from) return undefined;
  const inside = units.slice(commas[0] + 1, commas[1]).filter((u) => !QUOTES.has(u.text));
  const trailing = units.slice(commas[1] + 1, q).every((u) => /^[a-z]+$/.test(u.text) && !u.mention);
  return inside.length === 1 && isName(inside[0]) && trailing ? inside[0].mention : undefined;
}

const ARTICLES = new Set(["a", "an", "the"]);
const CUE_NOUNS = /^(?:nominees?|winners?|losers?)$/;
const PASSED = /^(?:passed|snubbed|overlooked|ignored|bypassed)$/;
const ASIDE_OPENERS = new Set([
  ...["from", "by", "starring", "featuring", "with", "directed", "written", "produced"],
  // ", best known for the Star Wars films,", ", then 25,", ", already a winner for F,".
  ...["best", "known", "famous", "remembered", "already", "once", "then", "now", "previously", "formerly"],
]);
/** Nouns that head a description of a person in apposition ("X, the actress who …"). */
const PERSON_NOUNS = new Set(["actor", "actress", "director", "filmmaker", "star", "performer", "writer", "composer"]);

/**
 * "F, the 1959 release that won …", "P, the veteran actress who …": a relative clause after a
 * noun phrase in apposition to a name stands for the name. The noun must fit the name's kind.
 */
function appositiveHead(units: Unit[], clause: Clause, i: number): Mention | undefined {
  const head = units[i]?.text ?? "";
  const kind = FILM_COREF.has(head) && head !== "it" ? "film" : PERSON_NOUNS.has(head) ? "person" : undefined;
  if (!kind) return undefined;
  for (let k = i - 1; k > clause.from && k >= i - 5; k--) {
    if (ARTICLES.has(units[k].text)) {
      let n = k - 1;
      while (n > clause.from && QUOTES.has(units[n].text)) n--;
      if (units[n]?.text !== ",") return undefined;
      n--;
      while (n > clause.from && QUOTES.has(units[n].text)) n--;
      const m = units[n]?.mention;
      return m?.kind === kind ? m : undefined;
    }
    if (units[k].mention || !/^(?:[a-z0-9][a-z0-9-]*|'s)$/.test(units[k].text)) return undefined;
  }
  return undefined;
}

/** "the daughters of Sir X", "the son of X": the name at k is the possessor of kin, not the kin. */
function kinOf(units: Unit[], k: number): boolean {
  let i = k - 1;
  while (i > 0 && TITLES.has(units[i].text)) i--;
  if (units[i]?.text !== "of") return false;
  const noun = units[i - 1]?.text ?? "";
  return KIN.has(noun) || KIN.has(noun.replace(/s$/, "")) || noun === "children";
}
const TITLES = new Set(["sir", "dame", "lord", "lady", "mr", "mrs", "ms", "dr", "."]);

/** The last two names of one kind joined by "and" before unit k ("Jerry Maguire and Secrets and Lies"). */
function lastPair(units: Unit[], k: number): [Mention | undefined, Mention] | undefined {
  for (let i = k - 1; i >= 2; i--) {
    const b = units[i].mention;
    if (!b || (b.kind !== "film" && b.kind !== "person")) continue;
    let j = i - 1;
    while (j > 0 && QUOTES.has(units[j].text)) j--;
    if (units[j]?.text !== "and" && units[j]?.text !== "or") {
      // "X … beat Y, when the latter …": the two last named of a kind, whatever stands between.
      for (let a = j; a >= 0 && a >= i - 20; a--) if (units[a].mention?.kind === b.kind) return [units[a].mention, b];
      return undefined;
    }
    j--;
    while (j > 0 && (QUOTES.has(units[j].text) || units[j].text === ",")) j--;
    const a = units[j]?.mention;
    // ("both Dune and A Complete Unknown", the first not known to us: the latter still is.)
    return [a?.kind === b.kind ? a : undefined, b];
  }
  return undefined;
}

/** Words that open a clause with a subject of its own: a verb after them is not the relative's antecedent's. */
const OWN_SUBJECT = new Set([
  "and",
  "former",
  "latter",
  "when",
  "while",
  "because",
  "although",
  "though",
  "if",
  "until",
  // ("…, in which she was nominated as R, she won …": a subject pronoun of the clause's own.)
  "he",
  "she",
  "they",
]);

/**
 * "Nolan, who had never won despite nominations for F1, F2 and F3, collected two": a verb right
 * after the comma closing a relative clause has the clause's antecedent for subject.
 */
function relativeAntecedent(units: Unit[], clause: Clause, q: number): Mention | null | undefined {
  // Back over the verb phrase ("collected", "went on to win") and closing quotes to the comma.
  let p = q - 1;
  while (p > clause.from && p >= q - 4 && !units[p].mention && /^[a-z]+$/.test(units[p].text)) {
    // ("…, when the latter was nominated": a subordinate clause has a subject of its own.)
    if (RELATIVE.has(units[p].text) || OWN_SUBJECT.has(units[p].text)) return undefined;
    p--;
  }
  while (p > clause.from && QUOTES.has(units[p].text)) p--;
  if (units[p]?.text !== ",") return undefined;
  // ('…, and "Lion," nominated six times, went home': a name opening a conjunct closes no relative clause.)
  // (Not a list's last item: 'despite nominations for "Inception" and "Dunkirk," collected'.)
  const named = beforeQuotes(units, p - 1);
  const and = beforeQuotes(units, named - 1);
  const conjunct = /^(?:and|but)$/.test(units[and]?.text ?? "") && units[and - 1]?.text === ",";
  if (isName(units[named]) && conjunct) return undefined;
  for (let k = p - 1; k > clause.from; k--) {
    if (units[k].text === ";") return undefined;
    if (units[k].text !== "who" && units[k].text !== "which") continue;
    // ('"Julia," which …': the comma may sit inside the closing quote.)
    let c = k - 1;
    // ("Maestro, in which he played Leonard Bernstein, was nominated": a preposition may open it.)
    if (units[k].text === "which" && /^(?:in|for|on|of|with|from)$/.test(units[c]?.text ?? "")) c--;
    while (c > clause.from && QUOTES.has(units[c].text)) c--;
    if (units[c]?.text !== ",") continue;
    let a = c - 1;
    while (a > clause.from && QUOTES.has(units[a].text)) a--;
    return isName(units[a]) ? units[a].mention : null;
  }
  return undefined;
}

const THAT_TIME = new Set(["that night", "that year", "that evening", "this year", "last year"]);
const SAME_NAME = /^(?:the same|that) (?:name|title)$/;
/** The words of units [from, to) joined by spaces. */
function unitText(units: Unit[], from: number, to: number): string {
  return units
    .slice(from, to)
    .map((u) => u.text)
    .join(" ");
}
const INDEFINITE = new Set(["a", "an", "one", "another"]);
const OF_PHRASE = new Set(["of", "from", "in", "with", "by", "for", "about", "on"]);

/**
 * The clause's subject as a description of a film with no name in it: "the movie" (plain),
 * "MGM's comedy" or "the Japanese monster movie" (modified: maybe the draft's film, maybe not),
 * or "a Latvian film", "a number from a rival picture" (new: no film named before).
 */
function filmDescription(
  v: SentenceView,
  units: Unit[],
  clause: Clause,
  q: number,
): "plain" | "modified" | "new" | undefined {
  for (let i = clause.from; i < q && i < clause.from + 6; i++) {
    if (units[i].mention || units[i].cue) return undefined;
    if (!FILM_COREF.has(units[i].text) || units[i].text === "it" || capitalised(v, units[i])) continue;
    // The noun phrase starts after an opening phrase's comma ("In 1998, the film won").
    let first = i;
    while (first > clause.from && units[first - 1].text !== ",") first--;
    while (first < i && LEADING.has(units[first].text) && units[first].text !== "the") first++;
    const words = units.slice(first, i).map((u) => u.text);
    // ("A Latvian film", "the film of the year", "his next film": another film than the one before.)
    if (INDEFINITE.has(words[0] ?? "") || words.some((w) => OF_PHRASE.has(w) || ANOTHER_FILM.has(w))) return "new";
    // ("the film of the same name": the noun's own "of" phrase says which, a film not named before.)
    if (units[i + 1]?.text === "of" && SAME_NAME.test(unitText(units, i + 2, i + 5))) return "new";
    return words.length === 1 && words[0] === "the" ? "plain" : "modified";
  }
  return undefined;
}

/** What may follow a film noun that heads its phrase ("Bong's film, …", "Bong's film was …"). */
const HEAD_NEXT = new Set([",", ")", "of", "was", "is", "had", "has", "went", "became", "would", "took"]);
/** Modifiers that make a maker's film another one than the last named ("his next film"). */
const ANOTHER_FILM = new Set(["next", "new", "latest", "last", "previous", "earlier", "later", "first", "other"]);

/**
 * "Cameron's epic", "Coppola's sprawling drama": the person at unit k, "'s", at most two lower-case
 * words ending in a film noun, and no title after it ("Cameron's epic Avatar" names its film).
 * The index of the noun; -1 when the words are not so.
 */
export function describedByMaker(v: SentenceView, units: Unit[], k: number): number {
  if (units[k]?.mention?.kind !== "person") return -1;
  // ("the Robert Zemeckis film entered …": a name set before a film noun as its modifier, after "the".)
  const attributive = units[k - 1]?.text === "the" && filmNoun(units[k + 1]);
  if (attributive && /^(?:[a-z]+ed|won|took|was|had|is|has|went|became|,)$/.test(units[k + 2]?.text ?? ""))
    return k + 1;
  if (units[k + 1]?.text !== "'s") return -1;
  // ("Danny Boyle's rags-to-riches tale": hyphened words count as one.)
  let reach = k + 4;
  for (let i = k + 2; i <= reach && i < units.length; i++) {
    const u = units[i];
    if (u.text === "-") {
      reach += 2;
      continue;
    }
    if (u.mention || u.cue || !/^[a-z][a-z-]*$/.test(u.text) || capitalised(v, u) || ANOTHER_FILM.has(u.text))
      return -1;
    if (!FILM_COREF.has(u.text) || u.text === "it") continue;
    // The noun heads the phrase: a verb, an adverb or a mark comes next, not more of a description
    // ("Villeneuve's epic continuation of …" is no film's name), and no title ("Cameron's epic Avatar").
    const after = units[i + 1];
    // ("Spielberg's film of 1998": a film of a year is another than the one told of.)
    if (after?.text === "of" && YEAR.test(units[i + 2]?.text ?? "")) return -1;
    const head = !after || !!after.cue || ADVERBS.has(after.text) || HEAD_NEXT.has(after.text);
    return head && !units[pastQuotes(units, i + 1)]?.mention ? i : -1;
  }
  return -1;
}

/** A name inside an aside that tells of another time: ", nominated once before for F,". */
function toldEarlier(units: Unit[], m: Mention): boolean {
  const at = units.findIndex((u) => u.mention === m);
  // Back to the aside's opening comma (one comma before "for F" may stand between), and on to its closing one.
  let commas = 0;
  for (let i = at - 1; i >= 0 && i >= at - 10; i--) {
    if (units[i].text === "," && ++commas > 1) break;
    if (EARLIER_WORDS.has(units[i].text)) return true;
  }
  for (let i = at + 1; i < units.length && i <= at + 5 && units[i].text !== ","; i++)
    if (EARLIER_WORDS.has(units[i].text)) return true;
  return false;
}
const EARLIER_WORDS = new Set(["before", "earlier", "previously", "once", "first"]);

/** "Wise–Robbins musical": the first of two people joined by a dash, with a film noun after the second. */
function makersBefore(units: Unit[], k: number): Mention | undefined {
  const dash = (u?: Unit) => !!u && DASH_WORDS.has(u.text);
  const person = (u?: Unit) => u?.mention?.kind === "person";
  const noun = filmNoun;
  if (person(units[k]) && dash(units[k + 1]) && person(units[k + 2]) && noun(units[k + 3])) return units[k].mention;
  if (person(units[k]) && dash(units[k - 1]) && person(units[k - 2]) && noun(units[k + 1])) return units[k - 2].mention;
  return undefined;
}

/** A noun that names a film without its title ("film", "musical"; not "it"). */
function filmNoun(u?: Unit): boolean {
  return !!u && !u.mention && FILM_COREF.has(u.text) && u.text !== "it";
}
const DASH_WORDS = new Set(["-", "\u2013", "\u2014", "/"]);

/**
 * A film noun written with a capital is part of a title we do not know ("All Quiet on the
 * Western Fornt took four"), not a description of the film the draft is about ("the western").
 */
function capitalised(v: SentenceView, u: Unit): boolean {
  const c = v.text[u.start] ?? "";
  return c !== c.toLowerCase();
}

/** Verbs that make the name before them a clause's subject ("Anora won …", "F had six nominations"). */
const SUBJECT_VERBS = new Set(["had", "has", "led", "earned", "received", "scored", "collected", "swept", "was", "is"]);

/**
 * "F won five of its six nominations, and the film took C": "the film" is the film an earlier
 * clause of the sentence has as its subject (a verb follows the name). A film named otherwise
 * ("after tying F with 14 nominations, the picture won 11") is not what "the film" means.
 */
function subjectFilmBefore(units: Unit[], k: number): Mention | undefined {
  const a = antecedent(units, k, "film");
  if (!a) return undefined;
  let j = units.findIndex((u) => u.mention === a) + 1;
  j = pastQuotes(units, j);
  const next = units[j];
  // ("Barbie outgrossed everything else, but the film won only one": a finite verb after the film.)
  const finite = !!next && !next.mention && /^[a-z]{4,}ed$/.test(next.text);
  const verb =
    next?.cue === "win" || next?.cue === "nominate" || next?.cue === "lose" || SUBJECT_VERBS.has(next?.text) || finite;
  return verb ? a : undefined;
}

/** Words that say a quotation is someone's forecast ('…, one blogger predicted', 'says one pundit'). */
const FORECAST_WORDS = new Set(["predicted", "predicts", "wrote", "writes", "says", "said", "question", "bet"]);

/**
 * '"F wins best picture, no question," one blogger wrote': a quotation that says a win in the
 * present tense is a forecast, not the night's result.
 */
function quotedForecast(units: Unit[], clause: Clause, c: number): boolean {
  if (!QUOTES.has(units[clause.from]?.text ?? "")) return false;
  const q = cueIndexBefore(units, clause, c);
  // ('"Talk to the Animals" wins best song': a quoted title, closed before the verb, is the subject; unless the
  // sentence says whose words they are ('"Traffic" wins best picture, one blogger predicted').)
  const closed = units.slice(clause.from + 1, q).some((u) => QUOTES.has(u.text));
  const attributed = q >= 0 && units.slice(q).some((u) => FORECAST_WORDS.has(u.text));
  return q >= 0 && (!closed || attributed) && (units[q].text === "wins" || units[q].text === "win");
}

/** A guessed antecedent may be blamed only when it is the film the draft is mostly about. */
export function isFocus(v: SentenceView, ids: number[]): boolean {
  if (ids.length !== 1) return false;
  const focus = v.prior.focus();
  // (A title several films share is counted under its first version: "Titanic" named, the 1997 one meant.)
  const films = v.kb.data.films;
  return focus === ids[0] || (focus !== undefined && films[focus].title === films[ids[0]].title);
}

/**
 * A name two films or people share ("Titanic"): the one the paragraph already named on its
 * own ("Titanic (1997)"), else the one of the article's night; otherwise left ambiguous.
 */
export function narrow(v: SentenceView, m: Mention): Mention {
  if (m.ids.length < 2) return m;
  // ("King Kong won in 2006. At the 90th Academy Awards, Kong was nominated": a night the sentence states picks
  // the one that competed then, before a namesake named earlier.)
  const stated = m.kind === "film" && v.ctx?.strength === "sentence" ? ofNight(v.kb, m.ids, v.ctx.ceremony) : [];
  if (stated.length === 1) return { ...m, ids: stated };
  const earlier = [
    ...(m.kind === "film" ? v.prior.films : v.prior.people),
    ...v.mentions.filter((x) => x.start < m.start),
  ];
  const named = earlier.find((x) => x.kind === m.kind && x.ids.length === 1 && m.ids.includes(x.ids[0]));
  if (named) return { ...m, ids: named.ids };
  // "Denis Villeneuve's Dune": the one of the films the possessor is credited on.
  const owner = v.mentions.find((x) => x.kind === "person" && x.possessive && x.end <= m.start && m.start - x.end <= 4);
  if (owner && m.kind === "film") {
    const credited = creditedOn(v.kb, owner.ids, m.ids);
    if (credited.length === 1) return { ...m, ids: credited };
  }
  const night = v.ctx?.ceremony;
  const then = m.kind === "film" && night !== undefined ? ofNight(v.kb, m.ids, night) : [];
  return then.length === 1 ? { ...m, ids: then } : m;
}

/**
 * The sentence opens on a word we read as no one and nothing, a subject we do not know, and its
 * clauses before `to` say no "it" ("Critics loved it, and it won …" goes on with the film before).
 */
function unreadOpener(units: Unit[], to: number): boolean {
  const u = units[0];
  if (!u || u.mention || NOT_SUBJECTS.has(u.text) || !/^[a-z][a-z'-]+$/.test(u.text)) return false;
  for (let k = 1; k < to; k++) if (units[k].text === "it") return false;
  return true;
}
/** Words that open a sentence without being its subject, or stand for one read before. */
const NOT_SUBJECTS = new Set([
  ...["the", "a", "an", "at", "in", "on", "after", "before", "when", "while", "as", "with", "for", "by", "from"],
  ...["it", "its", "he", "she", "his", "her", "they", "their", "this", "that", "these", "those", "there"],
  ...["and", "but", "then", "also", "later", "meanwhile", "still", "yet", "so", "now", "only", "even"],
  ...["until", "since", "during", "though", "although", "because", "if", "once", "despite", "unlike", "like"],
  ...["over", "of", "to", "into", "among", "across", "under", "without", "within", "through", "throughout"],
]);

/** The one person or film (by kind) named before unit k in the sentence; none when there are several. */
export function antecedent(units: Unit[], k: number, kind: "person" | "film"): Mention | undefined {
  // An object ("in a race with Mockingbird, …", "after tying All About Eve, …") is no antecedent.
  // ("opposite a young Tom Cruise, he won": past a determiner and one word describing the name.)
  const subjectLike = (i: number) => {
    // ("it lost to Sam Spiegel's Lawrence of Arabia": a possessed name is an object when its possessor is.)
    // (Past an opening quote: 'lost to Sam Spiegel's "Lawrence of Arabia"'.)
    let p = i - 1;
    while (p > 0 && QUOTES.has(units[p].text)) p--;
    if (units[p]?.text === "'s" && isName(units[p - 1])) i = p - 1;
    const prev = before(units, i) ?? "";
    // ("It won at the Globes, where F collected seven, and it swept …": a "where" clause's subject is its own.)
    if (OBJECT_BEFORE.has(prev) || /ing$/.test(prev) || prev === "where") return false;
    let j = i - 1;
    while (j >= 0 && QUOTES.has(units[j].text)) j--;
    const described = j > 0 && /^[a-z-]+$/.test(units[j].text) && !units[j].cue && DETERMINER.has(units[j - 1].text);
    if (described) j--;
    if (!DETERMINER.has(units[j]?.text ?? "")) return true;
    return !OBJECT_BEFORE.has(units[j - 1]?.text ?? "");
  };
  const named = units
    .slice(0, k)
    .map((u, i) => ({ u, i }))
    .filter(({ u, i }) => u.mention?.kind === kind && u.mention.ids.length === 1 && subjectLike(i))
    .map(({ u }) => u);
  const distinct = new Set(named.map((u) => u.mention!.ids[0]));
  return distinct.size === 1 ? named[0].mention : undefined;
}

const DETERMINER = new Set(["a", "an", "the"]);

/**
 * The one film named before k, said after "nominated for" or "won for", and called "her film" (or "its …")
 * before k: the sentence is about it.
 */
function filmWorkedFor(units: Unit[], k: number): Mention | undefined {
  let film: Mention | undefined;
  let worked = false;
  let called = false;
  for (let i = 0; i < k; i++) {
    const m = units[i].mention;
    if (m?.kind === "film") {
      if (film && film.ids.join() !== m.ids.join()) return undefined;
      film = m;
      worked ||= units[i - 1]?.text === "for" && /^(?:nominate|win)$/.test(units[i - 2]?.cue ?? "");
    } else if (film) {
      const owner = /^(?:his|her|their)$/.test(units[i].text) && FILM_COREF.has(units[i + 1]?.text ?? "");
      called ||= owner || units[i].text === "its";
    }
  }
  return film && film.ids.length === 1 && worked && called ? film : undefined;
}

/** "F ended a drought that": "that" or "which" on a plain noun, the object of the subject's verb. */
function objectRelative(units: Unit[], k: number): boolean {
  if (units[k].text !== "that" && units[k].text !== "which") return false;
  const plain = (u: Unit | undefined) => !!u && !u.mention && !u.cue && /^[a-z]+$/.test(u.text);
  if (!plain(units[k - 1])) return false;
  const det = /^(?:a|an|the)$/.test(units[k - 2]?.text ?? "") ? k - 2 : k - 3;
  if (!/^(?:a|an|the)$/.test(units[det]?.text ?? "") || (det === k - 3 && !plain(units[k - 2]))) return false;
  const verb = units[det - 1];
  // (The subject just before the verb, or an aside closed by a comma: "F, which won last year, ended".)
  return plain(verb) && !COPULAS.has(verb!.text) && (!!units[det - 2]?.mention || units[det - 2]?.text === ",");
}

/**
 * "F was chosen best picture and earned Oscars for …": coordinated verbs share the clause's
 * subject, the name (or pronoun) that opens it. Any other opening is a subject we do not know.
 */
function sharedSubject(v: SentenceView, units: Unit[], whole: Clause, and: number) {
  // ("F earned 13 nominations, including best picture, and won six": a clause opened by ", and" goes on with
  // the subject the sentence opened on.)
  const clause = and === whole.from && and > 0 && units[and - 1]?.text === "," ? { ...whole, from: 0 } : whole;
  // ("X was married to Y, who won C in 1949 and was nominated for F": the relative clause goes on.)
  // ("…: to X, who played Hud's father, Homer, and won C": after a colon or semicolon, commas and all.)
  let mark = and - 1;
  while (mark > 0 && units[mark].text !== ";" && units[mark].text !== ":") mark--;
  const inSegment = mark > 0 && clause.from === 0;
  // ("… included Dune, which went in with ten nominations and left with six": so does one on a film.)
  for (let w = and - 1; w > clause.from + 1 && w > mark && (inSegment || units[w].text !== ","); w--) {
    const kind = units[w].text === "who" ? "person" : units[w].text === "which" ? "film" : undefined;
    if (kind && units[w - 1]?.text === "," && units[w - 2]?.mention?.kind === kind)
      return { mentions: [units[w - 2].mention!], coref: false };
  }
  // ("… beat F, which entered with 13 nominations, the most of the year, and won two": the verb may go on with
  // the relative clause or with the main one; which is unsure, so no subject is read.)
  if (relativeOpenAt(units, and)) return null;
  let k = clause.from;
  while (k < and && (QUOTES.has(units[k].text) || LEADING.has(units[k].text))) k++;
  // ("At the 86th Academy Awards, X was nominated for C and lost to Y": past a phrase fronted before a comma.)
  if (FRONTING.has(units[k]?.text ?? "")) {
    const comma = units.findIndex((x, i) => i > k && i < Math.min(and, k + 9) && x.text === ",");
    if (comma > 0) k = pastQuotes(units, comma + 1);
  }
  const u = units[k];
  if (!u || k >= and) return null;
  // ("Her father, John Huston, had directed her … and was nominated": the name set beside the opening words.)
  // ('His second feature, "The Wedding Banquet," won … and was nominated': a title too, in its quotes.)
  const opening = units.slice(k, k + 4).findIndex((x) => x.text === ",");
  const at = opening > 0 ? pastQuotes(units, k + opening + 1) : -1;
  const apposed = at > 0 ? units[at] : undefined;
  const closes = (j: number): boolean => units[j]?.text === "," || (QUOTES.has(units[j]?.text ?? "") && closes(j + 1));
  if (!u.mention && isName(apposed) && closes(at + 1)) return { mentions: [apposed!.mention!], coref: false };
  if (isName(u) && units[k + 1]?.text !== "'s") return { mentions: coordinated(units, k, and), coref: false };
  if (PERSON_COREF.has(u.text) || u.text === "it") return subjectBefore(v, units, { ...clause, to: and }, k + 1);
  return null;
}

/**
 * A ", which" or ", who" clause on a film or person still open at ", and" (unit `and`): no name and no verb opens a
 * comma's segment between them, so the relative clause may run on to the conjunction.
 */
function relativeOpenAt(units: Unit[], and: number): boolean {
  if (units[and - 1]?.text !== ",") return false;
  for (let w = and - 2; w > 1 && w > and - 25; w--) {
    const t = units[w].text;
    if (t === ";" || t === ":" || isName(units[w])) return false;
    if (t === "," && (units[w + 1]?.cue || AUXILIARIES.has(units[w + 1]?.text ?? ""))) return false;
    if (t !== "which" && t !== "who") continue;
    // (The comma may sit inside the title's closing quote: '"Emilia Pérez," which'.)
    let a = w - 1;
    while (a > 0 && QUOTES.has(units[a].text)) a--;
    if (units[a].text !== ",") return false;
    a--;
    while (a > 0 && QUOTES.has(units[a].text)) a--;
    return units[a].mention?.kind === (t === "which" ? "film" : "person");
  }
  return false;
}

/** The category at c stands in an aside opened by "already" (", already a two-time C winner,"). */
function alreadyAside(units: Unit[], clause: Clause, c: number): boolean {
  let k = c - 1;
  while (k > clause.from && k > c - 8 && units[k].text !== ",") k--;
  return units[k]?.text === "," && units[k + 1]?.text === "already";
}

const AUXILIARIES = new Set(["was", "were", "is", "are", "has", "had", "have", "been"]);
/** "—while being nominated", "—before winning": a conjunction opening a participle of the clause's subject. */
const PARTICIPLE_AFTER_DASH = new Set(["while", "before", "after", "when", "since"]);
/** A present participle among units [from, to) ("being", "winning"; not "nothing", "during"). */
function participleIn(units: Unit[], from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (/^[a-z]{2,}ing$/.test(units[k].text) && !NOT_PARTICIPLES.has(units[k].text)) return true;
  return false;
}
const NOT_PARTICIPLES = new Set(["nothing", "something", "anything", "during", "thing", "king", "evening", "morning"]);

const LEADING = new Set(["the", "then", "and", "but", "also", "later", "meanwhile"]);
/** Prepositions opening a phrase fronted on the clause ("At the 86th Academy Awards, …"). */
const FRONTING = new Set(["at", "in", "on", "during", "after", "by", "for", "with"]);

/** A verb of winning, nominating or losing at unit k: a name before it is its subject. */
function ownVerbAfter(units: Unit[], k: number): boolean {
  const cue = units[k]?.cue;
  return cue === "win" || cue === "nominate" || cue === "lose";
}

/** "X and Y", "X, Y and Z" starting at unit k, same kind, before the verb at q. */
export function coordinated(units: Unit[], k: number, q: number): Mention[] {
  const first = units[k].mention!;
  const out = [first];
  // ('for "A," "B" and "C"': quotes around the titles stand between them and the commas.)
  const skip = (i: number) => {
    while (i < q && units[i] && QUOTES.has(units[i].text)) i++;
    return i;
  };
  for (let i = skip(k + 1); i < q - 1;) {
    const sep = units[i].text;
    if (sep !== "and" && sep !== "," && sep !== "&") break;
    let n = skip(i + 1);
    if (sep === "," && units[n]?.text === "and") n = skip(n + 1);
    const next = units[n];
    if (n >= q || !isName(next) || next.mention!.kind !== first.kind) break;
    // ('for "Her," "The Great Beauty" won C2': a name before a verb of its own opens a clause.)
    if (n + 1 < q - 1 && ownVerbAfter(units, skip(n + 1))) break;
    out.push(next.mention!);
    i = skip(n + 1);
  }
  return out;
}

/**
 * "X won C at the 10th ceremony, a year after her win for F", "F took the prize at the 95th ceremony,
 * five years after X won C for G": a win or nomination at k, governed by "after" ("before", "since")
 * said after the night stated (no comma between), is at another time.
 */
export function timedAfter(units: Unit[], k: number, night?: { end: number }, from = 0): boolean {
  if (!night) return false;
  for (let i = k - 1; i >= from && units[i].start >= night.end; i--) {
    if (units[i].text === "," || units[i].text === ";") return false;
    if (TIME_SHIFT.has(units[i].text)) return true;
  }
  return false;
}

/** "… at the 21st Academy Awards, until 1977, when she was nominated for F": a span's end between night and k. */
export function spannedAfter(units: Unit[], k: number, night?: { end: number }, from = 0): boolean {
  if (!night) return false;
  for (let i = k - 1; i > from && units[i].start >= night.end; i--)
    if (YEAR.test(units[i].text) && SPAN_END.has(units[i - 1].text)) return true;
  return false;
}

/** Ceremonies the clause names: "at the 81st Academy Awards", "in 1940", "1933's Morning Glory". */
type Stated = { stated: number[]; statedAt?: { start: number; end: number } };
const statedMemo = new WeakMap<Clause, Map<number, Stated>>();

/** Nouns of a record: "the record X set in 1954" tells of the record's own time. */
const RECORDS = new Set(["record", "records", "mark", "feat"]);

/**
 * Memoised per clause and aside: every frame of a clause asks (read only). `anchor`, the unit of the
 * frame's verb or noun, says whether it is the main clause's (the default) or an aside's.
 */
export function statedCeremonies(v: SentenceView, units: Unit[], clause: Clause, anchor = -1): Stated {
  const asides = asidesOf(units, clause);
  const aside = anchor >= 0 ? (spanAt(asides, anchor) ?? dashedRest(units, clause, anchor)) : undefined;
  let byAside = statedMemo.get(clause);
  if (!byAside) statedMemo.set(clause, (byAside = new Map()));
  const key = aside ? aside.from * 4096 + aside.to : -1;
  let s = byAside.get(key);
  if (!s) byAside.set(key, (s = aside ? readStated(v, units, aside, [], true) : readStated(v, units, clause, asides)));
  return s;
}

/**
 * "X, nominated for F in 2014—he lost nothing, although he won for C—won again at the 91st": a clause that
 * opens inside a dashed aside, up to the dash that closes it (its nights are the aside's own).
 */
function dashedRest(units: Unit[], clause: Clause, anchor: number): Span | undefined {
  if (!openDashBefore(units, clause.from)) return undefined;
  for (let k = clause.from; k < clause.to; k++)
    if (units[k].dash) return anchor < k ? { from: clause.from, to: k } : undefined;
  return undefined;
}

const dashParity = new WeakMap<Unit[], Uint8Array>();

/** Whether a dashed aside is open at unit `at`: an odd number of dashes before it in the sentence. */
function openDashBefore(units: Unit[], at: number): boolean {
  let parity = dashParity.get(units);
  if (!parity) {
    parity = new Uint8Array(units.length + 1);
    for (let k = 0; k < units.length; k++) parity[k + 1] = parity[k] ^ (units[k].dash ? 1 : 0);
    dashParity.set(units, parity);
  }
  return parity[at] === 1;
}

/** "her first nomination", "his previous win": another award of the holder's, after a word of time. */
const ANOTHER_AWARD = /^(?:her|his|their) (?:first|second|third|previous|last|earlier|only) (?:nomination|win|oscar)\b/;

function readStated(v: SentenceView, units: Unit[], clause: Clause, asides: Span[], inAside = false): Stated {
  const set = new Set<number>();
  let at: { start: number; end: number } | undefined;
  const to = trailingRelative(units, clause);
  // ("won her second Oscar at the 10th Academy Awards, a year after her first at the 9th": another time.)
  let shifted = false;
  let anotherAward = false;
  let skipped = false;
  const ordinals = new Set<number>();
  const years: number[] = [];
  for (let k = clause.from; k < to; k++) {
    const u = units[k];
    const aside = asides.length ? spanAt(asides, k) : undefined;
    if (aside) {
      // ("Buckley, who was nominated at the 94th, won for Hamnet": the aside's night is not the verb's.)
      if (units.slice(aside.from, aside.to).some((x) => x.mention?.kind === "ceremony")) skipped = true;
      k = aside.to - 1;
      continue;
    }
    const m = u.mention;
    // ("forty years after her first nomination, for F, at the 1986 ceremony": a time told by another nomination
    // runs on through the commas of its own asides.)
    if (u.text === ",") shifted &&= anotherAward;
    // (", having won … at the first ceremony": a perfect participle tells of an earlier time.)
    else if ((TIME_SHIFT.has(u.text) || perfectParticiple(units, k)) && k > clause.from) {
      shifted = true;
      anotherAward = ANOTHER_AWARD.test(unitText(units, k + 1, k + 4));
    } else if (u.text === "by" && RECORD_SET.has(units[k - 1]?.text ?? "")) shifted = true;
    // ("tying the record Walt Disney set in 1954": the year of the record's setting, another time.)
    else if (RECORD_SET.has(u.text) && units.slice(Math.max(clause.from, k - 5), k).some((x) => RECORDS.has(x.text)))
      shifted = true;
    if (shifted) {
      if (m?.kind === "ceremony" && !m.implicit) skipped = true;
      continue;
    }
    if (m?.kind === "ceremony" && !m.implicit && m.ids.length) {
      for (const n of m.ids) set.add(n);
      if (m.year === undefined) for (const n of m.ids) ordinals.add(n);
      at ??= { start: m.start, end: m.end };
    } else if (yearAt(units, k) && !(units[k + 1]?.text === "'s" && filmAt(units, k + 2))) {
      // ("1984's Sixteen Candles" dates that film, not the clause.)
      for (const n of v.kb.ceremoniesOfYear(Number(u.text))) set.add(n);
      years.push(Number(u.text));
      at ??= { start: u.start, end: u.end };
    }
  }
  // "at the 13th Academy Awards in 1941": a year that is the ordinal's own only restates it.
  if (ordinals.size === 1 && years.length) {
    const [n] = ordinals;
    if (years.every((y) => v.kb.heldYearOf(n) === y)) {
      set.clear();
      set.add(n);
    }
  }
  // "X won C1 and Y and Z won C2 in 2012": a night said after a conjunct cut at "and" is both conjuncts'.
  // (Not after a comma: in "X won C1 for F, and his daughter Y won C2 for G in 2004" the year is the last one's.)
  let end = clause.to - 1;
  while (end > clause.from && QUOTES.has(units[end].text)) end--;
  if (set.size === 0 && units[clause.to]?.text === "and" && units[end]?.text !== "," && !inAside) {
    const later = timeAfter(v, units, clause.to + 1);
    for (const n of later?.nights ?? []) set.add(n);
    at ??= later?.at;
  }
  // "… from the 37th in 1965 to the 40th in 1968, when F was named Best Picture": "when" is the time named
  // right before it.
  if (set.size === 0 && units[clause.from - 1]?.text === "when" && !inAside) {
    const named = timeBefore(v, units, clause.from - 1);
    for (const n of named?.nights ?? []) set.add(n);
    at ??= named?.at;
  }
  // "In 1942, F beat G for Best Picture, and John Ford won Best Director": an opening time is every clause's.
  if (set.size === 0 && clause.from > 0 && !inAside) {
    const opening = openingTime(v, units);
    for (const n of opening?.nights ?? []) set.add(n);
    at ??= opening?.at;
  }
  // (A sentence whose only night was another time's, "following her win at the 9th", states none for the clause.)
  if (set.size === 0 && !skipped && !inAside && v.ctx?.strength === "sentence" && !laterClauseNight(units, clause))
    set.add(v.ctx.ceremony);
  // "At the 74th …, Roberts, who won best actress the year before, …": the year before is also meant.
  const shift = set.size ? relativeYears(units, clause) : 0;
  if (shift) for (const n of [...set]) set.add(n + shift);
  return { stated: [...set], statedAt: at };
}

/**
 * Where a relative clause that makes no award claim of its own ends the clause: "… for The Iron Lady,
 * in which she played Margaret Thatcher, who became prime minister in 1979" (its year is no night).
 */
function trailingRelative(units: Unit[], clause: Clause): number {
  for (let k = clause.from + 1; k < clause.to; k++) {
    if (units[k].text !== ",") continue;
    const r = units[k + 1]?.text === "in" ? k + 2 : k + 1;
    if (!TRAILING_RELATIVES.has(units[r]?.text ?? "")) continue;
    const claims = units
      .slice(r, clause.to)
      .some((u) => u.mention?.kind === "category" || u.cue === "win" || u.cue === "nominate");
    if (!claims) return k;
  }
  return clause.to;
}
const TRAILING_RELATIVES = new Set(["which", "who", "whom", "whose", "where"]);

const TIME_PREPOSITIONS = new Set(["in", "at", "during", "by"]);

/** The nights of a sentence's opening phrase ("In 1942,", "At the 14th Academy Awards,"), if it has one. */
function openingTime(v: SentenceView, units: Unit[]): NamedTime | undefined {
  if (!TIME_PREPOSITIONS.has(units[0]?.text ?? "")) return undefined;
  for (let k = 1; k < units.length && k <= 6 && units[k].text !== ","; k++) {
    const t = timeAt(v, units, k);
    if (t) return t;
  }
  return undefined;
}

interface NamedTime {
  nights: number[];
  at: { start: number; end: number };
}

/** The nights unit k names: an ordinal's, or a year's (held that year or honouring its films). */
function timeAt(v: SentenceView, units: Unit[], k: number): NamedTime | undefined {
  const u = units[k];
  const m = u.mention;
  if (m?.kind === "ceremony" && !m.implicit && m.ids.length)
    return { nights: m.ids, at: { start: m.start, end: m.end } };
  if (yearAt(units, k)) return { nights: v.kb.ceremoniesOfYear(Number(u.text)), at: { start: u.start, end: u.end } };
  return undefined;
}

/** Unit k is a year said as one: not the head of a "2018-05-10" date stamp, which dates the page, not a claim. */
function yearAt(units: Unit[], k: number): boolean {
  const u = units[k];
  const dd = (j: number) => /^\d\d$/.test(units[j]?.text ?? "");
  const stamp = units[k + 1]?.text === "-" && dd(k + 2) && units[k + 3]?.text === "-" && dd(k + 4);
  // ("F, about the 1974 Ali-Foreman fight, won": a year describing the subject, not the claim's time.)
  const next = units[k + 1];
  const subject =
    SUBJECT_OF.has(units[k - 2]?.text ?? "") &&
    units[k - 1]?.text === "the" &&
    !!next &&
    next.mention?.kind !== "ceremony" &&
    next.mention?.kind !== "award" &&
    !TIME_NOUNS.test(next.text);
  // ("a dress from 1992": a plain noun's own date.)
  const noun = units[k - 2];
  const dated =
    units[k - 1]?.text === "from" && !!noun && /^[a-z]+$/.test(noun.text) && !noun.cue && !FILM_COREF.has(noun.text);
  // ("Philippe Petit's 1974 high-wire walk": a year owned with a plain noun dates that thing.)
  const owned = units[k - 1]?.text === "'s" && !!next && /^[a-z]+$/.test(next.text) && !TIME_NOUNS.test(next.text);
  return u.text.length === 4 && YEAR.test(u.text) && !stamp && !subject && !dated && !owned && !datelined(units, k);
}

/** "(AP, Feb. 10, 2020) — F won …": a year closing a bracket that opens the sentence is the dateline's. */
function datelined(units: Unit[], k: number): boolean {
  if (units[k + 1]?.text !== ")") return false;
  const open = units.slice(0, k).findIndex((u) => u.text === "(");
  return open >= 0 && open <= 4 && !units.slice(open + 1, k).some((u) => u.text === ")");
}
const SUBJECT_OF = new Set(["about", "chronicling", "depicting", "recounting", "revisiting"]);
const TIME_NOUNS = /^(?:oscars?|academy|awards?|ceremony|season|race|film|movie|release|edition|telecast|show)$/;

/** The first night or year named from unit k to the end of the sentence (or a semicolon). */
function timeAfter(v: SentenceView, units: Unit[], k: number): NamedTime | undefined {
  for (let j = k; j < units.length && units[j].text !== ";"; j++) {
    // ("1984's Sixteen Candles" dates that film.)
    if (!units[j].mention && units[j + 1]?.text === "'s") continue;
    const t = timeAt(v, units, j);
    if (t) return t;
  }
  return undefined;
}

/** The last night or year named before unit k ("… to the 40th in 1968, when"), past a comma. */
function timeBefore(v: SentenceView, units: Unit[], k: number): NamedTime | undefined {
  for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
    const t = timeAt(v, units, j);
    if (!t) continue;
    // ("the 40th in 1968": a year that restates the ordinal before it is that ordinal's.)
    const ord = units[j - 2]?.mention;
    const restated = !units[j].mention && units[j - 1]?.text === "in" && ord?.kind === "ceremony" && !ord.implicit;
    return restated ? timeAt(v, units, j - 2) : t;
  }
  return undefined;
}

/**
 * The sentence names its night only after a semicolon past the clause ("… won one; F had won three at the
 * 82nd"), or fronted in a later conjunct ("X won C for F, and in 1997, at the 69th Academy Awards, he won …").
 */
function laterClauseNight(units: Unit[], clause: Clause): boolean {
  const night = units.findIndex((u) => u.mention?.kind === "ceremony" && !u.mention.implicit);
  if (night < clause.to) return false;
  const between = units.slice(clause.to, night);
  if (between.some((u) => u.text === ";")) return true;
  // ("X, nominated for F in 1994—she lost to G, although she won for C—finally won at the 94th": a clause
  // inside a dashed aside is not the night named after it.)
  if (between.some((u) => u.dash) && openDashBefore(units, clause.from)) return true;
  const and = between.findIndex((u) => u.text === "and");
  return and >= 0 && /^(?:in|at|on|during)$/.test(between[and + 1]?.text ?? "") && !between.some((u) => u.cue);
}

/** A film mention at k, past opening quotes. */
function filmAt(units: Unit[], k: number): boolean {
  k = pastQuotes(units, k);
  return units[k]?.mention?.kind === "film";
}

const SHIFT_WORDS = new Set(["before", "earlier", "prior", "previous", "later", "after", "following", "next"]);

/** "the year before", "a year later", "two years earlier", "the previous year": years to add to the night. */
function relativeYears(units: Unit[], clause: Clause): number {
  for (let k = clause.from; k < clause.to; k++) {
    const t = units[k].text;
    if (t !== "year" && t !== "years") continue;
    const n = t === "year" ? 1 : (numberValue(units[k - 1]?.text ?? "") ?? 0);
    const word = SHIFT_WORDS.has(units[k + 1]?.text ?? "") ? units[k + 1].text : (units[k - 1]?.text ?? "");
    if (!n || !SHIFT_WORDS.has(word) || (word === "after" && units[k + 1]?.text === "after")) continue;
    return /^(?:before|earlier|prior|previous)$/.test(word) ? -n : n;
  }
  return 0;
}
