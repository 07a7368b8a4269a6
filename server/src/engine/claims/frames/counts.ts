/**
 * Count frames: "Titanic won 11 Oscars", "Nicholson has earned 12 Academy Award nominations",
 * "The Brutalist, which had 10 nods", "a leading 13 nominations". A number with a wins or
 * nominations noun after it is checked against its holder: a film on its night, a person on
 * the article's night when they competed then, else over the career. A film is refuted on a
 * wrong number; a person only supported (which night or career total is meant is too open).
 */
import type { KnowledgeBase } from "../../kb";
import { NUM, numberLike, numberValue } from "../../text/fold";
import {
  quiet,
  claim,
  evidence,
  fitsPronoun,
  fix,
  guessedFilm,
  possessedFilm,
  guessedPerson,
  nameOf,
  onlyAntecedent,
  recordsOf,
  refuted,
  settle,
  subjectOf,
  winsText,
  type Subject,
} from "../common";
import type { Claim, Fix } from "../types";
import { blockStart, OTHER_BODY, saysOscar, type SentenceView } from "../view";
import { describedByMaker, isFocus, modal, pickedAt, statedCeremonies, subjectBefore, YEAR } from "./bind";
import { ordinalFix } from "./night";
import { sentenceAsides, spanAt } from "./asides";
import type { Mention } from "../../mentions/types";
import { frontedBody, governorOf, perfectParticiple, type Clause, type Unit } from "./clauses";
import { BEAT_VERBS, OBJECT_BEFORE, QUOTES, roleFamilyOf } from "./cues";

const WIN_NOUNS = new Set([
  "oscars",
  "awards",
  "wins",
  "trophies",
  "statuettes",
  "prizes",
  "gongs",
  "victories",
  "honors",
]);
// (The singulars count one: "earned one Academy Award nod", "received a single nomination".)
export const NOM_NOUNS = new Set(["nominations", "nods", "noms", "bids", "nominated", "nomination", "nod", "nom"]);
const PERFECT = new Set(["been", "won", "received", "earned", "collected"]);
/** After "has": a perfect ("has won"), or a count held now ("has four Oscars", "now has 12 nominations"). */
// (Only in a piece on no one night: before a night, "already has two Oscars" counts the career up to it.)
const holds = (next: string, v: SentenceView) =>
  PERFECT.has(next) || (!v.ctx && (next === "now" || numberValue(next) !== undefined));
/** Words between the number and its noun ("11 Academy Award nominations", "four major Oscars"). */
/** "all three of its nominations": every nomination, as many as the number. */
function allOfIts(units: Unit[], k: number): boolean {
  const own = /^(?:its|their|his|her)$/.test(units[k + 2]?.text ?? "");
  return units[k - 1]?.text === "all" && units[k + 1]?.text === "of" && own && NOM_NOUNS.has(units[k + 3]?.text ?? "");
}

/** Where a verb of winning right before the number at k starts: "won", "took home", "carried off"; else -1. */
function winningVerbAt(units: Unit[], k: number): number {
  const a = units[k - 1]?.text ?? "";
  if (/^(?:won|winning)$/.test(a)) return k - 1;
  // (Not "picked up" or "collected": after nominations they may count more nominations.)
  const b = units[k - 2]?.text ?? "";
  if (a === "home" && /^(?:took|takes|taking|take)$/.test(b)) return k - 2;
  if (a === "off" && /^(?:carried|carries)$/.test(b)) return k - 2;
  return -1;
}

const COMPARATIVE = new Set(["more", "most", "fewer"]);

const ALL_WORDS = String.raw`in all|in total|altogether|overall`;
/** "… nominations in all", "… wins in total", "… altogether": a total, said after its noun. */
const IN_ALL = new RegExp(String.raw`^(?:[a-z]+ )?(?:${ALL_WORDS})\b`);
/** "won seven in all", "… altogether, …": the words that say a count is the whole, ending its phrase. */
const SAID_WHOLE = new RegExp(String.raw`^(?:${ALL_WORDS})(?: (?:[,.;:)]|(?:at|on|that|and)\b)|$)`);

/** Participles that hand a count to someone: "giving him eight nominations". */
const GIVEN = new Set(["giving", "gave", "gives", "bringing", "brought", "brings", "earning", "handing", "taking"]);
/** Words after "the N" that name a part of a holder's awards: "the two top prizes", "the three acting awards". */
const SHARE = new Set(["top", "major", "big", "main", "acting", "technical", "craft", "writing", "remaining"]);
const NOUN_FILLER = new Set(["oscar", "academy", "award", "competitive", "total", "major", "top", "golden", "gold"]);
/** "nine of the golden statuettes": a partitive of the night's awards, with no number or subset word in it. */
const PARTITIVE_FILLER = new Set(["the", "golden", "gold", "coveted", "night's", "evening's"]);
/** Words before a number that make it approximate or not this holder's own count. */
const VAGUE = new Set([
  "than",
  "further",
  "additional",
  "another",
  "extra",
  "over",
  "nearly",
  "almost",
  "about",
  "around",
  "least",
  "some",
  "each",
  "apiece",
  "of",
  "to",
]);

export interface CountFrame {
  /** Whose count it is; none when the clause does not say plainly. */
  holder?: Subject;
  n: number;
  nominations: boolean;
  /** The number's range (what a fix replaces). */
  start: number;
  end: number;
  /** One number shared by several holders ("A and B won two apiece"): each claim covers its name too. */
  shared?: { start: number; end: number };
  /** The clause names a ceremony or a year: then a person's count is that night's. */
  stated: boolean;
  /** "X has been nominated for 12 Academy Awards": a career as of the article's day. */
  perfect?: boolean;
  /** "X won eight Oscars": a plain past count, the whole career when no night is in view. */
  plainPast?: boolean;
  /** "At the Baftas, …": the clause is another body's, fronted before it. */
  fronted?: boolean;
  /** A title several films share: the nights the clause states, and where, for the count to settle. */
  said?: { nights: number[]; at: { start: number; end: number }; year?: boolean };
}

/**
 * The year a film's count is dated by: "won 11 Oscars in 1998", "11 nominations at the 1998
 * ceremony", or a sentence that opens "In 1998, …". The nights it may mean are those held that
 * year and the one honouring that year's films.
 */
function countYear(units: Unit[], clause: Clause, noun: number): Unit | undefined {
  let k = noun + 1;
  if (units[k]?.text === "back") k++;
  if (units[k]?.text === "in" && YEAR.test(units[k + 1]?.text ?? "")) return units[k + 1];
  const ceremony = /^(?:ceremony|oscars|awards|academy)$/.test(units[k + 3]?.text ?? "");
  if (units[k]?.text === "at" && units[k + 1]?.text === "the" && YEAR.test(units[k + 2]?.text ?? "") && ceremony)
    return units[k + 2];
  // (Only the sentence's own opening, before its first clause: "In 1998, Titanic won 11 Oscars"; not a
  // relative clause's count, "In 2012, Danny Boyle, whose F won eight Oscars, staged …".)
  const opening = units[0]?.text === "in" && YEAR.test(units[1]?.text ?? "") && units[2]?.text === ",";
  const plain = units.slice(3, noun).every((u) => u.text !== "," && !RELATIVES.has(u.text));
  return opening && clause.from <= 3 && plain ? units[1] : undefined;
}

const RELATIVES = new Set(["who", "whose", "which", "that", "where"]);

/** The year of a night in place of a year the clause states: the year it was held. */
function yearFix(v: SentenceView, at: { start: number; end: number }, right: number): Fix[] {
  const held = String(v.kb.heldYearOf(right));
  return [fix(`Replace with "${held}"`, held, at.start, at.end)];
}

/** Words after a tally of times that leave it whole: "in all", "in her career", "before", "to date". */
const WHOLE_AFTER = /^(?:[,.;:)!?-]|and|but|$)/;
const ONE_NIGHT = String.raw`(?:a single|one) (?:night|evening)`;
const WHOLE_IN = String.raw`in (?:all|total|(?:his|her|their) career|competitive categories|${ONE_NIGHT})`;
const WHOLE_WORDS = String.raw`overall|so far|to date|now|altogether|that (?:night|evening|year)|by the academy`;
const WHOLE_PHRASE = new RegExp(String.raw`^(?:${WHOLE_IN}|${WHOLE_WORDS}|before(?: [,.;:)].*)?$)`);
const OSCAR_NOUN = /^(?:an?|the|oscars?|academy|awards?)$/;

/** "a category in which", "the race in which", "C, in which": a relative clause on a category before unit k. */
function narrowedBefore(units: Unit[], clause: Clause, k: number): boolean {
  for (let i = k - 1; i > clause.from + 1; i--) {
    if (units[i].text !== "which" || units[i - 1].text !== "in") continue;
    const head = units[i - 2];
    return /^(?:category|categories|race|field)$/.test(head.text) || head.mention?.kind === "category";
  }
  return false;
}

/**
 * Whether the words at `at`, after "N times" or "twice", narrow the tally to a part of a whole: anything but the
 * clause's end or a whole-career tail ("twice in consecutive years", "twice in lead roles", "since 2010").
 */
function narrowedAfter(units: Unit[], at: number): boolean {
  const u = units[at]?.text ?? "";
  if (WHOLE_AFTER.test(u)) return false;
  // ("nominated twice for an Oscar": the whole.)
  if (u === "for" && OSCAR_NOUN.test(units[at + 1]?.text ?? "")) return false;
  // ("nominated 14 times at the 70th Academy Awards", "in 1998": the night the count is of.)
  const night = (x: Unit) => x.mention?.kind === "ceremony" || /^(?:19|20)\d\d$/.test(x.text);
  if ((u === "at" || u === "in") && units.slice(at + 1, at + 4).some(night)) return false;
  const tail = units
    .slice(at, at + 4)
    .map((x) => x.text)
    .join(" ");
  return !WHOLE_PHRASE.test(tail);
}

const ONCE: Record<string, number> = { once: 1, twice: 2, thrice: 3 };

/** "won only once", "was nominated twice": a count said as an adverb after its verb. */
function onceAt(units: Unit[], k: number): { n: number; verb: string } | undefined {
  const n = ONCE[units[k].text];
  if (n === undefined) return undefined;
  const b = units[k - 1]?.text === "only" || units[k - 1]?.text === "just" ? k - 2 : k - 1;
  const verb = units[b]?.text ?? "";
  return verb === "won" || verb === "nominated" ? { n, verb } : undefined;
}

/** The number at k follows a person it is given to: "won him (his first) two Oscars". */
function toSomeone(units: Unit[], k: number): boolean {
  let b = k - 1;
  while (b > k - 4 && /^(?:his|her|their|first|only|last)$/.test(units[b]?.text ?? "")) b--;
  return /^(?:him|her|them)$/.test(units[b]?.text ?? "") && units[b - 1]?.cue === "win";
}

