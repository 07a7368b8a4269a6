/**
 * A sentence's skeleton units split into clauses, with what each unit is: a mention
 * (person, film, category, ceremony), a cue word, or plain text. Frames are built inside
 * one clause: a name in another clause never fills a slot.
 */
import type { Mention } from "../../mentions/types";
import { OTHER_BODY, type SentenceView } from "../view";
import { BEATING, CLAUSE_END, CLAUSE_OPENERS, FILM_COREF, FILM_DETERMINERS, QUOTES, cueOf, type CueKind } from "./cues";

/** The first unit at or after `j` that is no quote mark: a title in quotes starts there. */
export function pastQuotes(units: Unit[], j: number): number {
  while (QUOTES.has(units[j]?.text ?? "")) j++;
  return j;
}

/** The unit at or before j that is not a quotation mark: back past a title's quotes. */
export function beforeQuotes(units: Unit[], j: number): number {
  while (j > 0 && QUOTES.has(units[j].text)) j--;
  return j;
}

/** Unit k stands in a relative clause still open there: ", who beat Y" (not one closed before it by a comma). */
export function inRelativeClause(units: Unit[], k: number, clause: { from: number }): boolean {
  for (let i = k - 1; i >= clause.from; i--) {
    if (units[i].text === ",") return false;
    // ('"The Wild Robot," which …': the comma may sit inside the title's closing quote.)
    if (units[i].text === "who" || units[i].text === "which") return units[beforeQuotes(units, i - 1)]?.text === ",";
  }
  return false;
}

export interface Unit {
  text: string;
  /** The mention this unit stands for, if it is a marker. */
  mention?: Mention;
  cue?: CueKind;
  /** The closing mark of a title that ends in one ("Sunset Blvd."): no clause's end. */
  titleEnd?: boolean;
  /** A plain word written with a capital: a name we do not know, perhaps. */
  cap?: boolean;
  /** A dash between words ("—", "–", or " - " with spaces), not a hyphen. */
  dash?: boolean;
  start: number;
  end: number;
}

export interface Clause {
  /** Unit index range [from, to) in the sentence. */
  from: number;
  to: number;
}

const MARKER = /^<([PFCEA])(\d+)>$/;

export function unitsOf(v: SentenceView): Unit[] {
  const units = v.units.map((text, i) => {
    const m = text.charCodeAt(0) === 60 /* < */ ? MARKER.exec(text) : null;
    const u: Unit = { text, start: v.unitStart[i], end: v.unitEnd[i] };
    if (m) u.mention = v.mentions[Number(m[2])];
    else {
      u.cue = cueOf(v.units, i);
      const c = v.text.charCodeAt(u.start);
      if (c >= 65 && c <= 90) u.cap = true;
      else if (c === 0x2014 || c === 0x2013 || (c === 45 && v.text[u.start - 1] === " ")) u.dash = true;
    }
    return u;
  });
  // "Sunset Blvd.", "Who's Afraid of Virginia Woolf?", "Hello, Dolly!": a title's own last mark ends nothing.
  for (let i = 1; i < units.length; i++) {
    const film = units[i - 1].mention;
    if (film?.kind === "film" && CLAUSE_END.has(units[i].text) && titleEndsWith(v, film, units[i].text))
      units[i].titleEnd = true;
  }
  return units;
}

function titleEndsWith(v: SentenceView, film: Mention, mark: string): boolean {
  return film.ids.some((id) => v.kb.data.films[id]?.title.endsWith(mark));
}

/** A ", who" or ", which" between `from` and `i` with no comma after it yet. */
function openRelative(units: Unit[], from: number, i: number): boolean {
  let open = false;
  for (let k = from + 1; k < i; k++) {
    if (units[k].text === ",") open = /^(?:who|which)$/.test(units[k + 1]?.text ?? "");
  }
  return open;
}

/**
 * Clause boundaries: end punctuation, and a comma followed by a conjunction that opens a
 * new predicate (", but", ", while", ", and Y won"). ", and" joins list items unless a cue
 * word follows before the next comma.
 */
export function clausesOf(units: Unit[]): Clause[] {
  const out: Clause[] = [];
  let from = 0;
  // ("F received 11 nominations (April 8, 1975; hosts A and B) and won six": a semicolon inside brackets parts
  // the bracket's items, not the sentence's clauses.)
  let depth = 0;
  for (let i = 0; i < units.length; i++) {
    const t = units[i].text;
    if (t === "(") depth++;
    else if (t === ")" && depth > 0) depth--;
    // "the sadistic Dr. Frederick Chilton", "J.J. Gittes": an abbreviation's full stop ends nothing.
    let cut =
      CLAUSE_END.has(t) && !(t === ";" && depth > 0) && !(t === "." && abbreviated(units[i - 1])) && !units[i].titleEnd;
    // ('… for "Dear Me," and F was nominated …': a title's comma inside its quotes, then the conjunction.)
    const quoted = t === "," && QUOTES.has(units[i + 1]?.text ?? "") ? 1 : 0;
    if (!cut && t === "," && CLAUSE_OPENERS.has(units[i + 1 + quoted]?.text ?? "")) {
      const opener = units[i + 1 + quoted].text;
      // ('Disney's "Frozen," meanwhile, also won': an adverb set off after the subject, before any verb.)
      const aside = opener === "meanwhile" && !units.slice(from, i).some((u) => u.cue || /ed$/.test(u.text));
      const and = i + 2 + quoted;
      cut = !aside && (opener !== "and" || opensPredicate(units, and) || frontedThenSubject(units, and));
      if (cut && quoted) {
        out.push({ from, to: i + 2 });
        from = i + 2;
        i++;
        continue;
      }
    }
    // "a favorite in 1953 - it won 8 Oscars": a spaced dash before a new subject and verb.
    if (!cut && DASHES.has(t) && spaced(units, i) && !units[i - 1]?.mention) cut = newSubject(units, i + 1);
    // "''I never dreamed of this,'' said Hanks, who won …": quoted words end where the speaker is named.
    if (!cut && QUOTES.has(t) && /^[,.!?]$/.test(units[i - 1]?.text ?? "")) {
      let j = i + 1;
      j = pastQuotes(units, j);
      // ('"…," said Hanks', '"…," one blogger wrote': the speaker may come before the verb.)
      let s = j;
      const speaker = (u?: Unit) => !!u && (!!u.mention || /^[a-z]+$/.test(u.text)) && !SPEECH.has(u.text);
      while (s < j + 3 && speaker(units[s])) s++;
      if (SPEECH.has(units[s]?.text ?? "")) {
        out.push({ from, to: i });
        from = j;
        i = j - 1;
        continue;
      }
    }
    // "… to win best director as Hurt Locker blasts Avatar": a conjunction before a new subject and verb.
    // (Not inside a relative clause left open: "X, who had left before Y called, won C" goes on with X.)
    if (!cut && SUBORDINATORS.has(t) && i > from && subjectAndVerb(units, i + 1)) cut = !openRelative(units, from, i);
    // ("… at the 96th ceremony, where the film was also a Best Picture nominee": a clause of place with a subject
    // of its own.)
    if (!cut && t === "where" && units[i - 1]?.text === "," && theFilmThenVerb(units, i + 1)) cut = true;
    // (", before his country singer Bad Blake won him C": a described subject, then its verb in the past.)
    // ('… and "The Contender," before …': the comma may sit inside a title's closing quotes.)
    if (!cut && t === "before" && i > 0 && PAUSE_MARKS.has(units[beforeQuotes(units, i - 1)].text))
      cut = describedThenVerb(units, i + 1);
    // "X took costume design and Y and Z shared production design": after a category, "and" before
    // a new subject (one name or a list of names) and its verb.
    if (!cut && t === "and" && units[i - 1]?.mention?.kind === "category") cut = namesThenVerb(units, i + 1);
    // ("X won for the makeup of F and G took C": after a verb and its object, "and" before a name and a verb of
    // winning opens a clause with no comma.)
    if (!cut && t === "and" && units[i - 1]?.mention && nameThenWinVerb(units, i + 1)) cut = verbSince(units, from, i);
    // "… for other talents: Emma Thompson won an Oscar": a colon before a new subject and verb.
    if (!cut && t === ":" && !units[i - 1]?.mention) cut = newSubject(units, i + 1);
    // "(his first Oscar came in 1961 for West Side Story)": an aside that is a sentence of its own.
    if (!cut && t === "(" && asideAt(units, i)) cut = true;
    if (!cut && t === ")" && asideEndsAt(units, i)) cut = true;
    if (cut) {
      if (i > from) out.push({ from, to: i });
      from = i + 1;
    }
  }
  if (units.length > from) out.push({ from, to: units.length });
  return out;
}