/** Count frames of one clause. */
export function countFrames(v: SentenceView, units: Unit[], clause: Clause): CountFrame[] {
  const out: CountFrame[] = [];
  for (let k = clause.from; k < clause.to; k++) {
    const adverb = onceAt(units, k);
    const n = adverb?.n ?? numberValue(units[k].text);
    if (n === undefined || n > 99 || units[k].mention) continue;
    // ("nominated for directing Ran at 75": an age, no count; "close behind at 8" is a tally.)
    const age = units[k - 1]?.text === "aged" || (units[k - 1]?.text === "at" && n >= 18);
    if (age && !COUNTED_AFTER.test(units[k + 1]?.text ?? "")) continue;
    // ("shared the record at 14": a record's number without its noun counts what the record is of, unsaid.)
    if (units[k - 1]?.text === "at" && units[k - 2]?.text === "record" && !COUNTED_AFTER.test(units[k + 1]?.text ?? ""))
      continue;
    // ("F won him two Oscars", "earned her her first three nominations": the person's count from the film.)
    if (toSomeone(units, k)) continue;
    // ("the 2013–14 awards season": the end of a span of years, no count.)
    if (/^[\u2013\u2014-]$/.test(units[k - 1]?.text ?? "") && /^(?:19|20)\d\d$/.test(units[k - 2]?.text ?? ""))
      continue;
    let j = k + 1;
    // ("Sweeps 5 Major Oscars": a title-case "Oscars" read as the awards' name is the noun, or before one.)
    const named = (u?: Unit) => u?.mention?.kind === "ceremony" && u.mention.implicit;
    // "collected nine of the golden statuettes", "won nine of the Oscars": all of the holder's.
    if (units[j]?.text === "of" && units[j + 1]?.text === "the") {
      let p = j + 1;
      while (p < clause.to && PARTITIVE_FILLER.has(units[p].text)) p++;
      // ("one of the Oscars' unluckiest clubs": a possessive owns what is counted, the noun is not it.)
      const owner = /^'s?$/.test(units[p + 1]?.text ?? "");
      if ((WIN_NOUNS.has(units[p]?.text ?? "") || named(units[p])) && !owner) j = p;
    }
    while (j < clause.to && (NOUN_FILLER.has(units[j].text) || (named(units[j]) && isCountNoun(units[j + 1])))) j++;
    // "a five-Oscar night", "an 11-Oscar sweep": the night's wins.
    const night = units[k + 1]?.text === "-" && /^(?:oscar|award)$/.test(units[k + 2]?.text ?? "");
    if (night && /^(?:night|haul|sweep|evening|triumph)$/.test(units[k + 3]?.text ?? "")) j = k + 2;
    // "was nominated 12 times", "won four times": the verb says what is counted.
    // ("nominated four times as a director": the role's tally, read with the category tallies.)
    if (units[k + 1]?.text === "times" && units[k + 2]?.text === "as" && roleFamilyOf(units[k + 4])) continue;
    const verb = adverb?.verb ?? units[k - 1]?.text ?? "";
    const times = !!adverb || (units[k + 1]?.text === "times" && /^(?:nominated|won)$/.test(verb));
    // ("nominated five times in that category", "won twice for playing kings": a part of the tally, not all.)
    if (times && narrowedAfter(units, adverb ? k + 1 : k + 2)) continue;
    // ("in Best Actor, a category in which F was nominated twice": narrowed before, by a relative clause.)
    if (times && narrowedBefore(units, clause, k)) continue;
    const noun =
      night && j === k + 2
        ? "oscars"
        : times
          ? verb === "won"
            ? "oscars"
            : "nominations"
          : named(units[j])
            ? "oscars"
            : (units[j]?.text ?? "");
    // "nominated for 12 Oscars" counts nominations.
    // ("nominated for an astonishing 24 Academy Awards": a few words may stand between.)
    const forAt = [1, 2, 3].find((d) => units[k - d]?.text === "for");
    // ("is up for six Oscars", "competed for 12 awards", "vying for seven": nominations too.)
    const nominatedFor = forAt !== undefined && NOMINATED_FOR.test(units[k - forAt - 1]?.text ?? "");
    const nominations = NOM_NOUNS.has(noun) || (nominatedFor && WIN_NOUNS.has(noun));
    const range = { start: units[k].start, end: units[k].end };
    // "won 5 of its 6 nominations": the first number counts wins, the second nominations.
    // "winning all three of its nominations": as many wins as nominations.
    if (allOfIts(units, k) && (winningVerbAt(units, k - 1) >= 0 || units[k - 2]?.cue === "win")) {
      const holder = holderOf(v, units, clause, k - 1);
      if (holder) {
        out.push({ holder, n, nominations: false, ...range, stated: false });
        out.push({ holder, n, nominations: true, ...range, stated: false });
        continue;
      }
    }
    // ("took five from 11", "converted four of its nine": what is taken from nominations is won.)
    // (The verb of winning right before the number, asked once for what follows.)
    const verbAt = winningVerbAt(units, k);
    const taken = verbAt >= 0 || /^(?:took|takes|converted|converts)$/.test(units[k - 1]?.text ?? "");
    const bareTotal =
      !NOM_NOUNS.has(noun) && !WIN_NOUNS.has(noun) && PART_OF.has(noun)
        ? outOf(units, clause, k + 1, taken)
        : undefined;
    if (bareTotal && (taken || contextNoun(v, units, k) === "wins")) {
      // ("won one of its three nominations for original song": one category's, read and left unclear.)
      if (categoryAfterNoun(units, clause, bareTotal.at)) {
        const t = units[bareTotal.at];
        out.push({ n, nominations: false, ...range, stated: false });
        out.push({ n: bareTotal.n, nominations: true, start: t.start, end: t.end, stated: false });
        k = bareTotal.at;
        continue;
      }
      const holder = holderOf(v, units, clause, k);
      if (holder) {
        const t = units[bareTotal.at];
        // ("won every one of its nine nominations": all of them.)
        const every = units[k - 1]?.text === "every" && n === 1;
        out.push({ holder, n: every ? bareTotal.n : n, nominations: false, ...range, stated: false });
        out.push({ holder, n: bareTotal.n, nominations: true, start: t.start, end: t.end, stated: false });
        k = bareTotal.at;
        continue;
      }
    }
    // "went four for four", "each 0 for 11": a record, wins for nominations.
    const record = !nominations && !WIN_NOUNS.has(noun) ? recordAt(units, clause, k) : undefined;
    if (record) {
      const t = units[record.at];
      for (const holder of recordHolders(v, units, clause, k)) {
        out.push({ holder, n, nominations: false, ...range, stated: false });
        out.push({ holder, n: record.n, nominations: true, start: t.start, end: t.end, stated: false });
      }
      k = record.at;
      continue;
    }
    if (!nominations && !WIN_NOUNS.has(noun)) {
      // "The most nominated films were X (10), followed by Y (9)", "A, B and C each got nine":
      // a bare number whose noun the sentence gave before.
      // "…, Poor Things won four", "14 nominations and winning six": whatever noun came before, "won" counts wins.
      // ("Of the four acting awards, F won three": a part of a named set, not F's total.)
      const set = units.slice(clause.from + 2, clause.from + 6);
      const subset =
        /^(?:of|in|among)$/.test(units[clause.from]?.text ?? "") &&
        units[clause.from + 1]?.text === "the" &&
        set.some((u) => u.mention?.kind === "category" || /^(?:awards|categories|oscars|races|prizes)$/.test(u.text));
      // ("went home with four", "ended the night with three": wins, as contextNoun reads them.)
      // ("… and took home seven": a verb of winning says what the number counts.)
      const what =
        verbAt >= 0 && !subset ? "wins" : subset ? undefined : unlessTaken(units, k, contextNoun(v, units, k));
      // "garnering 14 nominations and winning six": the count before has the holder.
      const shared = verbAt >= 0 && units[verbAt - 1]?.text === "and";
      const before = shared ? out[out.length - 1]?.holder : undefined;
      if (what && before) out.push({ ...range, n, nominations: false, stated: false, holder: before });
      else if (what)
        out.push(...implicitCounts(v, units, clause, k, { ...range, n, nominations: what === "nominations" }));
      continue;
    }
    // "With four Oscars was the epic F", "Leading with eight nominations each were A and B":
    // the holders follow the verb; "A and B won two Oscars apiece": each film before holds it.
    const distributive = units[j + 1]?.text === "each" || units[j + 1]?.text === "apiece";
    const holders = invertedHolders(units, distributive ? j + 2 : j + 1, distributive);
    if (!holders.length && distributive) holders.push(...distributedOver(units, clause, k));
    if (holders.length) {
      const stated = units.some((u) => u.mention?.kind === "ceremony" && !u.mention.implicit);
      for (const m of holders) out.push({ ...range, n, nominations, stated, holder: subjectOf(m) });
      continue;
    }
    const listed = eachOf(units, clause, k);
    if (listed.length) {
      out.push(...listed.map((m) => ({ ...range, n, nominations, stated: false, holder: subjectOf(m) })));
      continue;
    }
    const before = eachOfBefore(v, units, clause, k);
    if (before.length) {
      out.push(...before.map((m) => ({ ...range, n, nominations, stated: false, holder: subjectOf(m) })));
      continue;
    }
    // "four Oscars out of its five nominations", "four victories from its nine nominations".
    const total = PART_OF.has(units[j + 1]?.text ?? "") ? outOf(units, clause, j + 1) : undefined;
    if (PART_OF.has(units[j + 1]?.text ?? "") && (!total || nominations)) continue;
    // "eight of the eleven", "two apiece", "more than five" are not one holder's total.
    // ("its other two bids", "the two top prizes, best picture and director": a part named apart from the rest.)
    const share = units[k - 1]?.text === "other" || (units[k - 1]?.text === "the" && SHARE.has(units[k + 1]?.text));
    const partOf = (units[k - 1]?.text === "the" && units[k - 2]?.text === "of") || share;
    // "a total of seven awards" is exact; "some of", "more than" are not.
    // ("X's tally of eight nominations": a tally's noun, as exact.)
    const aTotalOf = units[k - 1]?.text === "of" && TALLY.has(units[k - 2]?.text ?? "");
    // ("the previous record holders for 14 nominations": the record's count, not the subject's.)
    const recordFor = units[k - 1]?.text === "for" && /^(?:holders?|records?|mark)$/.test(units[k - 2]?.text ?? "");
    // ("four nominations for its actresses": a share of the film's count, said of some of its people.)
    const forSome =
      /^(?:for|among)$/.test(units[j + 1]?.text ?? "") && /^(?:its|their)$/.test(units[j + 2]?.text ?? "");
    // ("three Academy Awards for Best Actress": that category's tally, read as one; "… before 2016": up to a point.)
    // ("its two nominations for original song": a film's too.)
    const inCategory = !!categoryAfterNoun(units, clause, k);
    const restricted = inCategory || boundedAfter(units, clause, k);
    const vague =
      forSome ||
      units[j + 1]?.text === "apiece" ||
      units[j + 1]?.text === "each" ||
      recordFor ||
      (VAGUE.has(units[k - 1]?.text ?? "") && !aTotalOf);
    // "with four victories from its eleven nominations": "its" names the holder of both.
    // ("The film won five Oscars from its ten nominations": "its" is the subject film's.)
    const subject = total && units[total.at - 1]?.text === "its" ? holderOf(v, units, clause, k) : undefined;
    const joined = conjoinedTo(units, k, out);
    const byPossessive =
      total && units[total.at - 1]?.text === "its"
        ? subject?.kind === "film"
          ? subject
          : holderOf(v, units, clause, total.at)
        : undefined;
    const holder = partOf || vague ? undefined : (byPossessive ?? holderOf(v, units, clause, k) ?? joined?.holder);
    // The words from the holder to the noun decide: no hedge, no other award body among them.
    const from = holder
      ? Math.max(
          clause.from,
          units.findIndex((u) => u.mention === holder.mention),
        )
      : k;
    const span = { from: from < 0 ? clause.from : from, to: Math.min(clause.to, j + 4) };
    // "a career total of six nominations" is a person's, whatever film the clause names.
    const career = holder?.kind === "film" && units.slice(span.from, span.to).some((u) => u.text === "career");
    // "won four Golden Globes, five Oscars": a count the noun calls Oscars is the Academy's,
    // whatever else the clause names.
    const oscars = noun === "oscars" || units.slice(k + 1, j).some((u) => u.text === "oscar" || u.text === "academy");
    const elsewhere = !oscars && OTHER_BODY.test(v.units.slice(span.from, span.to).join(" "));
    // (A person's count in one category or up to a point is a tally, read as such.)
    // ("We had already won twice": a film's count "already" made is one up to a moment of its night, no total.)
    // (Not nominations: those are fixed before the night.)
    const soFar =
      holder?.kind === "film" && !nominations && units.slice(span.from, k).some((u) => u.text === "already");
    const unclear =
      !holder ||
      career ||
      soFar ||
      modal(units, span) ||
      // ("One critic had Avatar winning eight": a pick of the holder's.)
      pickedAt(units, span.from - 1) ||
      elsewhere ||
      inCategory ||
      (restricted && holder.kind === "person");
    // A count whose holder is unclear is read and left unverifiable: no other reader guesses it.
    if (unclear) {
      out.push({ ...range, n, nominations, stated: false });
      continue;
    }
    const stated = units
      .slice(clause.from, clause.to)
      .some((u) => u.mention?.kind === "ceremony" && !u.mention.implicit);
    // ("Cate Blanchett has been nominated for eight Academy Awards": the career so far.)
    const preceding = units.slice(Math.max(clause.from, k - 5), k);
    // ("X's tally stands at eight nominations and two wins", "X's tally of eight is a record": the career to date.)
    const tally = holder.kind === "person" ? tallyOwner(units, clause, k) : undefined;
    const perfect =
      holder.kind === "person" &&
      (preceding.some(
        (u, i) => (u.text === "has" || u.text === "have") && holds((preceding[i + 1] ?? units[k]).text, v),
      ) ||
        !!tally?.now ||
        (!!tally && /^(?:is|stands|remains)$/.test(units[j + 1]?.text ?? "")) ||
        (joined?.holder === holder && !!joined.perfect));
    // ("Edith Head won eight Oscars": with no "had" before it, a plain past count may be the whole career.)
    const plainPast =
      holder.kind === "person" &&
      !perfect &&
      // ("Katharine Hepburn was nominated 12 times in all": a plain past "nominated" counts the same way.)
      (PERFECT.has(preceding[preceding.length - 1]?.text ?? "") ||
        preceding[preceding.length - 1]?.text === "nominated") &&
      !preceding.some((u) => u.text === "had");
    const shared = stated && holder.kind === "film" && holder.ids.length > 1;
    const said = shared ? statedCeremonies(v, units, clause, k) : undefined;
    // ("By the 71st Academy Awards, Titanic had won 11": a count up to a night, not that night's.)
    const upTo = preceding.some((u) => u.text === "had") || /\bby\s+(?:the\s+)?$/i.test(textBefore(v, said?.statedAt));
    const at = upTo ? undefined : said?.statedAt;
    // "Titanic won 11 Oscars in 1999": a film's count dated by a bare year.
    const year = holder.kind === "film" && !shared && !upTo ? countYear(units, clause, j) : undefined;
    out.push({
      holder,
      n,
      nominations,
      ...range,
      stated,
      perfect,
      plainPast,
      // ("At the Baftas, F had won five awards": a body fronted before the clause.)
      fronted: !oscars && frontedBody(units, clause, k),
      said: at
        ? { nights: said!.stated, at }
        : year && { nights: v.kb.ceremoniesOfYear(Number(year.text)), at: year, year: true },
    });
    if (total) {
      const t = units[total.at];
      out.push({ holder, n: total.n, nominations: true, start: t.start, end: t.end, stated });
      k = total.at;
    }
  }
  // "Titanic, which won 11 Oscars in 1998": the year the clause states picks one of the films sharing a title.
  for (const f of out)
    if (f.holder?.kind === "film" && f.holder.ids.length > 1) f.holder = byNight(v, units, clause, f.holder);
  // "A, B and C won two apiece": each holder's claim spans its name and the number, so that each reads apart.
  for (const f of out) {
    const h = f.holder;
    const m = !h || h.coref || h.mention.start < v.sentence.start ? undefined : h.mention;
    if (m && out.some((g) => g !== f && g.start === f.start && g.holder && g.holder.mention !== m))
      f.shared = { start: Math.min(m.start, f.start), end: Math.max(m.end, f.end) };
  }
  return out;
}