const DASHES = new Set(["-", "\u2013", "\u2014"]);
/** A comma or a dash: what sets off "before" as the opening of a clause. */
const PAUSE_MARKS = new Set([",", ...DASHES]);

/** A unit ending in an abbreviation, whose full stop ends nothing: "Dr", or a name "Louis Gossett Jr". */
function abbreviated(u: Unit | undefined): boolean {
  if (!u) return false;
  // (A title ending in a letter, "Malcolm X.", ends its sentence.)
  const word = u.mention ? /[a-z]{2,}$/i.exec(u.mention.text ?? "")?.[0].toLowerCase() : u.text;
  return ABBREVIATION.test(word ?? "");
}
const ABBREVIATION = /^(?:[a-z]|dr|mr|mrs|ms|st|jr|sr|vs|no|col|gen|lt|sgt|capt|prof|rev|gov|sen|rep|mt|ft)$/;
const SPEECH = new Set([
  ...["said", "says", "added", "told", "recalled", "explained", "joked", "quipped", "noted"],
  ...["wrote", "writes", "predicted", "tweeted", "posted", "declared", "insisted", "argued"],
]);

/**
 * A bracket that ends the sentence, opens with a plain lower-case word and runs four units or
 * more ("… Music (his first Oscar came in 1961 for West Side Story)."). A bracket inside the
 * sentence stays in its clause, which goes on after it.
 */
function asideAt(units: Unit[], open: number): boolean {
  const first = units[open + 1];
  if (!first || first.mention || !/^[a-z]/.test(first.text)) return false;
  for (let k = open + 1; k < units.length && k <= open + 40; k++) {
    if (units[k].text === ")") return k - open > 4 && (k + 1 >= units.length || CLAUSE_END.has(units[k + 1].text));
    if (units[k].text === "(") return false;
  }
  return false;
}

function asideEndsAt(units: Unit[], close: number): boolean {
  for (let k = close - 1; k >= 0 && k >= close - 40; k--) if (units[k].text === "(") return asideAt(units, k);
  return false;
}
const SUBJECT_PRONOUNS = new Set(["it", "he", "she", "they"]);

function spaced(units: Unit[], i: number): boolean {
  return !!units[i - 1] && !!units[i + 1] && units[i - 1].end < units[i].start && units[i].end < units[i + 1].start;
}

/** A pronoun or a name, then a win or nomination cue within two words. */
function newSubject(units: Unit[], at: number): boolean {
  const u = units[at];
  if (!u || !(SUBJECT_PRONOUNS.has(u.text) || u.mention?.kind === "person" || u.mention?.kind === "film")) return false;
  return units.slice(at + 1, at + 3).some((x) => x.cue === "win" || x.cue === "nominate");
}

/** "the film was", "the movie won": the film described, then its verb. */
function theFilmThenVerb(units: Unit[], at: number): boolean {
  if (units[at]?.text !== "the" || !/^(?:film|movie|picture)$/.test(units[at + 1]?.text ?? "")) return false;
  const verb = units[at + 2];
  return !!verb && (verb.cue === "win" || verb.cue === "nominate" || /^(?:was|is|had|has)$/.test(verb.text));
}

const SUBORDINATORS = new Set(["as", "while", "whereas", "when", "after", "because", "since", "before"]);

/** "his boozy country singer Bad Blake won": a possessive or "the", a few words, then a past verb of winning. */
function describedThenVerb(units: Unit[], at: number): boolean {
  if (!/^(?:his|her|their|its|the)$/.test(units[at]?.text ?? "")) return false;
  for (let k = at + 2; k < units.length && k <= at + 7; k++) {
    const u = units[k];
    if (u.text === "," || u.mention?.kind === "category" || CLAUSE_END.has(u.text)) return false;
    if ((u.cue === "win" || u.cue === "nominate") && /^(?:won|took|earned|brought|landed|[a-z]+ed)$/.test(u.text))
      return true;
  }
  return false;
}

/** A name, then a finite verb: a cue, or a plain word in -s or -ed ("Hurt Locker blasts", "Titanic was"). */
function subjectAndVerb(units: Unit[], at: number): boolean {
  const u = units[at];
  const next = units[at + 1];
  if (!next || next.mention) return false;
  // ("… before Moonlight, with three Oscars, took the prize back": a name, an aside, then its verb.)
  const close =
    next.text === "," && (u?.mention?.kind === "person" || u?.mention?.kind === "film")
      ? asideClose(units, at + 1)
      : -1;
  if (close > 0) return units[close + 1]?.cue === "win" || PAST_VERB.test(units[close + 1]?.text ?? "");
  // ("… as Godzilla stomps off with visual effects": a name we do not know, then its verb.)
  // ("… as Lewis Strauss": a capitalised word is the name going on, no verb.)
  const verbLike = !next.cap && /^[a-z]{3,}(?:s|ed)$/.test(next.text) && !NOT_VERBS.test(next.text);
  if (u?.cap && !u.mention && at > 0 && verbLike) return true;
  if (u?.mention?.kind !== "person" && u?.mention?.kind !== "film") return false;
  // ("even as James L. Brooks's weepie swept …": a possessed noun phrase is the subject.)
  if (next.text === "'s") {
    let k = at + 2;
    while (k < at + 5 && /^[a-z-]+$/.test(units[k]?.text ?? "") && !units[k].cue) k++;
    const verb = units[k];
    return k > at + 2 && !!verb && !verb.mention && (verb.cue === "win" || verb.cue === "nominate");
  }
  return next.cue === "win" || next.cue === "nominate" || /^[a-z]{2,}(?:s|ed)$/.test(next.text);
}

/**
 * "…, and in 1997, at the 69th Academy Awards, he won …": after "and", phrases of time or place set off by
 * commas, then a new subject and its verb.
 */
function frontedThenSubject(units: Unit[], at: number): boolean {
  if (!FRONTING.has(units[at]?.text ?? "")) return false;
  for (let k = at + 1; k < units.length && k <= at + 25; k++) {
    if (units[k].cue || CLAUSE_END.has(units[k].text)) return false;
    if (units[k].text !== ",") continue;
    if (pronounThenVerb(units, k + 1) || subjectAndVerb(units, k + 1)) return true;
    if (!FRONTING.has(units[k + 1]?.text ?? "")) return false;
  }
  return false;
}
const FRONTING = new Set(["in", "at", "on", "during", "by", "after", "before", "with", "that"]);

/** Plural nouns a capitalised word may go before ("when Oscar nominations …"): no verb. */
const NOT_VERBS = /^(?:nominations|nominees|winners|awards|oscars|films|movies|studios|voters|members|fans|critics)$/;

const PAUSES = new Set([",", ":", ";", "(", ")", "-", "\u2013", "\u2014"]);

/** A film or person at `at`, then a verb of winning or nominating. */
function nameThenWinVerb(units: Unit[], at: number): boolean {
  const kind = units[at]?.mention?.kind;
  const verb = units[at + 1]?.cue;
  return (kind === "film" || kind === "person") && (verb === "win" || verb === "nominate");
}