/**
 * "the only nomination received by F", "F's sole Oscar", "its lone nod": a count of one. Refuted
 * only when nothing after the phrase narrows it ("its only nomination outside the sound categories").
 */
export function soleFrames(v: SentenceView, units: Unit[], clause: Clause): (CountFrame & { plain: boolean })[] {
  const out: (CountFrame & { plain: boolean })[] = [];
  for (let k = clause.from + 1; k < clause.to; k++) {
    if (!SOLE.has(units[k - 1].text)) continue;
    // "only Oscar nomination", "only Academy Award win", "only Oscar": the last noun of the phrase counts.
    let j = k;
    while (j < clause.to && SOLE_FILLER.has(units[j].text)) j++;
    const nominations = SOLE_NOMS.has(units[j]?.text ?? "");
    const ends = j > k && units[j - 1].text !== "academy" && SOLE_NEXT.test(units[j]?.text ?? ".");
    const end = nominations || SOLE_WINS.has(units[j]?.text ?? "") ? j : ends ? j - 1 : -1;
    if (end < 0) continue;
    let holder: Subject | undefined;
    let after = end + 1;
    const by = units[after]?.text === "received" || units[after]?.text === "earned" || units[after]?.text === "won";
    if (by && units[after + 1]?.text === "by") {
      let i = after + 2;
      while (QUOTES.has(units[i]?.text ?? "")) i++;
      holder = units[i]?.mention ? subjectOf(units[i].mention!) : undefined;
      after = i + 1;
      while (QUOTES.has(units[after]?.text ?? "") || units[after]?.text === ",") after++;
    } else if (units[k - 2]?.text === "'s" && units[k - 3]?.mention) {
      holder = subjectOf(units[k - 3].mention!);
    } else if (units[k - 2]?.text === "its") {
      // "… for "A Real Pain," its only win": an apposition to the film just named.
      let a = k - 3;
      let comma = false;
      for (; a > 0 && (QUOTES.has(units[a].text) || units[a].text === ","); a--) comma ||= units[a].text === ",";
      let here: Mention | undefined = comma && units[a]?.mention?.kind === "film" ? units[a].mention : undefined;
      // The nearest film before that no preposition governs ("F tied with G …, but … its only win" is F's).
      for (let i = k - 3; i >= 0 && !here; i--) {
        const b = governorOf(units, i);
        const governed = OBJECT_BEFORE.has(units[b]?.text ?? "") || COMPARED.includes(units[b]?.text ?? "");
        if (units[i].mention?.kind === "film" && !governed) here = units[i].mention;
      }
      const f = here ? undefined : guessedFilm(v);
      holder = here ? subjectOf(here) : f && f.ids.length === 1 ? subjectOf(f, true) : undefined;
    }
    if (!holder) continue;
    const next = units[after]?.text ?? ".";
    const plain = after >= clause.to || /^(?:[.,;:!)]|was|is|came|went|and|-)$/.test(next);
    const range = { start: units[k - 1].start, end: units[end].end };
    out.push({ holder, n: 1, nominations, ...range, stated: false, plain });
  }
  return out;
}

const SOLE = new Set(["only", "sole", "lone"]);
const SOLE_NOMS = new Set(["nomination", "nod", "nom", "bid"]);
const SOLE_WINS = new Set(["win", "victory", "trophy", "statuette"]);
const SOLE_FILLER = new Set(["oscar", "academy", "award"]);
/** What may follow "only Oscar" for "Oscar" to end the phrase (not "only Oscar-winning", "only Oscar nominee"). */
const SOLE_NEXT = /^(?:[.,;:!)]|was|is|came|went|for|in|at|to|of|received|earned|won|and|remains)$/;

const PART_OF = new Set(["of", "out", "from"]);
const isCountNoun = (u?: Unit) => !!u && (WIN_NOUNS.has(u.text) || NOM_NOUNS.has(u.text));

function byNight(v: SentenceView, units: Unit[], clause: Clause, h: Subject): Subject {
  const stated = statedCeremonies(v, units, clause).stated;
  const ids = h.ids.filter((f) => v.kb.ceremoniesOfFilm(f).some((c) => stated.includes(c)));
  return ids.length === 1 ? { ...h, ids } : h;
}

/**
 * A count after a verb of taking ("it took seven", "picked up four", "finished with seven") may be of
 * wins after a count of nominations ("F led with 13 nominations. On the night it took seven"), or of
 * nominations in a tally of them: a nominations context decides nothing, and the count is not read.
 */
function unlessTaken(units: Unit[], k: number, noun: "nominations" | "wins" | undefined) {
  const before = units[k - 1]?.text ?? "";
  const taking =
    ACQUIRED.has(before) ||
    (before === "up" && ACQUIRED.has(units[k - 2]?.text ?? "")) ||
    (before === "with" && ENDED.has(units[k - 2]?.text ?? ""));
  return taking && noun === "nominations" ? undefined : noun;
}

/** What a bare number counts, from the words before it in the sentence, else in the sentence before. */
function contextNoun(v: SentenceView, units: Unit[], k: number): "nominations" | "wins" | undefined {
  // "went in with 11 nominations and came out with four", "went home with four", "ended the night with
  // three": what a film leaves the night with is won.
  // ("Poor Things followed with 11 nominations. … Maestro finished with seven": a tally that only ends
  // counts what the paragraph counts, unless the sentence set its nominations against it.)
  // ("F went home empty-handed, as did G, which had three": what a film that won nothing had is nominations.)
  // ("F, which also had nine, went home empty-handed": what the subject that then won nothing had, too.)
  const laterNothing = () => units.some((u, i) => i > k && wonNothing(u, i, units));
  if (units[k - 1]?.text === "had" && ((asDid(units, k) && units.some(wonNothing)) || laterNothing()))
    return "nominations";
  // ("Wicked had ten and won two": what was had, set against what was then won, is nominations.)
  if (units[k - 1]?.text === "had" && setAgainstWins(units, k) && numberValue(units[k + 3]?.text ?? "") !== undefined)
    return "nominations";
  const left = units[k - 1]?.text === "with" ? leavingVerb(units, k - 2) : "";
  const against = () => units.slice(0, k).some((u) => NOM_NOUNS.has(u.text));
  if (LEAVING.has(left)) return !ENDED.has(left) || against() ? "wins" : (nounInContext(v, units, k) ?? "wins");
  return nounInContext(v, units, k);
}

/** "had ten and won two": the number at k, then "and" and a verb of winning. */
function setAgainstWins(units: Unit[], k: number): boolean {
  return units[k + 1]?.text === "and" && /^(?:won|took|converted)$/.test(units[k + 2]?.text ?? "");
}

/** "…, as did G, which had three": the film the count is of shares the clause before's fate. */
function asDid(units: Unit[], k: number): boolean {
  for (let i = k - 1; i > 0 && i >= k - 12; i--)
    if (units[i].text === "did" && /^(?:as|so)$/.test(units[i - 1].text)) return true;
  return false;
}

/** "empty-handed", "shut out", "winless": the holder won nothing. */
function wonNothing(u: Unit, i: number, units: Unit[]): boolean {
  if (u.text === "winless" || (u.text === "handed" && units[i - 2]?.text === "empty")) return true;
  return u.text === "out" && /^(?:shut|blanked)$/.test(units[i - 1]?.text ?? "");
}

/** Nouns a number after "at" may count ("at 11 nominations"); otherwise "at 75" is an age. */
const COUNTED_AFTER = /^(?:nominations|nods|oscars|awards|wins|prizes|trophies|statuettes|each|apiece)$/;

/** Words before "for N awards" that count nominations: to compete for an award is to be nominated. */
const NOMINATED_FOR = /^(?:nominated|up|compet(?:ed|es|ing|e)|vying|vied|vies|contending|contended)$/;

/** The word before "with", or a verb of leaving before its place ("left the Shrine Auditorium with six"). */
function leavingVerb(units: Unit[], at: number): string {
  if (LEAVING.has(units[at]?.text ?? "")) return units[at].text;
  // ("had to make do with two": what a film makes do with is what it won.)
  if (units[at]?.text === "do" && units[at - 1]?.text === "make") return "out";
  // (Past a place only a verb of leaving: "far out in front with 13" leaves nothing.)
  for (let i = at - 1; i >= 0 && i >= at - 4; i--) {
    const u = units[i];
    if (u.text === "left" || u.text === "emerged" || u.text === "exited") return u.text;
    if (u.cue || u.text === "," || numberValue(u.text) !== undefined) break;
  }
  return units[at]?.text ?? "";
}

function nounInContext(v: SentenceView, units: Unit[], k: number): "nominations" | "wins" | undefined {
  // ('Only "Ben-Hur," with 11, and "West Side Story," with 10, have won more': the comparison says what.)
  for (let i = k + 1; i < units.length && i <= k + 14; i++) {
    if (units[i].cue === "win" && COMPARATIVE.has(units[i + 1]?.text ?? "")) return "wins";
    if (units[i].cue === "nominate" && COMPARATIVE.has(units[i + 1]?.text ?? "")) return "nominations";
  }
  if (units[k - 1]?.text === "with") {
    // "F, with eight, won two": an aside before the film's wins counts its nominations.
    const won = units[k + 1]?.text === "," && units.slice(k + 2, k + 5).some((u) => u.cue === "win");
    // "A, nominated seven times, …, and B, also with seven,": "with N" counts what the number before counted.
    const parallel = won ? "nominations" : countedBefore(units, k);
    if (parallel) return parallel;
  }
  // ("F, which won the Golden Globe, was next with 10": an aside's verb counts nothing here.)
  const asides = sentenceAsides(units).filter((a) => k < a.from || k >= a.to);
  for (let i = k - 1; i >= 0; i--) {
    const aside = asides.length ? spanAt(asides, i) : undefined;
    if (aside) {
      i = aside.from;
      continue;
    }
    const t = units[i].text;
    // ("F won six of its 13 nominations; G got one": the parallel number counts what the first one did.)
    // (Not "…; G had eight": a verb that counts anything keeps the noun said.)
    const partOf =
      NOM_NOUNS.has(t) && numberValue(units[i - 1]?.text ?? "") !== undefined && PARALLEL_WIN.has(units[k - 1]?.text);
    const whole = partOf && POSSESSOR_OF.has(units[i - 2]?.text ?? "") && units[i - 3]?.text === "of";
    if (whole && numberValue(units[i - 4]?.text ?? "") !== undefined) {
      i -= 4;
      continue;
    }
    if (NOM_NOUNS.has(t) || units[i].cue === "nominate") return "nominations";
    // ("failed to win a single award, as did F, which had seven": a win denied counts nothing.)
    if (units[i].cue === "win" && (units[i - 1]?.cue === "neg" || units[i - 2]?.cue === "neg")) continue;
    // ("which earned eight": a verb that counts anything says nothing of what.)
    if (WIN_NOUNS.has(t) || (units[i].cue === "win" && !GENERIC_VERBS.has(t) && !ACQUIRED.has(t))) return "wins";
  }
  // "… scored 13 nominations. A, B and C each got nine.": the last count noun of the paragraph so far.
  const before = v.text.slice(Math.max(0, v.sentence.start - 300), v.sentence.start);
  // ("… won only one. Stagecoach did better, with two": a count of wins with its noun left out counts too.)
  const nouns = [...before.matchAll(COUNT_NOUN_IN_TEXT), ...before.matchAll(WON_NUMBER_IN_TEXT)];
  const lastAt = Math.max(-1, ...nouns.map((m) => m.index!));
  const last = nouns.find((m) => m.index === lastAt)?.[0].toLowerCase();
  return last === undefined ? undefined : /^(?:nom|nod|bid)/.test(last) ? "nominations" : "wins";
}

/** Verbs a parallel bare number may follow and count the wins of: "F won six of its 13; G got one". */
const PARALLEL_WIN = new Set(["got", "won", "took", "collected", "claimed", "grabbed", "managed"]);
const POSSESSOR_OF = new Set(["its", "their", "his", "her", "the"]);

/** What the nearest number before k counts, when its own words say: "13 nominations", "nominated seven times". */
function countedBefore(units: Unit[], k: number): "nominations" | "wins" | undefined {
  for (let i = k - 2; i >= 0; i--) {
    if (numberValue(units[i].text) === undefined || units[i].mention) continue;
    const next = units[i + 1]?.text ?? "";
    if (NOM_NOUNS.has(next)) return "nominations";
    if (WIN_NOUNS.has(next)) return "wins";
    if (next === "times") return units[i - 1]?.text === "nominated" ? "nominations" : undefined;
    // ("F, with ten, went home empty-handed, as did G with seven": an aside "with N" counted nominations.)
    if (units[i - 1]?.text === "with" && units[i - 2]?.text === "," && next === ",") return "nominations";
    return undefined;
  }
  return undefined;
}

/** (Not the night's name: "the 81st Academy Awards", "at the Oscars".) */
const COUNT_NOUN_IN_TEXT =
  /\b(?:nominations|nods|noms|bids|(?<!the )oscars|(?<!academy )awards|wins|trophies|statuettes)\b/gi;
const WON_NUMBER_IN_TEXT = new RegExp(String.raw`\b(?:won|winning|took home|collected) (?:only |just )?${NUM}\b`, "gi");
/** Words before "with N" that leave a night with what was won: "came out with", "went home with". */
const ENDED = new Set(["finished", "finishes", "ended", "ends"]);
const LEAVING = new Set([...["out", "away", "home", "left", "emerged", "night", "evening"], ...ENDED]);
/** Verbs that take a nomination as readily as a win ("collected eight", "took 10"): they say nothing of what. */
const ACQUIRED = new Set(["collected", "took", "picked", "netted", "racked", "grabbed"]);

function implicitCounts(
  v: SentenceView,
  units: Unit[],
  clause: Clause,
  k: number,
  base: Omit<CountFrame, "holder" | "stated">,
): CountFrame[] {
  const frame = { ...base, stated: false };
  // "X (10)": the film the bracket follows.
  const bracketed = units[k - 1]?.text === "(" && units[k + 1]?.text === ")" ? units[k - 2]?.mention : undefined;
  if (bracketed?.kind === "film") return [{ ...frame, holder: subjectOf(bracketed) }];
  if (units[k + 1]?.mention) return [];
  // "with two each were A, B and C": the films after the verb.
  if (units[k + 1]?.text === "each" || units[k + 1]?.text === "apiece") {
    const after = invertedHolders(units, k + 2, true);
    if (after.length) return after.map((m) => ({ ...frame, holder: subjectOf(m) }));
  }
  const listed = eachOf(units, clause, k);
  if (listed.length) return listed.map((m) => ({ ...frame, holder: subjectOf(m) }));
  // "followed by Poor Things with 11 and Maestro with seven", 'ahead of "Poor Things" with 11',
  // "and F, also with seven,": the film right before "with".
  const named = filmBeforeWith(units, k);
  if (named) return [{ ...frame, holder: subjectOf(named) }];
  // ("…, a record later broken by Sinners with sixteen": capitalised words after "by" we do not know hold it.)
  if (unknownAgentWith(units, clause, k)) return [];
  // "and Y had five", "Joker led with 11", "with Dune close behind at 10": the number ends its phrase.
  // ("Gravity won seven in all", "… eight altogether": the whole tally, said so; not "won two in all the sound
  // categories".)
  const rest = units.slice(k + 1, Math.min(clause.to, k + 4)).map((u) => u.text);
  const inAll = SAID_WHOLE.test(rest.join(" "));
  // ("Wicked had ten and won two": a number set against the next verb's ends its phrase too.)
  const against = setAgainstWins(units, k);
  const ends =
    k + 1 >= clause.to || /^[,.;:)]$/.test(units[k + 1].text) || units[k + 1].text === "total" || inAll || against;
  // ("… and Sinners picked up seven": "up" after a verb of taking.)
  const verb = units[k - 1]?.text === "up" && ACQUIRED.has(units[k - 2]?.text ?? "") ? k - 2 : k - 1;
  if (!ends || !BARE_VERBS.has(units[verb]?.text ?? "") || VAGUE.has(units[verb - 1]?.text ?? "")) return [];
  // ("F — …, ahead of G — finished with four": the subject of the verb "with" follows.)
  const dashed = units[k - 1]?.text === "with" && ENDED.has(units[k - 2]?.text ?? "") && units[k - 3]?.text === "-";
  // ("…, which came in with 13, and left with two": the verb of leaving, whose subject a conjunction may share.)
  const leaving = units[k - 1]?.text === "with" && /^(?:left|emerged|finished|ended)$/.test(units[k - 2]?.text ?? "");
  const q = dashed ? k - 2 : k - 1;
  const left = leaving ? subjectBefore(v, units, clause, k - 2) : undefined;
  // (A subject the verb of leaving leaves unsure, "…, which came in with 13, and left with two", is no one's.)
  if (left === null) return [];
  const holder = absoluteWith(units, clause, k - 1) ?? left ?? subjectBefore(v, units, clause, q);
  if (!holder || holder.mentions.length !== 1 || holder.mentions[0].kind !== "film") return [];
  return [{ ...frame, holder: subjectOf(holder.mentions[0], holder.coref) }];
}