/**
 * A verb of winning, nominating or beating between `from` and `to`, with no mark of a pause after it
 * ("…: Frank Sinatra and Donna Reed took": a list after a colon is a compound subject).
 */
function verbSince(units: Unit[], from: number, to: number): boolean {
  for (let k = to - 1; k >= from; k--) {
    if (PAUSES.has(units[k].text)) return false;
    if (units[k].cue === "win" || units[k].cue === "nominate" || BEATING.has(units[k].text)) return true;
  }
  return false;
}

/** "Y and Z shared …", "Y won …": people named in a list, then a finite verb. */
function namesThenVerb(units: Unit[], at: number): boolean {
  let k = at;
  while (units[k]?.mention?.kind === "person") {
    const glue = units[k + 1]?.text;
    if ((glue === "and" || glue === ",") && units[k + 2]?.mention?.kind === "person") k += 2;
    else k++;
  }
  return k > at && subjectAndVerb(units, k - 1);
}

/** The comma closing an aside opened by the comma at `open`, if it closes within a few words. */
function asideClose(units: Unit[], open: number): number {
  for (let k = open + 1; k < units.length && k <= open + 12; k++) {
    if (units[k].text === ",") return k > open + 1 ? k : -1;
    if (CLAUSE_END.has(units[k].text)) return -1;
  }
  return -1;
}

const COPULAS = new Set(["was", "were", "is", "are"]);
/** Adverbs between a subject and its verb: "he already owns", "X finally got". */
const SUBJECT_ADVERB = /^(?:already|also|still|now|then|never|later|since|finally|eventually|again)$/;
/** Verbs whose form is a past tense and no participle or noun: a finite verb (PAST_VERB has the rest). */
const IRREGULAR_PAST =
  /^(?:met|went|gave|came|knew|grew|ran|saw|began|threw|wore|rose|wrote|chose|spoke|fell|stood|sat)$/;
const PAST_VERB = /^(?:made|became|earned|received|took|got|set|drew|scored|landed|[a-z]{3,}ed)$/;
const RELATIVES = new Set(["who", "which", "that"]);

/** "he already owns", "it won", "she was": a subject pronoun at `at`, a few adverbs, then a finite verb. */
function pronounThenVerb(units: Unit[], at: number): boolean {
  if (!/^(?:he|she|it|they)$/.test(units[at]?.text ?? "")) return false;
  let v = at + 1;
  while (SUBJECT_ADVERB.test(units[v]?.text ?? "")) v++;
  const verb = units[v];
  return !!verb && (!!verb.cue || COPULAS.has(verb.text) || /^[a-z]{3,}(?:s|ed)$/.test(verb.text));
}