/** The film right before "with N" (past quotes and "also"), itself after "by", "of", "and" or a comma. */
function filmBeforeWith(units: Unit[], k: number): Mention | undefined {
  if (units[k - 1]?.text !== "with") return undefined;
  let i = k - 2;
  if (units[i]?.text === "also") i--;
  if (units[i]?.text === ",") i--;
  while (QUOTES.has(units[i]?.text ?? "")) i--;
  const film = units[i]?.mention?.kind === "film" ? units[i].mention : undefined;
  let b = i - 1;
  while (QUOTES.has(units[b]?.text ?? "")) b--;
  return film && /^(?:by|,|and|of)$/.test(units[b]?.text ?? "") ? film : undefined;
}

/** Verbs that count anything: they say nothing of what ("which earned eight"). */
const GENERIC_VERBS = new Set(["had", "has", "got", "gets", "earned", "received", "scored", "landed"]);
/** Words a bare count follows: "had five", "got nine", "with 12", "at 10". */
const BARE_VERBS = new Set([...GENERIC_VERBS, "with", "at", "won", ...ACQUIRED]);

/** "N for M" ending its phrase, M no less than N: the second number of a record of wins for nominations. */
function recordAt(units: Unit[], clause: Clause, k: number): { n: number; at: number } | undefined {
  const n = numberValue(units[k].text);
  const m = units[k + 1]?.text === "for" ? numberValue(units[k + 2]?.text ?? "") : undefined;
  if (n === undefined || m === undefined || m < n || m === 0 || units[k + 2].mention) return undefined;
  const ends = k + 3 >= clause.to || /^[,.;:)]$/.test(units[k + 3].text);
  return ends ? { n: m, at: k + 2 } : undefined;
}

/** Whose record: "A and B, each 0 for 11"; "F went four for four" (a film, the verb's subject). */
function recordHolders(v: SentenceView, units: Unit[], clause: Clause, k: number): Subject[] {
  const listed = units[k - 1]?.text === "each" ? eachOf(units, clause, k) : [];
  if (listed.length) return listed.flatMap((m) => subjectOf(m) ?? []);
  if (!/^(?:went|goes|go|finished|was|is|ended)$/.test(units[k - 1]?.text ?? "")) return [];
  const subj = subjectBefore(v, units, clause, k - 1);
  const m = subj?.mentions.length === 1 ? subj.mentions[0] : undefined;
  const film = m?.kind === "film" ? subjectOf(m, subj!.coref) : undefined;
  return film ? [film] : [];
}

/** "with Dune following close behind at 10", "with Dune at 10": the name after "with" in an absolute phrase. */
function absoluteWith(units: Unit[], clause: Clause, at: number) {
  for (let i = at - 1; i > clause.from && i >= at - 6; i--) {
    const m = units[i].mention;
    if (!m) continue;
    const phrase = /ing$/.test(units[i + 1]?.text ?? "") || units[at].text === "at";
    // ('with Steve McQueen's "12 Years a Slave" one behind at nine': past the title's quotes and its maker.)
    const withBefore = units[governorOf(units, i)]?.text === "with";
    return m.kind === "film" && withBefore && phrase ? { mentions: [m], coref: false } : undefined;
  }
  return undefined;
}

/** "A, B and C each got nine", "which each had 14": every film listed before "each". */
function eachOf(units: Unit[], clause: Clause, k: number): Mention[] {
  const from = Math.max(clause.from, k - 3);
  const each = units.slice(from, k).findIndex((u) => u.text === "each");
  if (each < 0) return [];
  // Only the list right before "each": films (or people: "X and Y each won four") joined by commas,
  // "and", quotes and "(1997)" years.
  const out: Mention[] = [];
  let kind: string | undefined;
  for (let i = from + each - 1; i >= clause.from; i--) {
    const u = units[i];
    const m = u.mention;
    if ((m?.kind === "film" || m?.kind === "person") && (kind ?? m.kind) === m.kind) {
      kind = m.kind;
      if (m.ids.length === 1) out.push(m);
    } else if (!LIST_GLUE.has(u.text) && !/^\d{4}$/.test(u.text)) break;
  }
  // (One person is no list: "X each won" does not say.)
  return kind === "person" && out.length < 2 ? [] : out.reverse();
}

/**
 * "A and B shared the honors. Each won 10 nominations": a sentence opened by "each" or "both"
 * counts for the films coordinated last before it in the paragraph, and no one named since.
 */
function eachOfBefore(v: SentenceView, units: Unit[], clause: Clause, k: number): Mention[] {
  const opener = units[0]?.text;
  if (clause.from !== 0 || (opener !== "each" && opener !== "both") || k > 4) return [];
  if (units.slice(0, k).some((u) => u.mention?.kind === "film" || u.mention?.kind === "person")) return [];
  // "Each won", "Both films had", "Each of them got": not "Each nominee won", whose holders are others.
  const next = units[1]?.text ?? "";
  if (!EACH_NEXT.has(next) && !(next === "of" && units[2]?.text === "them")) return [];
  const films = v.prior.films;
  const out: Mention[] = [];
  for (let i = films.length - 1; i >= 0; i--) {
    const m = films[i];
    if (m.ids.length !== 1 || out.some((o) => o.ids[0] === m.ids[0])) break;
    if (out.length && !LIST_JOIN.test(v.text.slice(m.end, out[0].start))) break;
    out.unshift(m);
  }
  // ("Both" is two.)
  if (out.length < 2 || (opener === "both" && out.length !== 2)) return [];
  // Only the last films named before the sentence: nothing named after the list.
  const lastPerson = v.prior.people[v.prior.people.length - 1];
  return lastPerson && lastPerson.start > out[out.length - 1].start ? [] : out;
}

/** What may follow a sentence's opening "Each"/"Both": a verb of counting, or a noun for films. */
const EACH_NEXT = new Set([
  ...["won", "took", "picked", "earned", "received", "got", "had", "has", "have", "scored", "landed", "collected"],
  ...["garnered", "claimed", "racked", "secured", "nabbed", "snagged", "also", "went"],
  ...["film", "films", "movie", "movies", "picture", "pictures"],
]);

/** What may stand between two titles of a list: quotes, a comma, "and". */
const LIST_JOIN = /^[\s"'`,“”‘’]*(?:and|&)?[\s"'`,“”‘’]*$/;

/** Words a film may carry before its title in a list: "the high-flying martial arts epic F". */
const DESCRIPTION = /^(?:the|a|an|[a-z]+(?:-[a-z]+)*)$/;
const MAX_DESCRIPTION = 5;

/**
 * "(With four Oscars) was the fantasy epic F", "(… eight nominations each) were A and B": the
 * films after "was" (one) or "were" (a list), each title perhaps after a few words describing it.
 */
function invertedHolders(units: Unit[], at: number, plural: boolean): Mention[] {
  // ("three awards each to A and B": "to" gives them out like "were".)
  const verb = units[at]?.text === "to" ? "were" : units[at]?.text;
  if (verb !== "was" && verb !== "were") return [];
  const out: Mention[] = [];
  let words = 0;
  for (let i = at + 1; i < units.length; i++) {
    const u = units[i];
    if (u.mention?.kind === "film") {
      out.push(u.mention);
      words = 0;
      if (verb === "was") break;
    } else if (u.mention || u.cue || /^[.;:!?]$/.test(u.text)) break;
    else if (u.text === "," || u.text === "and" || QUOTES.has(u.text)) continue;
    else if (!DESCRIPTION.test(u.text) || ++words > MAX_DESCRIPTION) break;
  }
  return plural || verb === "was" ? out : [];
}

/** Words before a film that make it no holder of a distributed count ("unlike Titanic, A and B …"). */
const NOT_HOLDER = new Set(["than", "over", "unlike", "like", "beat", "beating", "against", "to", "from", "of"]);

/**
 * "A, B and C won two Oscars apiece", "A, a drama, and B, which picked up four awards each":
 * every film named before the count in the sentence, when there are two or more.
 */
function distributedOver(units: Unit[], clause: Clause, k: number): Mention[] {
  const out: Mention[] = [];
  // The count's own clause ("Parasite beat 1917, and Ford v Ferrari and Joker won two apiece").
  for (let i = clause.from; i < k; i++) {
    const m = units[i].mention;
    if (m?.kind !== "film") continue;
    let b = i - 1;
    while (b >= 0 && QUOTES.has(units[b].text)) b--;
    if (NOT_HOLDER.has(units[b]?.text ?? "")) continue;
    if (!out.some((o) => o.ids[0] === m.ids[0])) out.push(m);
  }
  return out.length >= 2 ? out : [];
}

const LIST_GLUE = new Set([",", "and", "which", "(", ")", '"', "'", "''", "``", "`"]);
const POSSESSIVES = new Set(["its", "it's", "it", "their", "his", "her", "the"]);

/** The total after "out of its", "of its", "from its": "(out of its) five (overall) nominations". */
function outOf(units: Unit[], clause: Clause, at: number, bare = false): { n: number; at: number } | undefined {
  let i = at + 1;
  if (units[at].text === "out" && units[i]?.text === "of") i++;
  // "one out of seven nominations": the possessive may be left out.
  if (POSSESSIVES.has(units[i]?.text ?? "")) i++;
  if (units[i]?.text === "'s") i++; // "it's six nominations", a common misspelling of "its"
  const n = numberValue(units[i]?.text ?? "");
  if (n === undefined || i >= clause.to) return undefined;
  let j = i + 1;
  while (j < clause.to && (NOUN_FILLER.has(units[j].text) || units[j].text === "overall")) j++;
  // ("took five from 11.": after a verb of taking, the nominations' noun may be left out.)
  const ends = bare && (j >= clause.to || /^[.,;:)]$/.test(units[j].text));
  return NOM_NOUNS.has(units[j]?.text ?? "") || ends ? { n, at: i } : undefined;
}