/** Whether a win or nomination cue comes before the next comma or clause end (past an aside after a name). */
function opensPredicate(units: Unit[], at: number): boolean {
  if (awardsListGo(units, at)) return true;
  // ("…, and he already owns two Oscars, for F": a subject pronoun, then its verb.)
  if (pronounThenVerb(units, at)) return true;
  let end = at + 12;
  for (let k = at; k < units.length && k < end; k++) {
    const t = units[k].text;
    // ('…, and "(I've Had) The Time of My Life" from F was named …': a quoted title counts as one word.)
    const closing = QUOTES.has(t) && !units[k + 1]?.mention ? quoteClose(units, k) : -1;
    if (closing > 0) {
      end += closing - k;
      k = closing;
      continue;
    }
    // "…, and Barry Fitzgerald, as the priest, won …": an aside between a name and its verb.
    // ('…, and "The Continental", from F, was named …': or after a quoted title.)
    // ('…, and "Over the Rainbow," by X, was named …': the comma inside the title's quotes.)
    // ('…, and Wilder, as producer, became …': a capitalised word we do not know opening the clause, too.)
    const unknown = k - 1 === at && !!units[at].cap;
    const named =
      !!units[k - 1]?.mention ||
      unknown ||
      QUOTES.has(units[k - 1]?.text ?? "") ||
      QUOTES.has(units[k + 1]?.text ?? "");
    const close = t === "," && named ? asideClose(units, k) : -1;
    if (close > 0) {
      // ('…, and "Honeyland," the story of a beekeeper, made history …': a past verb right after the aside.)
      if (PAST_VERB.test(units[close + 1]?.text ?? "")) return true;
      end = close + 4;
      k = close;
      continue;
    }
    if (t === "," || CLAUSE_END.has(t)) return false;
    // "…, and the visual effects award was also a surprise": a subject of its own, then its verb.
    if (k > at && COPULAS.has(t) && !RELATIVES.has(units[k - 1].text)) return true;
    const c = units[k].cue;
    if (c === "win" || c === "nominate" || c === "lose" || PRESENTING.has(t)) return true;
    // ("…, and Anna Paquin beat her for C": a name, then a verb of beating.)
    // ("…, and the film narrowly beat G": or a noun for a film.)
    if (BEATING.has(t) && (units[k - 1]?.mention || filmNounBefore(units, k))) return true;
    // ("…, and the film added cinematography for X": a noun for a film, then a verb in the past.)
    if (filmNounBefore(units, k) && PAST_VERB.test(t)) return true;
    // ("…, and The Matrix went four for four in C": a name, then a verb in the past.)
    // ("…, and Christopher Nolan finally got his directing Oscar": an adverb may stand between.)
    const subject = isNamed(units[k - 1]) || (SUBJECT_ADVERB.test(units[k - 1]?.text ?? "") && isNamed(units[k - 2]));
    if (subject && (PAST_VERB.test(t) || /^(?:went|had|got)$/.test(t))) return true;
    // ("…, and a year later the Academy met at Union Station": "the" and a noun, then a verb that is past only.)
    if (units[k - 2]?.text === "the" && !units[k - 1].mention && IRREGULAR_PAST.test(t)) return true;
    // ("…, and Wilder became the first …": a capitalised word we do not know, right after "and", then a past verb.)
    if (k === at + 1 && units[at].cap && !units[at].mention && PAST_VERB.test(t)) return true;
  }
  return false;
}

const FILM_DETERMINER = new RegExp(`^(?:${FILM_DETERMINERS})$`);

/** "the film", "the movie" (perhaps "narrowly") right before the verb at `at`. */
function filmNounBefore(units: Unit[], at: number): boolean {
  const k = /ly$/.test(units[at - 1]?.text ?? "") ? at - 2 : at - 1;
  const noun = units[k]?.text ?? "";
  return noun !== "it" && FILM_COREF.has(noun) && FILM_DETERMINER.test(units[k - 1]?.text ?? "");
}

const AWARD_NOUNS = new Set(["award", "awards", "prize", "prizes", "oscar", "oscars", "statuettes", "honors"]);

/** "…, and the awards for C1, C2 and scoring went to A, B and C": a list of categories as the subject. */
function awardsListGo(units: Unit[], at: number): boolean {
  if (units[at]?.text !== "the" || !AWARD_NOUNS.has(units[at + 1]?.text ?? "") || units[at + 2]?.text !== "for")
    return false;
  for (let k = at + 3; k < units.length && k < at + 20; k++) {
    const t = units[k].text;
    if (t === "went" || t === "were" || t === "was") return k > at + 3;
    if (units[k].mention?.kind !== "category" && t !== "," && t !== "and" && !/^[a-z]+$/.test(t)) return false;
  }
  return false;
}

const isNamed = (u: Unit | undefined) => u?.mention?.kind === "person" || u?.mention?.kind === "film";

/** "…, and Michelle Obama announced best picture": verbs of presenting a category, not winning it. */
const PRESENTING = new Set(["announced", "presented", "introduced", "read", "handed", "performed", "sang"]);

/** The quote mark closing the one at `open` within a title's length, or -1. */
function quoteClose(units: Unit[], open: number): number {
  for (let k = open + 1; k < units.length && k <= open + 15; k++) {
    if (QUOTES.has(units[k].text)) return k;
    // ('"Glory," by X, was named': a comma inside the quotes is the aside's, read below.)
    if (CLAUSE_END.has(units[k].text) || units[k].mention || units[k].text === ",") return -1;
  }
  return -1;
}