/**
 * "eight nominations and two wins": a count joined to the count just read, noun to number, has its holder.
 * (Not "won 11, and Good Will Hunting two": a name between is a holder of its own.)
 */
function conjoinedTo(units: Unit[], k: number, out: CountFrame[]): CountFrame | undefined {
  const last = out[out.length - 1];
  if (!last?.holder) return undefined;
  let i = k - 1;
  if (units[i]?.text === "and") i--;
  if (units[i]?.text === ",") i--;
  if (i === k - 1 || !isCountNoun(units[i])) return undefined;
  // ("eight Oscar nominations and two wins": the noun's own words back to its number.)
  do i--;
  while (i > 0 && NOUN_FILLER.has(units[i].text));
  return units[i]?.start === last.start ? last : undefined;
}

/** Nouns of a tally, and the words that link one to its number ("stands at", "of", ":"). */
const TALLY = new Set(["tally", "record", "total", "count", "haul", "score", "scorecard", "ledger"]);
const TALLY_LINK = new Set(["stands", "stood", "now", "at", "is", "was", "of", "reads", "remains", ":", ",", "-"]);
/** Link words that say the tally is the career to date ("stands at", "is", "now", a colon). */
const TALLY_NOW = new Set(["stands", "now", "is", "reads", "remains", ":"]);
/** "X's tally stands at", "X's record:", "X's career total of": the possessor of a tally before the number at k. */
function tallyOwner(units: Unit[], clause: Clause, k: number): { owner: Mention; now: boolean } | undefined {
  let t = k - 1;
  while (t > clause.from && t > k - 4 && TALLY_LINK.has(units[t].text)) t--;
  if (t === k - 1 || !TALLY.has(units[t]?.text ?? "")) return undefined;
  const now = units.slice(t + 1, k).some((u) => TALLY_NOW.has(u.text));
  if (units[t - 1]?.text === "career") t--;
  const owner = units[t - 1]?.text === "'s" ? units[t - 2]?.mention : undefined;
  return owner && { owner, now };
}

/** "X won N", "X, which had N", "X's N nominations", "it won N". */
function holderOf(v: SentenceView, units: Unit[], clause: Clause, k: number): Subject | undefined {
  const tally = tallyOwner(units, clause, k);
  if (tally) return subjectOf(tally.owner);
  for (let i = k - 1; i >= clause.from && i >= k - 3; i--) {
    // "Christopher Nolan's Oppenheimer earned 13": the possessor's film holds the count.
    const maker = units[i].text === "'s" && units[i - 1]?.mention?.kind === "person";
    if (maker && units[i + 1]?.mention?.kind === "film") return subjectOf(units[i + 1].mention!);
    // "Cameron's epic won 11": the maker's film, when we know it; else no one we know.
    if (maker && describedByMaker(v, units, i - 1) > 0) {
      const film = possessedFilm(v, units[i - 1].mention!);
      return film ? subjectOf(film, true) : undefined;
    }
    if (units[i].text === "'s" && units[i - 1]?.mention) return subjectOf(units[i - 1].mention!);
  }
  // "Gone With the Wind (8 wins)": the film the bracket follows.
  if (units[k - 1]?.text === "(" && units[k - 2]?.mention?.kind === "film") return subjectOf(units[k - 2].mention!);
  // "its eleven nominations", "her third": the nearest film (person) named before, in the sentence or earlier.
  const pronoun = units[k - 1]?.text;
  if (pronoun === "its" || pronoun === "his" || pronoun === "her" || pronoun === "their") {
    const kind = pronoun === "its" || pronoun === "their" ? "film" : "person";
    for (let i = k - 2; i >= 0; i--) {
      const m = units[i].mention;
      // ("F upset G; the winner won three of its six": a film beaten or governed is not what "its" means.)
      const b = governorOf(units, i);
      if (m?.kind === "film" && kind === "film" && OBJECT_OF.has(units[b]?.text ?? "")) continue;
      if (m?.kind === kind) return fitsPronoun(v.kb, m, pronoun) ? subjectOf(m) : undefined;
    }
    // ("The sequel won two of its five", "Villeneuve's follow-up won …": a subject described as another film
    // than the one named before leaves "its" unknown.)
    if (kind === "film" && describedOther(units, clause)) return undefined;
    // "The film won five Oscars from its ten nominations": the clause's subject film, as "the film" resolves.
    const subj = kind === "film" ? subjectBefore(v, units, clause, withObject(units, clause, k)) : undefined;
    if (subj?.mentions.length === 1 && subj.mentions[0].kind === "film") return subjectOf(subj.mentions[0], subj.coref);
    // ("Boyle's tale of a tea boy won eight from its ten": a subject we cannot name owns "its"; no guess.)
    if (subj === null) return undefined;
    const m = kind === "film" ? guessedFilm(v) : guessedPerson(v, pronoun);
    return m && m.ids.length === 1 ? subjectOf(m, true) : undefined;
  }
  // "…, giving him eight nominations in all": the one the participle gives it to, the clause's person.
  if (GIVEN.has(units[k - 2]?.text ?? "") && /^(?:him|her|them)$/.test(units[k - 1]?.text ?? "")) {
    const person = units.slice(clause.from, k).find((u) => u.mention?.kind === "person")?.mention;
    return person && units[k - 1].text !== "them" ? subjectOf(person) : undefined;
  }
  // "X was nominated for A, B, C and D, six nominations in all": after a list of films, a career's total.
  if (IN_ALL.test(v.units.slice(k + 1, k + 5).join(" ")) && filmsBefore(units, clause, k) >= 2)
    return careerHolder(v, units, clause, k);
  // "X won three times, for A, B and C, from four nominations": after a list of films, a person's count.
  // ("… from a record 21 nominations": a description of the number may stand between.)
  let from = k - 1;
  while (from > k - 4 && FROM_FILLER.has(units[from]?.text ?? "")) from--;
  if (units[from]?.text === "from") {
    const career = careerHolder(v, units, clause, k);
    // ('"A," "B" and "C," from 21 nominations' under a person's heading: a career, not the last film's.)
    if (career || filmsBefore(units, clause, k) >= 2) return career;
  }
  const opener = trailingParticiple(units, clause, k);
  if (opener) return subjectOf(opener);
  if (describedOther(units, clause)) return undefined;
  const subj = subjectBefore(v, units, clause, withObject(units, clause, k), true);
  if (subj && subj.mentions.length === 1) return subjectOf(subj.mentions[0], subj.coref);
  return openingParticiple(units, clause, k);
}

/** "by Xyz with N": capitalised words we do not know between "by" and "with N". */
function unknownAgentWith(units: Unit[], clause: Clause, k: number): boolean {
  if (units[k - 1]?.text !== "with") return false;
  let a = k - 2;
  while (a > clause.from && QUOTES.has(units[a].text)) a--;
  let b = a;
  const word = (u: Unit) => (u.cap || u.text === "'s") && !u.mention;
  while (b > clause.from && word(units[b]) && b > a - 5) b--;
  while (b > clause.from && QUOTES.has(units[b].text)) b--;
  return b < a && units[b]?.text === "by";
}

/** The clause opens on "the N" or "X's N", N a noun for another film than one told of ("X's follow-up"). */
function describedOther(units: Unit[], clause: Clause): boolean {
  let i = clause.from;
  while (QUOTES.has(units[i]?.text ?? "")) i++;
  if (units[i]?.mention?.kind === "person" && units[i + 1]?.text === "'s") i += 2;
  else if (units[i]?.text === "the") i++;
  else return false;
  // ("X's Dune follow-up": a few words may describe it; "follow-up" comes as three units.)
  for (let j = i; j < i + 3 && /^[a-z][a-z-]*$/.test(units[j]?.text ?? "") && !units[j].cue; j++) {
    const joined = units[j + 1]?.text === "-" ? `${units[j].text}-${units[j + 2]?.text}` : "";
    if (OTHER_FILM_NOUNS.has(units[j].text) || OTHER_FILM_NOUNS.has(joined)) return true;
  }
  return false;
}
const OTHER_FILM_NOUNS = new Set(["sequel", "follow-up", "prequel", "remake", "successor", "reboot", "spin-off"]);

/**
 * "X won …, for the score of F, having been nominated five times before": a participle closing the sentence
 * has the subject the clause opens on, not the name nearest before it.
 */
function trailingParticiple(units: Unit[], clause: Clause, k: number): Mention | undefined {
  let at = k - 1;
  while (at > Math.max(clause.from, k - 5) && !perfectParticiple(units, at)) at--;
  if (!perfectParticiple(units, at)) return undefined;
  let i = clause.from;
  while (i < at && QUOTES.has(units[i].text)) i++;
  const m = units[i]?.mention;
  return m && (m.kind === "person" || m.kind === "film") ? m : undefined;
}

/** The words of the sentence right before a range ("by the " before "71st Academy Awards"). */
function textBefore(v: SentenceView, at?: { start: number }): string {
  return at ? v.text.slice(Math.max(v.sentence.start, at.start - 8), at.start) : "";
}

/** "the first since Reds to …", "like Titanic before it": a film compared with, not the one told of. */
const COMPARED = ["since", "after", "before", "like", "unlike"];
/** Between "from" and a career's number: "from a record 21", "from a total of 12". */
const FROM_FILLER = new Set(["a", "record", "total", "of", "career", "whopping", "then-record"]);
/** Words after which a film is an object, not what a later "its" stands for. */
const OBJECT_OF = new Set([...BEAT_VERBS, "upset", "upsets", "over", "against", "to", "with", "than", ...COMPARED]);

/** The person whose wins over several films a "from N nominations" counts; none when not so. */
function careerHolder(v: SentenceView, units: Unit[], clause: Clause, k: number): Subject | undefined {
  const before = units.slice(clause.from, k);
  // Several films, or wins counted before ("won three times", "three Best Actor wins").
  const several = filmsBefore(units, clause, k) >= 2;
  if (!several && !before.some((u) => u.text === "times" || WIN_NOUNS.has(u.text))) return undefined;
  const person = before.find((u) => u.mention?.kind === "person")?.mention;
  if (person) return subjectOf(person);
  const pronoun = before.find((u) => u.text === "he" || u.text === "she")?.text;
  const p = pronoun ? guessedPerson(v, pronoun) : undefined;
  return p && subjectOf(p, true);
}

function filmsBefore(units: Unit[], clause: Clause, k: number): number {
  let n = 0;
  for (let i = clause.from; i < k; i++) if (units[i].mention?.kind === "film") n++;
  return n;
}

/** "Nominated for eleven Oscars, Poor Things won four": the opening participle's subject follows its comma. */
function openingParticiple(units: Unit[], clause: Clause, k: number): Subject | undefined {
  if (!/^(?:nominated|shortlisted|up)$/.test(units[clause.from]?.text ?? "") || k - clause.from > 6) return undefined;
  let c = k + 1;
  while (c < clause.to && c <= k + 4 && units[c].text !== ",") c++;
  let i = c + 1;
  while (i < clause.to && QUOTES.has(units[i].text)) i++;
  const m = units[c]?.text === "," ? units[i]?.mention : undefined;
  return m && (m.kind === "film" || m.kind === "person") && units[i + 1]?.cue ? subjectOf(m) : undefined;
}

/**
 * "X beat Y with six Oscars": the count after "with" is the subject's, not the verb's object;
 * "showered Y with six Oscars" gives them to the object. Where the subject is to be found.
 */
function withObject(units: Unit[], clause: Clause, k: number): number {
  if (units[k - 1]?.text !== "with") return k;
  const name = k - 2;
  if (!units[name]?.mention) return copulaBefore(units, clause, k - 1) ?? k;
  // "blasts ex-husband's Avatar": the possessor belongs to the object.
  let at = name - 1;
  if (units[at]?.text === "'s") {
    at -= 2;
    while (units[at]?.text === "-") at -= 2;
  }
  const verb = units[at];
  if (!verb || at <= clause.from) return k;
  const plainWord = !verb.mention && !verb.cue && /^[a-z]+$/.test(verb.text) && !NOT_VERBS.has(verb.text);
  return plainWord && !RECIPIENT_VERBS.has(verb.text) ? at : k;
}

/** "the film was a best picture nominee with seven": the copula the phrase before "with" follows, no name between. */
function copulaBefore(units: Unit[], clause: Clause, w: number): number | undefined {
  for (let i = w - 1; i > clause.from && i >= w - 6; i--) {
    if (units[i].mention?.kind === "person" || units[i].mention?.kind === "film") return undefined;
    if (units[i].text === "was" || units[i].text === "is") return i;
  }
  return undefined;
}

/** "three times since", "four nominations since 1990": a count from a point in the career, not the total. */
const SINCE = /\b(?:times|nominations|nods|wins|oscars|awards) since\b/;

const NOT_VERBS = new Set([
  "the",
  "a",
  "an",
  "and",
  "or",
  "of",
  "in",
  "for",
  "to",
  "by",
  "which",
  "who",
  "that",
  "its",
]);
const RECIPIENT_VERBS = new Set(["showered", "rewarded", "honored", "honoured", "recognized", "feted", "credited"]);

/** "The musical won six Oscars": a film told by its genre alone, which the film guessed may not be. */
const GENRE_SUBJECT =
  /\bthe (?:musical|comedy|drama|thriller|western|satire|romance|documentary|noir|melodrama|biopic|epic)\b/i;

export function verifyCount(v: SentenceView, f: CountFrame): Claim | undefined {
  const c = countVerdict(v, f);
  const genre = () => GENRE_SUBJECT.test(v.text.slice(v.sentence.start, f.start));
  if (c?.verdict === "refuted" && enumerated(v, f)) return quiet(c);
  return c?.verdict === "refuted" && f.holder?.coref && genre() ? quiet(c) : c;
}