/** The last "and" strictly between units `from` and `to`, or -1: a later conjunct begins there. */
export function andBetween(units: Unit[], from: number, to: number): number {
  for (let j = to - 1; j > from; j--) if (units[j].text === "and") return j;
  return -1;
}

/** ", having won …": a perfect participle after a comma at k, telling of a time before the clause's. */
export function perfectParticiple(units: Unit[], k: number): boolean {
  return units[k]?.text === "having" && units[k - 1]?.text === ",";
}

/** Whether ", who", ", which" or ", whose" opens a relative clause at the comma k (past a closing quote). */
export function relativeAfter(units: Unit[], k: number): boolean {
  let j = k + 1;
  j = pastQuotes(units, j);
  return /^(?:who|which|whose)$/.test(units[j]?.text ?? "");
}

/** The word that governs the name at unit i: past its quotes and a possessor ("to Kevin Costner's "F""). */
export function governorOf(units: Unit[], i: number): number {
  let b = beforeQuotes(units, i - 1);
  if (units[b]?.text === "'s" && units[b - 1]?.mention?.kind === "person") b -= 2;
  return b;
}

/**
 * Unit k stands in an aside set off by commas and opened by one of `openers` ("X, already a Globe
 * winner, won"; "Jon Voight, a nominee for F, won"): the commas within `back` units before and
 * `ahead` after k, inside `span`; `quoted`: quotes after the opening comma are passed over; `inside`:
 * both commas strictly within the span.
 */
export function inCommaAside(
  units: Unit[],
  k: number,
  span: { from: number; to: number },
  openers: ReadonlySet<string>,
  { back = Infinity, ahead = Infinity, quoted = false, inside = false } = {},
): boolean {
  let open = k - 1;
  while (open > span.from && open > k - back && units[open].text !== ",") open--;
  let close = k + 1;
  while (close < span.to && close < k + ahead && units[close].text !== ",") close++;
  let first = open + 1;
  while (quoted && first < k && QUOTES.has(units[first].text)) first++;
  const within = !inside || (open > span.from && close < span.to);
  return within && units[open]?.text === "," && units[close]?.text === "," && openers.has(units[first]?.text ?? "");
}

/**
 * The units standing in ", which/who …," relative clauses closed by a comma before the clause goes on
 * (a mask over the units); `bare`: only those that name no category.
 */
export function closedRelatives(units: Unit[], clause: Clause, bare = false): Uint8Array {
  const mask = new Uint8Array(units.length);
  for (let open = clause.from + 1; open < clause.to; open++) {
    if (units[open].text !== "," || !relativeAfter(units, open)) continue;
    let close = open + 1;
    while (close < clause.to - 1 && units[close].text !== ",") close++;
    if (units[close]?.text !== "," || close >= clause.to - 1) continue;
    if (!bare || !units.slice(open, close).some((u) => u.mention?.kind === "category")) mask.fill(1, open + 1, close);
    open = close - 1;
  }
  return mask;
}

/** "At the BAFTAs, X had lost to Y": a body fronted before the clause's first comma, before unit k. */
export function frontedBody(units: Unit[], clause: Clause, k: number): boolean {
  let a = clause.from;
  while (a < k && (units[a].text === "(" || units[a].text === "and" || units[a].text === "but")) a++;
  // (Only "At the BAFTAs," itself: not "In contrast to the BAFTAs,".)
  if ((units[a]?.text !== "at" && units[a]?.text !== "in") || units[a + 1]?.text !== "the") return false;
  let comma = a + 2;
  while (comma < k && comma < a + 6 && units[comma].text !== ",") comma++;
  const phrase = units.slice(a, comma);
  return comma < k && phrase.some((u) => u.mention?.kind === "award" || OTHER_BODY.test(u.text));
}