const FOR_LIST = /^\s*(?:times\s*)?,\s*for\s+["\u201c]?/;

/**
 * "has been nominated twice, for A and B": the films listed are what is counted, each read on its own;
 * the count may be of a career up to some time the sentence leaves unsaid, so it does not refute.
 */
function enumerated(v: SentenceView, f: CountFrame): boolean {
  const m = FOR_LIST.exec(v.text.slice(f.end, f.end + 40));
  const at = m ? f.end + m[0].length : -1;
  return !!m && v.mentions.some((x) => x.kind === "film" && x.start === at);
}

/**
 * Writing without capitals: the block opens in lower case, or a sentence in it does after a full stop ("… at all.
 * it went 3 for 8", "… fourteen nominations.\nmoonlight got eight"). (A hard-wrapped line of ordinary prose may
 * open in lower case; its sentences do not.)
 */
function lowerCaseLine(v: SentenceView): boolean {
  const block = v.text.slice(blockStart(v), v.sentence.end);
  return LOWER_OPENING.test(block) || LOWER_START.test(block);
}
const LOWER_OPENING = /^\s*\p{Ll}{2}/u;
const LOWER_START = /(?<![\p{L}])\p{Ll}{3,}[.!?]\s+\p{Ll}{2}/u;

function countVerdict(v: SentenceView, f: CountFrame): Claim | undefined {
  const kb = v.kb;
  const h = f.holder;
  if (!h) return undefined;
  // ("and honestly it didn't take away from moonlight. it went 3 for 8": in writing without capitals the titles
  // may be unread, so "it" is no guess at the last film we did read.)
  if (h.coref && lowerCaseLine(v)) return undefined;
  // "The film won four Oscars": the film last named, or else the one the draft is about.
  if (h.coref && h.kind === "film" && !isFocus(v, h.ids)) {
    const focus = v.prior.focus();
    const alt = focus === undefined ? undefined : verifyCount(v, { ...f, holder: { ...h, ids: [focus] } });
    if (alt?.verdict === "supported") return alt;
  }
  const name = nameOf(kb, h);
  const what = f.nominations ? "nominations" : "Oscars";
  const noun = f.n === 1 ? what.slice(0, -1) : what;
  const verb = f.nominations ? "had" : "won";
  const base = {
    kind: "count" as const,
    rule: "wrong-count",
    start: f.shared?.start ?? f.start,
    end: f.shared?.end ?? f.end,
  };
  const unverifiable = (why: string) =>
    claim({ ...base, statement: `${name} ${verb} ${f.n} ${noun}`, verdict: "unverifiable", message: why });
  // ("In 2011 it collected five nominations": a film guessed for "it" that did not compete at the night said.)
  if (h.coref && h.kind === "film" && !competedAtSaid(v, h.ids)) return unverifiable("The film told of is not named");
  // ("…, having also won at the SAG Awards, where the film took a record four prizes": that body's count.)
  if ((bodyWhere(v, f) || f.fronted) && h.kind === "film" && h.ids.length === 1)
    return bodyCount(v, f, h, base) ?? unverifiable("The count is another award body's");
  if (f.fronted) return unverifiable("The count is another award body's");
  // What is counted, once: competitive nominations (or wins), by night.
  const cer = kb.data.nominations.ceremony;
  const career: number[] = [];
  for (const i of recordsOf(kb, h)) if (kb.isCompetitive(i) && (f.nominations || kb.won(i))) career.push(i);
  const onNight = (k: number) => career.filter((i) => cer[i] === k);
  // (A title two films share: either film's night may bear the count out.)
  const nights = h.kind === "film" ? h.ids.flatMap((id) => kb.ceremoniesOfFilm(id)) : v.ctx ? [v.ctx.ceremony] : [];
  // (A title several films share, said at a night none of them competed at.)
  const elsewhen = !!f.said && !nights.some((c) => f.said!.nights.includes(c));
  for (const k of nights) {
    const night = onNight(k);
    const fixes =
      !elsewhen || night.length !== f.n ? [] : f.said!.year ? yearFix(v, f.said!.at, k) : ordinalFix(v, f.said!.at, k);
    if (fixes.length && f.said) {
      // "Titanic won 11 Oscars at the 71st": no film of the title competed then; the count names the night.
      // ("… in 1999": neither held then nor honouring that year's films.)
      const said = f.said.year
        ? `in ${v.text.slice(f.said.at.start, f.said.at.end)}`
        : `at the ${kb.ceremonyLabel(f.said.nights[0])}`;
      const statement = `${name} ${verb} ${f.n} ${noun} ${said}`;
      const message = `${name} ${verb} ${f.n} ${noun} at the ${kb.ceremonyLabel(k)}, not ${said.replace(/^at /, "")}.`;
      const rows = night.slice(0, 3).map((i) => evidence(kb, i));
      const wrong = { ...base, ...f.said.at, kind: "ceremony" as const, rule: "wrong-ceremony-date" };
      return settle(refuted({ ...wrong, statement, message, evidence: rows, fixes }));
    }
    if (night.length === f.n) {
      // (The night a film's count is borne out on is the one the paragraph now tells of: "Titanic won
      // 11 Oscars. The film also won …" is the 1997 film's night, not the 1953 one's.)
      if (h.kind === "film" && !h.coref) v.prior.lastNight = k;
      return supported(kb, base, `${name} ${verb}`, what, f.n, k, night);
    }
    // "The Best Years of Our Lives won eight Oscars": seven competitive and a special award that night.
    const special = f.nominations
      ? []
      : recordsOf(kb, h).filter((i) => cer[i] === k && kb.won(i) && !kb.isCompetitive(i));
    if (special.length && night.length + special.length === f.n)
      return supported(kb, base, `${name} ${verb}`, what, f.n, k, [...night, ...special]);
  }
  // In a BAFTA or Globes piece, a film's count is that body's: checked against its data.
  if (v.otherBodies && !saysOscar(v) && h.kind === "film" && h.ids.length === 1) {
    return bodyCount(v, f, h, base) ?? unverifiable("The paragraph may be about another award body");
  }
  if (h.kind === "person" && !f.stated && career.length === f.n) {
    const statement = `${name} ${verb} ${f.n} ${noun} in all`;
    return claim({ ...base, statement, verdict: "supported", message: `${career.length} in all` });
  }
  // "out of a career total of six nominations" in a piece on a past night: the career then.
  const then = h.kind === "person" && !f.stated && v.ctx ? career.filter((i) => cer[i] <= v.ctx!.ceremony) : [];
  if (then.length === f.n) {
    const by = kb.ceremonyLabel(v.ctx!.ceremony);
    const statement = `${name} ${verb} ${f.n} ${noun} by the ${by}`;
    return claim({ ...base, statement, verdict: "supported", message: `${then.length} by the ${by}` });
  }
  // "X has been nominated for 12 Academy Awards": neither the career nor the career by the article's night.
  // (Wins may count an honorary award: "Sophia Loren has won two Oscars".)
  // ("has two nominations this year": one season's, not the career's.)
  const soFar =
    h.kind === "person" &&
    f.perfect &&
    !f.stated &&
    h.ids.length === 1 &&
    (!h.coref || onlyAntecedent(v, h)) &&
    career.length > 0 &&
    !SEASON.test(v.sk) &&
    // ("has been nominated three times since": counted from a point in the career.)
    !SINCE.test(v.sk);
  const withHonorary = soFar && !f.nominations ? recordsOf(kb, h).filter((i) => kb.won(i)) : [];
  if (soFar && withHonorary.length !== f.n) {
    const what = `${f.nominations ? "nomination" : "win"}${career.length === 1 ? "" : "s"}`;
    const more = withHonorary.length > career.length ? ` (${withHonorary.length} with honorary awards)` : "";
    const message = `${name} has ${career.length} competitive ${what}${more}, not ${f.n}.`;
    const statement = `${name} ${verb} ${f.n} ${noun} in all`;
    return wrongNumber(v, { ...base, statement, message }, career.length);
  }
  const whole = careerCount(v, f, career, onNight);
  if (whole) return whole;
  if (h.kind === "person" || (h.coref && !isFocus(v, h.ids)) || h.ids.length !== 1 || nights.length !== 1) {
    return unverifiable("The count may be of another night or of a career");
  }
  if (v.otherBodies && !saysOscar(v)) return unverifiable("The paragraph may be about another award body");
  const k = nights[0];
  const night = onNight(k);
  if (night.length === 0 && f.nominations) return unverifiable(`${name} had no competitive nomination`);
  const label = kb.ceremonyLabel(k);
  const said = v.text.slice(f.start, f.end);
  const right = numberLike(night.length, said);
  const list = !f.nominations && night.length ? ` (${winsText(kb, night, false)})` : "";
  const had = f.nominations
    ? `had ${night.length} nominations`
    : `won ${night.length} Oscar${night.length === 1 ? "" : "s"}${list}`;
  return settle(
    claim({
      ...base,
      statement: `${name} ${verb} ${f.n} ${noun} at the ${label}`,
      verdict: "refuted",
      severity: "error",
      message: `At the ${label}, ${name} ${had}, not ${f.n}.`,
      evidence: night.map((i) => evidence(kb, i)),
      fixes: [fix(`Replace "${said}" with "${right}"`, right, f.start, f.end)],
    }),
  );
}

/** A sentence opening on its time: "In 2011", "In April 1983". */
const IN_YEAR = /^\s*in\s+(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b/i;

/** Whether one of the films competed at a night the sentence names, if it names any. */
function competedAtSaid(v: SentenceView, films: number[]): boolean {
  const said = v.mentions.filter((m) => m.kind === "ceremony" && !m.implicit && !m.relative).flatMap((m) => m.ids);
  // ("In 2011 it …": a time the sentence opens on, the nights held then or honouring its films.)
  const opening = IN_YEAR.exec(v.text.slice(v.sentence.start, v.sentence.end));
  if (opening) said.push(...v.kb.ceremoniesOfYear(Number(opening[1])), ...v.kb.ceremoniesHeldIn(Number(opening[1])));
  return !said.length || films.some((id) => v.kb.ceremoniesOfFilm(id).some((n) => said.includes(n)));
}

/** The last award body the sentence names before the count. */
function awardBefore(v: SentenceView, f: CountFrame): Mention | undefined {
  return v.mentions.filter((m) => m.kind === "award" && m.award?.body && m.end <= f.start).pop();
}

/** "at the SAG Awards, where the film took four prizes": a body named just before ", where" and the count. */
function bodyWhere(v: SentenceView, f: CountFrame): boolean {
  const named = awardBefore(v, f);
  return !!named && /^\s*,\s*where\b/.test(v.text.slice(named.end, f.start));
}

/** A film's nominations or wins at the paragraph's award body, the season of the article's night. */
function bodyCount(
  v: SentenceView,
  f: CountFrame,
  h: Subject,
  base: Pick<Claim, "kind" | "rule" | "start" | "end">,
): Claim | undefined {
  const kb = v.kb;
  // ("…, having also won at the SAG Awards, where the film took a record four prizes": the body the
  // sentence names before the count, over the paragraph's.)
  const named = awardBefore(v, f);
  const body = named?.award?.body ?? v.body;
  const season = v.doc ? kb.heldYearOf(v.doc.ceremony) : undefined;
  if (!body || season === undefined || !kb.awards.hasBody(body)) return undefined;
  const a = kb.awards.columns;
  const edition = kb.awards.rows(body, (r) => a.season[r] === season);
  if (edition.length === 0) return undefined;
  const film = h.ids[0];
  const rows = edition.filter((r) =>
    (f.nominations ? [...a.winners[r], ...a.nominees[r]] : a.winners[r]).includes(film),
  );
  if (rows.length === 0) return undefined; // the film is not in that edition's data: nothing to count
  const name = nameOf(kb, h);
  const label = `${a.year[edition[0]]} ${kb.awards.bodyName(body)}`;
  const what = f.nominations ? "nominations" : kb.awards.awardNoun(body, 2);
  const statement = `${name} ${f.nominations ? "had" : "won"} ${f.n} ${what} (${label})`;
  if (rows.length === f.n)
    return claim({ ...base, statement, verdict: "supported", message: `${label}: ${rows.length}` });
  if (h.coref && !isFocus(v, h.ids)) return undefined;
  const had = f.nominations
    ? `${rows.length} nomination${rows.length === 1 ? "" : "s"}`
    : `${rows.length} ${kb.awards.awardNoun(body, rows.length)}`;
  const message = `At the ${label}, ${name} ${f.nominations ? "had" : "won"} ${had}, not ${f.n}.`;
  return wrongNumber(v, { ...base, statement, message }, rows.length, f);
}

/** A count refuted, with the right number written as the draft wrote the wrong one as its fix. */
/**
 * "Edith Head won seven Oscars" in a piece on no one night: the count is of the whole career (honorary
 * awards may be among the wins) or of one night's haul. It is wrong when it is neither; when the
 * sentence names a time ("by 1960", "before the war") only a count above the career's is.
 */
function careerCount(
  v: SentenceView,
  f: CountFrame,
  career: number[],
  onNight: (k: number) => number[],
): Claim | undefined {
  const h = f.holder!;
  const kb = v.kb;
  const named = h.kind === "person" && h.ids.length === 1 && !h.coref && h.mention.via === "name";
  if (!named || !f.plainPast || f.stated || v.ctx || !career.length) return undefined;
  // "won seven Oscars for costume design", "for Ben-Hur": a share of the career, read elsewhere.
  if (v.mentions.some((m) => m.kind === "category" || m.kind === "film")) return undefined;
  const whole = f.nominations ? career : recordsOf(kb, h).filter((i) => kb.won(i));
  const nights = new Set(career.map((i) => onNight(kb.data.nominations.ceremony[i]).length));
  const timed = WHEN.test(v.sk);
  if (whole.length === f.n || nights.has(f.n) || (timed && f.n < whole.length)) return undefined;
  const name = nameOf(kb, h);
  const what = f.nominations ? "nomination" : "Oscar";
  const plural = (n: number) => `${n} ${what}${n === 1 ? "" : "s"}`;
  const most = Math.max(...nights);
  const did = f.nominations ? "received" : "won";
  const message = `${name} ${did} ${plural(whole.length)} in all (at most ${most} at one ceremony), not ${f.n}.`;
  const statement = `${name} ${f.nominations ? "received" : "won"} ${plural(f.n)}`;
  const range = { start: f.shared?.start ?? f.start, end: f.shared?.end ?? f.end };
  return wrongNumber(v, { kind: "count", rule: "wrong-count", ...range, statement, message }, whole.length, f);
}

const SEASON = /\b(?:this|that|last|next) (?:year|season|time)\b|\btonight\b|\bthis year 's\b/;

/** Words that set a time for a count: then it may be a career so far. */
const TIME_WORDS = String.raw`by|before|until|till|during|between|since|after|following|then|at the time`;
const WHEN = new RegExp(String.raw`\b(?:${TIME_WORDS}|of the (?:19|20)\d\ds)\b|\b(?:19|20)\d\ds?\b`);

export function wrongNumber(
  v: SentenceView,
  c: Pick<Claim, "kind" | "rule" | "start" | "end" | "statement" | "message">,
  right: number,
  /** The number's own range, when the claim covers more. */
  at: { start: number; end: number } = c,
): Claim {
  const said = v.text.slice(at.start, at.end);
  const fixed = numberLike(right, said);
  const fixes = [fix(`Replace "${said}" with "${fixed}"`, fixed, at.start, at.end)];
  return settle(claim({ ...c, verdict: "refuted", severity: "error", fixes }));
}

function supported(
  kb: KnowledgeBase,
  base: Pick<Claim, "kind" | "rule" | "start" | "end">,
  /** "Anora won", "Wicked had". */
  said: string,
  what: string,
  n: number,
  k: number,
  night: number[],
): Claim {
  const noun = n === 1 ? what.replace(/s$/, "") : what;
  const statement = `${said} ${n} ${noun} at the ${kb.ceremonyLabel(k)}`;
  return claim({ ...base, statement, verdict: "supported", message: `${night.length} ${noun}` });
}

const TALLY_FILLER = new Set(["academy", "award", "oscar", "competitive", "career"]);

/**
 * The category a count is restricted to after its noun: "three Academy Awards for Best Actress",
 * "four nominations in the Best Director category". (None for "one for Best Actor" lists: no noun.)
 */
export function categoryAfterNoun(
  units: Unit[],
  clause: Clause,
  k: number,
): { category: string; noun: string } | undefined {
  let j = k + 1;
  while (j < clause.to && TALLY_FILLER.has(units[j].text)) j++;
  const noun = units[j]?.mention?.kind === "ceremony" && units[j].mention!.implicit ? "oscars" : units[j]?.text;
  // ("nominated five times for original song": "times" counts what the verb says.)
  if (!noun || !(WIN_NOUNS.has(noun) || NOM_NOUNS.has(noun) || noun === "times")) return undefined;
  if (units[j + 1]?.text !== "for" && units[j + 1]?.text !== "in") return undefined;
  const at = units[j + 2]?.text === "the" ? j + 3 : j + 2;
  const c = units[at]?.mention;
  // ("won four Oscars for best picture, director and …": the categories the count is made of, not one.)
  const more = /^(?:,|and|&|\/)$/.test(units[at + 1]?.text ?? "");
  if (more && units.slice(at + 2, at + 4).some((u) => u.mention?.kind === "category")) return undefined;
  return c?.kind === "category" && c.category ? { category: c.category, noun } : undefined;
}

/**
 * A count bounded by a time: "… before 2016", "… until he won", "… prior to her win" in its own phrase
 * (not "…, more than any performer before her"), or a win's "after" ("his first win after five nominations").
 */
export function boundedAfter(units: Unit[], clause: Clause, k: number): boolean {
  // ("his first win after five nominations"; not "winless after 16 nominations", which is all of them.)
  const after = units[k - 1]?.text === "after" ? k - 1 : units[k - 2]?.text === "after" ? k - 2 : -1;
  if (after > 0 && /^(?:win|victory|oscar|award|statuette|trophy|prize)$/.test(units[after - 1]?.text ?? ""))
    return true;
  for (let i = k + 1; i < clause.to && i <= k + 10; i++) {
    if (/^(?:,|than|and|;)$/.test(units[i].text)) return false;
    if (BOUNDS.has(units[i].text)) return true;
  }
  return false;
}

const BOUNDS = new Set(["before", "until", "till", "prior"]);
