/**
 * Role frames: "Sinatra plays Private Maggio", "Nicholson as Robert Dupea in Five Easy Pieces",
 * "for her portrayal of 'Mammy'", "his performance as the sadistic Dr. Hannibal Lecter".
 * The character is checked against the actor's nominated roles (the data's Detail): supported
 * when one names it; refuted when the film or the article's night settles which nomination
 * is meant and its role is another.
 */
import { ACTING_KEYS } from "../../categories";
import { fold, numberValue } from "../../text/fold";
import { editDistance } from "../../title-slips";
import type { Mention } from "../../mentions/types";
import { PLAY_VERBS, ROLE_NOUNS } from "../../mentions/detect";
import {
  claim,
  refuted,
  evidence,
  fix,
  fitsPronoun,
  guessedPerson,
  namesListAt,
  nominationsOf,
  settle,
  subjectOf,
} from "../common";
import type { Subject } from "../common";
import type { Claim } from "../types";
import type { SentenceView } from "../view";
import { antecedent, before, subjectBefore, type Frame } from "./bind";
import { nameBesideRank } from "./career";
import { recordIn } from "./keys";
import { beforeQuotes, inCommaAside, pastQuotes, type Clause, type Unit } from "./clauses";
import { givenOf } from "../../mentions/family-first";
import { WORDS } from "../../mentions/given-names";
import { TIME_MOVED } from "../../night-moves";
import { AWARD_NOUNS, BEAT_VERBS, FILM_COREF, QUOTES, TIME_PREPOSITION, TIME_SHIFT } from "./cues";

/** Words after which the character is named. */
const ELSEWHEN = new Set(["after", "since", "before", "like", "than", "unlike"]);
const LIST_GLUE = new Set(["and", ",", '"', "'", "\u201c", "\u201d", "\u2018", "\u2019"]);

/**
 * A film in a list after "after", "since", … ("after F1 and F2"): named for comparison; or in a
 * clause of another time ("nine years after he won for F", "a year after she was nominated for F").
 */
function elsewhen(units: Unit[], k: number): boolean {
  let i = k - 1;
  while (i >= 0 && (LIST_GLUE.has(units[i].text) || units[i].mention?.kind === "film")) i--;
  if (ELSEWHEN.has(units[i]?.text ?? "")) return true;
  for (let j = i; j >= 0 && j >= k - 10; j--) {
    const t = units[j].text;
    if (t === "," || t === ";" || t === ":" || units[j].mention?.kind === "category") return false;
    if (TIME_SHIFT.has(t)) return true;
  }
  return false;
}
/** "F, in which she plays R": the role is said of the film right before it. */
const IN_WHICH = /^["\u201d']?,?\s*["\u201d']?\s*in which (?:he|she|they) (?:plays|played|portrays|portrayed)\s+$/;
/** Words after which a capitalised name is the film or a co-star, not the character. */
const AFTER_ROLE = new Set(["in", "from", "opposite", "alongside", "with", "for"]);
/** Descriptions that may stand between the cue and the name ("the sadistic", "her sparring partner,"). */
const MAX_DESCRIPTION = 8;
/** Titles and ranks that say nothing about which character ("Dr.", "Private", "Gen."). */
const TITLES = new Set([
  "dr",
  "doc",
  "doctor",
  "mr",
  "mrs",
  "ms",
  "miss",
  "private",
  "pvt",
  "gen",
  "general",
  "president",
  "queen",
  "king",
  "sir",
  "lord",
  "lady",
  "captain",
  "capt",
  "col",
  "colonel",
  "sgt",
  "sergeant",
  "officer",
  "agent",
  "detective",
  "father",
  "mother",
  "jr",
  "sr",
  "the",
  "of",
  "de",
  "la",
  "prof",
  "professor",
  "judge",
  "lt",
  "lieutenant",
  "major",
  "uncle",
  "aunt",
  "saint",
  "st",
  "former",
  "prime",
  "minister",
]);
/** A run of capitalised words or quoted nicknames: "Dr. Hannibal Lecter", "Anora ‘Ani’ Mikheeva". */
const WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const NICKNAME = String.raw`[“"‘'][^“"‘'”’]+[”"’']`;
const NAME_RUN = String.raw`((?:${WORD})(?:[ \t]+(?:${WORD}|${NICKNAME}))*)`;
const CAPITAL_RUN = new RegExp(String.raw`^[“"‘']?${NAME_RUN}([”"’']?)`, "u");

/** After a capitalised run: a lowercase noun and then another name ("… II general George S. Patton", "the
 * Veronica Lake look-alike Lynn Bracken"). */
// (Nor a conjunction of time: "won the role of Mollie Burkhart after Martin Scorsese saw her".)
const NOT_NOUN = [...AFTER_ROLE, "and", "or", "of", "at", "on", "to", "by", "who", "as"]
  .concat(["after", "before", "when", "while", "because", "since", "until", "once"])
  .join("|");
/** A lower-case word, hyphens allowed ("general", "look-alike"). */
const LOWER = String.raw`\p{Ll}[\p{Ll}-]*`;
// ("the Dublin painter and writer Christy Brown": two nouns joined by "and" may describe the name too.)
const NOUNS_JOINED = String.raw`(?:[ \t]+and[ \t]+${LOWER})?`;
const ATTRIBUTIVE = new RegExp(
  String.raw`^[ \t]+(?!(?:${NOT_NOUN})\b)${LOWER}(?:[ \t]+${LOWER})?${NOUNS_JOINED}[ \t]+\p{Lu}`,
  "u",
);
/** "as did X", "as had Y": an "as" of comparison, a verb after it. */
const AS_DID = new Set(["did", "does", "do", "had", "has", "have", "was", "were", "is", "are", "would", "could"]);

export interface RoleFrame {
  person: Subject;
  film?: Mention;
  character: string;
  start: number;
  end: number;
  /** Two or more capitalised words, or quoted: a name, not a capitalised common noun. */
  strong: boolean;
  /** Set off after the name before the verb ("X, as R, won C"): the role of the night's nomination. */
  aside?: boolean;
}

/** "co-writer of", "a producer", "its director": a job after "as". */
const JOBS = [
  ...["writer", "screenwriter", "director", "producer", "editor", "composer", "cinematographer"],
  ...["designer", "songwriter", "lyricist", "narrator", "host"],
];
const JOB_AFTER = new RegExp(String.raw`^(?:(?:a|an|the|its|his|her) )?(?:co ?- ?)?(?:${JOBS.join("|")})s?\b`);

export function roleFrames(v: SentenceView, units: Unit[], clause: Clause): RoleFrame[] {
  const out: RoleFrame[] = [];
  for (let r = clause.from; r < clause.to; r++) {
    const t = units[r].text;
    // "Karen Holmes (Kerr)", "Salieri (Abraham)": a character, then the actor in brackets.
    if (t === "(" && units[r + 1]?.mention?.kind === "person" && units[r + 2]?.text === ")" && r > clause.from) {
      // ("BAFTA: Most Promising Newcomer (Dunaway)": under another body's label, a prize and its winner.)
      if (units.slice(clause.from, r).some((u) => u.mention?.kind === "award")) continue;
      const found = characterBefore(v, units, r);
      const person = subjectOf(units[r + 1].mention!)!;
      if (found) out.push({ person, ...found, film: filmOf(units, clause, r, person) });
      continue;
    }
    // "His Melvin Udall, a retired astronaut, wins him …": a character named as the actor's own.
    if ((t === "his" || t === "her") && (r === clause.from || units[r - 1]?.text === ":")) {
      const found = ownCharacter(v, units, clause, r);
      if (found) out.push(found);
      continue;
    }
    // ("nominated for best actor as well, lost to X": "as well" is an adverb, no role after "as".)
    if (t === "as" && (units[r + 1]?.text === "well" || units[r + 1]?.text === "usual")) continue;
    // ("lost to Roberts, as did Joan Allen": "as" with a verb after it compares; no role follows.)
    if (t === "as" && AS_DID.has(units[r + 1]?.text ?? "")) continue;
    // ("nominated as co-writer of Maestro", "as a producer": a job, no character.)
    if (t === "as" && JOB_AFTER.test(v.units.slice(r + 1, r + 5).join(" "))) continue;
    let person: Subject | undefined;
    let wonFor: Mention | undefined;
    let aside = false;
    // ("nominated for F rather than for playing Maria", "instead of as R": a role set aside is no claim.)
    if (setAside(units, clause, r)) continue;
    // ("nominated alongside MacLaine as her daughter Emma": a role told by its tie to the partner is not the
    // partner's; "up against Winona Ryder as Ellen Olenska" is Ryder's.)
    const partnered = units[r - 1]?.mention?.kind === "person" && PARTNER.has(units[r - 2]?.text ?? "");
    if (t === "as" && partnered && /^(?:his|her|their)$/.test(units[r + 1]?.text ?? "")) continue;
    // ("X, nominated alongside Y as Melanie", "X starred opposite Y as Rick": the role is the one partnered's, X;
    // only a rival's, "up against Y as R", is Y's.)
    const partner = t === "as" && partnered && units[r - 2].text !== "against";
    const partnering = partner ? partnerOf(units, clause, r - 2) : undefined;
    if (partner && !partnering) continue;
    if (partnering) person = subjectOf(partnering);
    else if (t === "as" && units[r - 1]?.mention?.kind === "person") person = subjectOf(units[r - 1].mention!);
    // ("Hugh Griffith, as the sheik, won": a role set off after the name, as an aside.)
    // (A list set off so, "A and B, as X and Y", is the attribution reader's: it pairs them.)
    else if (t === "as" && units[r - 1]?.text === "," && units[r - 2]?.mention?.kind === "person") {
      if (playersBefore(units, clause, r).length > 1) continue;
      person = subjectOf(units[r - 2].mention!);
      aside = asideBeforeVerb(units, clause, r);
    } else if ((t === "as" || t === "of") && ROLE_NOUNS.has(units[r - 1]?.text ?? ""))
      person = owner(v, units, clause, r - 2);
    // ("beating her co-star X, nominated for playing R": the participle set after a name is that name's.)
    else if (PLAY_VERBS.has(t) && units[r - 1]?.text === "for" && units[r - 2]?.text === "nominated")
      person =
        units[r - 3]?.text === "," && isPerson(units[r - 4])
          ? subjectOf(units[r - 4].mention!)
          : actorBefore(v, units, clause, r);
    else if (PLAY_VERBS.has(t)) person = actorBefore(v, units, clause, r);
    // ("A won best actress as R1 and B supporting actor as R2": the name right before the category, its verb gapped.)
    else if (t === "as" && ACTING_KEYS.has(units[r - 1]?.mention?.category ?? ""))
      person =
        units[r - 2]?.mention?.kind === "person" ? subjectOf(units[r - 2].mention!) : winnerOf(v, units, clause, r - 1);
    // ("beat Bradley Cooper, nominated as Leonard Bernstein": a participle set after a name is that name's.)
    else if (t === "as" && units[r - 1]?.text === "nominated" && units[r - 2]?.text === "," && isPerson(units[r - 3]))
      person = subjectOf(units[r - 3].mention!);
    // ("J.K. Simmons won for Whiplash, as Terence Fletcher": a role set off after the film the verb won for.)
    else if (t === "as" && units[r - 1]?.text === "," && filmWonFor(units, r - 2)) {
      person = winnerOf(v, units, clause, r);
      // (Its film is the one before the comma, not a later one: "for A, as R, and for B".)
      wonFor = units[beforeQuotes(units, r - 2)].mention;
    }
    // ("Brad Pitt won as the stuntman Cliff Booth", "was nominated as R": the verb's subject.)
    else if (t === "as" && (units[r - 1]?.text === "won" || units[r - 1]?.text === "nominated"))
      person = winnerOf(v, units, clause, r);
    // ("Michelle Yeoh won the category as Evelyn Wang", "took the prize as R": the award's winner plays R.)
    else if (t === "as" && AWARD_NOUNS.has(units[r - 1]?.text ?? "") && units[r - 2]?.text === "the")
      person = winnerOf(v, units, clause, r - 2);
    if (!person) continue;
    // "A and B played X and Y (respectively)", "A and B, as X and Y": two lists, paired in order.
    const players = t === "as" || PLAY_VERBS.has(t) ? playersBefore(units, clause, r) : [];
    if (players.length > 1) {
      const roles = namesListAt(v.text, units[r + 1]?.start ?? v.sentence.end, v.sentence.end);
      if (roles.length !== players.length) continue;
      players.forEach((m, i) => {
        const at = units.findIndex((u) => u.start === roles[i]);
        const found = at > r ? characterAfter(v, units, clause, at) : undefined;
        const player = subjectOf(m)!;
        if (found) out.push({ person: player, film: filmOf(units, clause, r, player), ...found });
      });
      continue;
    }
    const found = characterAfter(v, units, clause, r + 1);
    if (!found) continue;
    // (Unless the role is the partner's own: "X, playing opposite Heston as Judah Ben-Hur" names Heston's part.)
    const partnerHolder = partnering ? subjectOf(units[r - 1].mention!) : undefined;
    if (partnerHolder && playedBy(v, partnerHolder, found.character)) person = partnerHolder;
    // ("won for Whiplash, as Miles Teller watched": "as" opens a clause of its own, no role.)
    if (wonFor && verbAfter(units, found.end)) continue;
    const film = wonFor ?? filmOf(units, clause, r, person);
    out.push({ person, film, ...found, aside });
  }
  return out;
}

/** ("11 nominations, second only to "Oppenheimer," …, for Emma Stone as R": a film compared with is no role's.) */
function comparedAt(units: Unit[], k: number): boolean {
  const b = beforeQuotes(units, k - 1);
  return /^(?:to|than|after|behind|since)$/.test(units[b]?.text ?? "") && units[b - 1]?.cue !== "nominate";
}

/** A word of the clause's own right after a name ending at `end`: "as Miles Teller watched", "as X had hoped". */
function verbAfter(units: Unit[], end: number): boolean {
  const next = units.find((u) => u.start >= end);
  return (
    !!next && !next.mention && /^[a-z]+$/.test(next.text) && !/^(?:in|for|and|the|of|from|opposite)$/.test(next.text)
  );
}

/** The film at k (past its closing quotes) follows "for" right after a verb of winning or nominating. */
function filmWonFor(units: Unit[], k: number): boolean {
  k = beforeQuotes(units, k);
  if (units[k]?.mention?.kind !== "film") return false;
  const f = beforeQuotes(units, k - 1);
  const verb = units[f - 1];
  return units[f]?.text === "for" && (verb?.cue === "win" || verb?.cue === "nominate");
}

/** The one person named before the partner word at `k` in its clause ("X, nominated alongside Y"): X. */
function partnerOf(units: Unit[], clause: Clause, k: number): Mention | undefined {
  const people = units.slice(clause.from, k).filter(isPerson);
  return people.length === 1 ? people[0].mention : undefined;
}

/** Words that name a partner in a scene or a race ("alongside X", "opposite X"; not "with X as R", the player). */
const PARTNER = new Set(["alongside", "opposite", "beside", "against"]);

const isPerson = (u?: Unit) => u?.mention?.kind === "person";

/** ", as R, won" / ", as R, was nominated": the aside at r closes on a win or nomination said in the past. */
function asideBeforeVerb(units: Unit[], clause: Clause, r: number): boolean {
  let k = r + 1;
  while (k < clause.to && k < r + 10 && units[k].text !== ",") k++;
  const next = units[k + 1];
  const verb = next?.text === "was" || next?.text === "were" ? units[k + 2] : next;
  return units[k]?.text === "," && (verb?.cue === "win" || verb?.cue === "nominate") && /ed$|^won$/.test(verb.text);
}

/** "A, B and C played …": the people listed right before the verb at r, in order (one: no list). */
function playersBefore(units: Unit[], clause: Clause, r: number): Mention[] {
  let k = r - 1;
  // ("A and B, nominated as X and Y": the participle set off after the list.)
  if (units[k]?.text === "nominated" && units[k - 1]?.text === ",") k--;
  while (k > clause.from && (units[k].text === "," || units[k].text === "also")) k--;
  const out: Mention[] = [];
  while (k >= clause.from && units[k]?.mention?.kind === "person") {
    out.unshift(units[k].mention!);
    let j = k - 1;
    if (units[j]?.text === "and") j--;
    if (units[j]?.text === ",") j--;
    if (j === k - 1) break;
    k = j;
  }
  // ("A as Dylan and B as Seeger": a list that follows "as" is a role and a name, not two names.)
  return units[k - 1]?.text === "as" ? out.slice(-1) : out;
}

/**
 * "His Melvin Udall, …" opening a clause: two or more capitalised words that name nobody the
 * data knows, closed by a comma. The actor is the person named last (here or before).
 */
function ownCharacter(v: SentenceView, units: Unit[], clause: Clause, r: number): RoleFrame | undefined {
  const u = units[r + 1];
  if (!u || u.mention) return undefined;
  const m = CAPITAL_RUN.exec(v.text.slice(u.start, Math.min(v.sentence.end, u.start + 80)));
  if (!m || m[2] || m[1].split(/\s+/).length < 2) return undefined;
  const character = m[1];
  // "His Academy Award, the first …": the award, not a role.
  if (/\b(?:Academy|Award|Oscar|Golden|Globe|Best|BAFTA|Prize)\b/.test(character)) return undefined;
  const end = u.start + character.length;
  if (!/^\s*,/.test(v.text.slice(end, end + 3))) return undefined;
  if (v.mentions.some((x) => x.start < end && u.start < x.end)) return undefined;
  let actor: Subject | undefined;
  for (let i = r - 1; i >= 0 && !actor; i--)
    if (units[i].mention?.kind === "person") actor = subjectOf(units[i].mention!);
  if (!actor) {
    const p = v.prior.lastPerson();
    actor = p && p.ids.length === 1 ? subjectOf(p, true) : undefined;
  }
  if (!actor) return undefined;
  return { person: actor, film: filmOf(units, clause, r, actor), character, start: u.start, end, strong: true };
}

/** The film named after the role ("as C in F"), else the one the clause named before it. */
function filmOf(units: Unit[], clause: Clause, r: number, actor: Subject): Mention | undefined {
  // ("X won for F, beating Liam Neeson, who played Oskar Schindler": a rival's role is in a film not named.)
  const at = units.findIndex(
    (u, i) => i < r && u.mention?.kind === "person" && u.mention.ids.some((id) => actor.ids.includes(id)),
  );
  if (at > 0 && (BEAT_VERBS.includes(units[at - 1].text) || /^(?:over|against)$/.test(units[at - 1].text)))
    return undefined;
  // ("… after F1 and F2: … actor (Hopkins as Lecter)": a film after "after", "since" is another's.)
  const isFilm = (u: Unit, k: number) => u.mention?.kind === "film" && !elsewhen(units, k);
  // After the verb, up to a relative clause of someone else's ("…, lost to Y, who won … in F") or
  // someone else named ("…, lost the prize to Y of F").
  const other = (u: Unit) => u.mention?.kind === "person" && !u.mention.ids.some((id) => actor.ids.includes(id));
  // ("…, in which he played Harvey Milk, the San Francisco supervisor": only a film said "in F" is the role's.)
  const saidIn = (k: number) => {
    if (units[r].text === "(") return true;
    // ("in Phyllida Lloyd's biopic The Iron Lady": a few words may stand between.)
    for (let b = k - 1; b > r && b >= k - 5 && units[b].text !== ","; b--)
      if (/^(?:in|for|\(|opposite)$/.test(units[b].text)) return true;
    return false;
  };

  // "F, in which he played C": the film "which" stands for (not one after the relative clause closes:
  // "won for Gaslight, in which she played Paula, and for The Yearling").
  const which = units.slice(Math.max(clause.from, r - 4), r).findIndex((u) => u.text === "which");
  if (which >= 0) {
    let a = Math.max(clause.from, r - 4) + which - 1;
    if (units[a]?.text === "in") a--;
    while (a > clause.from && (units[a].text === "," || QUOTES.has(units[a].text))) a--;
    // ("All About Eve (1950), in which she played …": the film's year in brackets stands between.)
    if (units[a]?.text === ")" && units[a - 2]?.text === "(" && /^\d{4}$/.test(units[a - 1].text)) a -= 3;
    if (units[a]?.mention?.kind === "film") return units[a].mention;
    // ("for Maestro, in which he played C": "in which" stands for a film we did not know, no other.)
    if (units[Math.max(clause.from, r - 4) + which - 1]?.text === "in") return undefined;
  }
  // ("X, who plays R, has won …": a role in a relative clause is in a film said before the clause closes.)
  const relative = units.slice(Math.max(clause.from, r - 3), r).some((u) => /^(?:who|which)$/.test(u.text));
  const participleAside = units[r - 1]?.text === "nominated" && units[r - 2]?.text === ",";
  // ("as John Quincy Adams in Steven Spielberg's "Amistad"": a film's maker before it is passed over too.)
  const maker = (k: number) => units[k + 1]?.text === "'s" && units[pastQuotes(units, k + 2)]?.mention?.kind === "film";
  // ("playing Gauguin opposite Kirk Douglas's Van Gogh in Lust for Life": a scene partner is passed over.)
  const partner = (k: number) => PARTNER.has(units[k - 1]?.text ?? "");
  for (
    let k = r;
    k < clause.to && !/^(?:who|which|whose)$/.test(units[k].text) && (!other(units[k]) || partner(k) || maker(k));
    k++
  ) {
    // ("DiCaprio, nominated as Bob, is now …, counting his nomination for F": a participle aside ends at its
    // comma.)
    if ((relative || participleAside) && units[k].text === ",") break;
    // ("playing C in that film and again as D in F": the film a pronoun names; a later role's film.)
    if (units[k].text === "in" && unnamedFilm(units, k + 1)) return undefined;
    // ("…, having won at the fifth ceremony for F", "…, after best actor wins for F": an earlier win.)
    const t = units[k].text;
    if (LATER.has(t) || t === "having" || t === "following" || TIME_PREPOSITION.test(t)) break;
    // (The partner's own role is no film: "opposite Kirk Douglas's Van Gogh".)
    if (units[k - 1]?.text === "'s" && other(units[k - 2]) && partner(k - 2)) continue;
    if (isFilm(units[k], k) && saidIn(k)) return units[k].mention;
  }
  // Before the verb, but not inside a relative clause closed before it ("X, who won for F, … playing C"),
  // nor another's ("nominees include Y for F and X as C").
  let closed = false;
  for (let k = r - 1; k >= clause.from; k--) {
    const t = units[k].text;
    // ("A, nominee for F1 and F2, and B, nominated as R": past the actor named as a later item of a list, the
    // films before are an earlier item's.)
    if (k === at - 1 && (t === "and" || t === ",") && units[k - 1]?.text === ",") return undefined;
    // ("nominated for F, and later in the supporting category for playing C": a later nomination's role.)
    if (LATER.has(t) && k > clause.from) return undefined;
    // ("A as R1 in F, B as R2": a film before another actor is theirs; "beat F": a film beaten is no role's.)
    if (k < r - 1 && other(units[k])) return undefined;
    if (
      isFilm(units[k], k) &&
      (ownerBefore(units, k, other) || beatenAt(units, k) || inAppositive(units, clause, k) || comparedAt(units, k))
    )
      continue;
    if (t === ",") closed = true;
    // ("…, whose F had won him a Globe, and Y as C": a relative clause's film is its antecedent's.)
    else if (closed && RELATIVE_WORDS.has(t)) return undefined;
    if (isFilm(units[k], k) && !closed) return units[k].mention;
    if (isFilm(units[k], k) && closed && !units.slice(clause.from, k).some((u) => RELATIVE_WORDS.has(u.text)))
      return units[k].mention;
  }
  return undefined;
}

const LATER = new Set(["later", "subsequently", "afterwards", "again", "recently"]);
const RELATIVE_WORDS = new Set(["who", "which", "whose"]);

/** "it", "that film", "the picture": a film named by a pronoun or a noun, not by its title. */
function unnamedFilm(units: Unit[], k: number): boolean {
  if (units[k]?.text === "it") return true;
  return /^(?:that|the|this)$/.test(units[k]?.text ?? "") && FILM_COREF.has(units[k + 1]?.text ?? "");
}

/** "Jon Voight, a nominee for F, won …": the film at k stands in an appositive set off by commas. */
function inAppositive(units: Unit[], clause: Clause, k: number): boolean {
  return inCommaAside(units, k, clause, APPOSITIVE, { back: 8, ahead: 4 });
}

const APPOSITIVE = new Set(["a", "an", "the", "already", "once", "twice", "himself", "herself"]);

/** "beat Citizen Kane", "over F": the film at k is the object of a verb of beating. */
function beatenAt(units: Unit[], k: number): boolean {
  const word = before(units, k) ?? "";
  return BEAT_VERBS.includes(word) || word === "over" || word === "against";
}

/** "Y for F", "Y in F": a film right after another person's name is that person's. */
function ownerBefore(units: Unit[], k: number, other: (u: Unit) => boolean): boolean {
  let j = k - 1;
  while (j > 0 && QUOTES.has(units[j].text)) j--;
  // ("Michael Fassbender's Steve Jobs or Bryan Cranston as Dalton Trumbo": a film another's possessive owns.)
  if (units[j]?.text === "'s" && units[j - 1] && other(units[j - 1])) return true;
  if (units[j]?.text !== "for" && units[j]?.text !== "in") return false;
  if (units[j - 1] && other(units[j - 1])) return true;
  // ("Anne Bancroft as Mrs. Robinson in F, Faye Dunaway as …": F is the role's before it, another's.)
  for (let a = j - 1; a > 0 && a >= j - 6 && !units[a].mention; a--)
    if (units[a].text === "as") return !!units[a - 1] && other(units[a - 1]);
  return false;
}

/** The capitalised name just before a bracket: "Karen Holmes" in "Karen Holmes (Kerr)". */
function characterBefore(
  v: SentenceView,
  units: Unit[],
  r: number,
): { character: string; start: number; end: number; strong: boolean } | undefined {
  const end = units[r - 1].end;
  if (units[r - 1].mention) return undefined;
  const head = v.text.slice(Math.max(v.sentence.start, end - 60), end);
  const m = /((?:\p{Lu}[\p{L}'’.-]*)(?:[ \t]+\p{Lu}[\p{L}'’.-]*)*)$/u.exec(head);
  if (!m) return undefined;
  const character = m[1];
  if (character.split(/\s+/).every((w) => TITLES.has(fold(w).replace(/\.$/, "")))) return undefined;
  return { character, start: end - character.length, end, strong: character.split(/\s+/).length >= 2 };
}

/**
 * Whose performance: after "his/her", the person named last in the sentence, or before it;
 * after "a career-making performance", the person the clause is about.
 */
function owner(v: SentenceView, units: Unit[], clause: Clause, at: number): Subject | undefined {
  // "Brando's portrayal of": the possessor, if it is a person ("Hollywood's portrayal" is nobody's role).
  if (units[at]?.text === "'s")
    return units[at - 1]?.mention?.kind === "person" ? subjectOf(units[at - 1].mention!) : undefined;
  // "its (positive) portrayal of the Old South": a film's portrayal is nobody's role.
  for (let i = at; i >= Math.max(clause.from, at - 3) && !units[i].mention; i--) {
    if (units[i].text === "its" || units[i].text === "their") return undefined;
    if (units[i].text === "his" || units[i].text === "her" || units[i].text === "'s") break;
  }
  const pronoun = units[at]?.text === "his" || units[at]?.text === "her";
  const from = pronoun ? 0 : clause.from;
  // ("she beat A (F), B (F) and C (F) for her performance as R": those beaten are not whose performance it is.)
  // (Only right after the list: in "beat X, praised for her performance as R" the performance is X's.)
  const listEnd = units[at - 1]?.text === "for" && (units[at - 2]?.text === ")" || isPerson(units[at - 2]));
  let beaten = -1;
  for (let i = at - 1; pronoun && listEnd && i >= clause.from && beaten < 0; i--)
    if (BEAT_VERBS.includes(units[i].text) || units[i].text === "beating") beaten = i;
  for (let i = at - 1; i >= from; i--) {
    if (beaten >= 0 && i > beaten) continue;
    const m = units[i].mention;
    if (m?.kind === "person") return !pronoun || fitsPronoun(v.kb, m, units[at].text) ? subjectOf(m) : undefined;
  }
  if (!pronoun) return undefined;
  const p = guessedPerson(v, units[at].text);
  return p ? subjectOf(p, true) : undefined;
}

/** "X won Best Supporting Actor as Messala": the subject of the verb before the acting category. */
function winnerOf(v: SentenceView, units: Unit[], clause: Clause, c: number): Subject | undefined {
  let q = c - 1;
  while (q >= clause.from && units[q].cue !== "win" && units[q].cue !== "nominate") q--;
  if (q < clause.from) return undefined;
  const subj = subjectBefore(v, units, clause, q);
  const m = subj?.mentions.length === 1 ? subj.mentions[0] : undefined;
  return m?.kind === "person" ? subjectOf(m, subj!.coref) : undefined;
}

/** "X, on her 16th nomination for …": the name right before a possessive rank ending at `end`. */
function rankOwnerBefore(v: SentenceView, units: Unit[], clause: Clause, end: number): Subject | null | undefined {
  for (let p = end - 1; p > clause.from && p >= end - 5; p--) {
    if (units[p].text !== "his" && units[p].text !== "her") continue;
    const m = nameBesideRank(v, units, p);
    return m ? subjectOf(m) : m;
  }
  return undefined;
}

function actorBefore(v: SentenceView, units: Unit[], clause: Clause, r: number): Subject | undefined {
  // "X won Best Actor, playing C", "X won … for playing C": the clause's subject plays.
  const participle = units[r].text === "playing" || units[r].text === "portraying";
  if (participle && (units[r - 1]?.text === "," || units[r - 1]?.text === "for")) {
    // ("…over Meryl Streep, on her 16th nomination for playing C": the name the rank is set beside.)
    const beside = units[r - 1].text === "for" ? rankOwnerBefore(v, units, clause, r - 1) : undefined;
    // (Null: the name beside may be one beaten, "over Meryl Streep, on her 16th nomination for playing C".)
    if (beside !== undefined) return beside ?? undefined;
    // ("X beat Y, who had won the SAG award for playing C": the relative clause's own person plays.)
    for (let k = r - 1; k > clause.from && units[k].text !== ","; k--)
      if (units[k].text === "who" && units[k - 1]?.text === ",") {
        const head = units[k - 2]?.mention;
        return head?.kind === "person" ? subjectOf(head) : undefined;
      }
    // A participle after a comma describes the clause's subject.
    const subj = subjectBefore(v, units, clause, r);
    const m = subj?.mentions.find((x) => x.kind === "person");
    return m && subj!.mentions.length <= 2 ? subjectOf(m, subj!.coref) : undefined;
  }
  let i = r - 1;
  // ("Robert Downey Jr. played C": the full stop of a name's "Jr." stands between it and the verb.)
  const jr = (k: number) => units[k].text === "." && units[k - 1]?.mention?.kind === "person";
  while (i > clause.from && (units[i].text === "who" || units[i].text === "," || units[i].text === "also" || jr(i)))
    i--;
  const m = units[i]?.mention;
  if (m?.kind === "person") return subjectOf(m);
  if ((units[i]?.text === "he" || units[i]?.text === "she") && i === r - 1) {
    // "X won for F, in which he played C": the person the sentence named, else an earlier sentence's.
    const here = antecedent(units, i, "person");
    if (here && fitsPronoun(v.kb, here, units[i].text)) return subjectOf(here);
    const p = here ? undefined : guessedPerson(v, units[i].text);
    return p ? subjectOf(p, true) : undefined;
  }
  // "signed X to play C", "cast her to play C": the infinitive's subject is the verb's object.
  if (units[r - 1]?.text === "to" && units[r].text === "play") {
    const object = units[r - 2];
    if (object?.mention?.kind === "person") return subjectOf(object.mention);
    if (object?.text === "her" || object?.text === "him") {
      const here = antecedent(units, r - 2, "person");
      // "he was … signing her to play C": "he" and "her" are two people; "her" is not the one "he" is.
      const other = object.text === "her" ? "he" : "she";
      const subject = units.slice(clause.from, r - 2).some((u) => u.text === other)
        ? guessedPerson(v, other)
        : undefined;
      const p = here
        ? fitsPronoun(v.kb, here, object.text)
          ? here
          : undefined
        : guessedPerson(v, object.text, subject);
      return p && p.ids.length === 1 ? subjectOf(p, true) : undefined;
    }
  }
  return undefined;
}

function characterAfter(
  v: SentenceView,
  units: Unit[],
  clause: Clause,
  from: number,
): { character: string; start: number; end: number; strong: boolean } | undefined {
  let limit = from + MAX_DESCRIPTION;
  for (let k = from; k < clause.to && k < limit; k++) {
    const u = units[k];
    if (u.mention && u.mention.kind !== "person") return undefined;
    // ("playing opposite Charlton Heston as R": the partner named first is no role.)
    if (k === from && PARTNER.has(u.text)) return undefined;
    // "a prostitute in 'Mighty Aphrodite'": after "in" comes the film, not the character.
    if (k > from && (AFTER_ROLE.has(u.text) || u.text === ":")) return undefined;
    // ("played a diva who tells John Cusack …": a relative clause describes the role; a name in it is another.)
    if (k > from && /^(?:who|whom|whose|which)$/.test(u.text)) return undefined;
    // ("a call girl made up to resemble Veronica Lake", "a singer modelled on X": a name the role is likened to.)
    if (k > from && LIKENED.has(u.text)) return undefined;
    // ("playing the title role, lost to Mikey Madison", "played a troubled man, beating Peter O'Toole": a loss,
    // a defeat or a participle after a comma ends the role's words.)
    const participle = u.text === "," && /^[a-z]+ing$/.test(units[k + 1]?.text ?? "");
    if (k > from && (u.text === ";" || u.cue === "lose" || BEAT_VERBS.includes(u.text) || participle)) return undefined;
    // ("nominated X as his teacher and Stephen Daldry as director": a person after "and" is the next item.)
    // ("neither A, as the title character, nor B": so is one after "nor" or "or".)
    if (k > from && /^(?:and|nor|or)$/.test(u.text) && units[k + 1]?.mention?.kind === "person") return undefined;
    // "Uganda's sadistic former President Idi Amin": a possessor is not the character.
    if (units[k + 1]?.text === "'s") {
      k++;
      continue;
    }
    const first = v.text.charAt(u.start);
    const quoted = /[“"‘']/.test(first) && /\p{Lu}/u.test(v.text.charAt(u.start + 1));
    if (!quoted && !/\p{Lu}/u.test(first)) continue;
    const m = CAPITAL_RUN.exec(v.text.slice(u.start, Math.min(v.sentence.end, u.start + 80)));
    if (!m) return undefined;
    const character = m[1].replace(/[,.]$/, "");
    const start = u.start + (m[0].length - m[1].length - m[2].length);
    // ("as T. S. Eliot's wife": a possessor is not the character, however many words it runs to.)
    if (/['’]s$/.test(character)) {
      while (k + 1 < clause.to && units[k + 1].start < start + character.length) k++;
      continue;
    }
    // ('played the "Band-Aid" Penny Lane': a quoted nickname before the name describes it; the name is the part.)
    if (quoted && m[2] && /^[ \t]+\p{Lu}/u.test(v.text.slice(start + character.length + m[2].length))) {
      const end = start + character.length + m[2].length;
      while (k + 1 < clause.to && units[k + 1].start < end) (k++, limit++);
      continue;
    }
    // "the World War II general George S. Patton": a capitalised modifier of a noun before the name.
    if (!m[2] && ATTRIBUTIVE.test(v.text.slice(start + character.length, v.sentence.end))) {
      const end = start + character.length;
      while (k + 1 < clause.to && units[k + 1].start < end) (k++, limit++);
      continue;
    }
    const words = character.split(/\s+/).filter((w) => !TITLES.has(fold(w).replace(/\.$/, "")));
    if (words.length === 0) return undefined;
    return { character, start, end: start + character.length, strong: quoted || character.split(/\s+/).length >= 2 };
  }
  return undefined;
}

/** "rather than (for)", "instead of (for)" within the few words before the role's verb at r. */
function setAside(units: Unit[], clause: Clause, r: number): boolean {
  for (let k = r - 1; k >= clause.from && k >= r - 3; k--) {
    const t = units[k].text;
    if ((t === "than" && units[k - 1]?.text === "rather") || (t === "of" && units[k - 1]?.text === "instead"))
      return true;
  }
  return false;
}

const LIKENED = new Set(["resemble", "resembling", "resembles", "like", "modelled", "modeled", "inspired", "based"]);

/** "…for Ghost, playing the medium R": the role set right after the film, in a participle. */
const PLAYING_AFTER = /^["\u201d]?\s*,\s*(?:playing|as)\b/;

/** "a year later", "two years earlier", "the following year": the night moved to; undefined when not said. */
function movedBy(night: number, said: string): number | undefined {
  const m = YEARS_MOVED.exec(said);
  if (!m) return undefined;
  if (m[3]) return m[3] === "previous" ? night - 1 : night + 1;
  const n = m[1] === "a" || m[1] === "one" ? 1 : (numberValue(m[1]) ?? Number(m[1]));
  return Number.isFinite(n) ? (m[2] === "earlier" ? night - n : night + n) : undefined;
}
const YEARS_MOVED =
  /\b(a|one|two|three|four|five|\d{1,2}) years? (later|earlier)\b|\bthe (following|next|previous) year\b/;

export function verifyRole(v: SentenceView, f: RoleFrame): Claim | undefined {
  const kb = v.kb;
  const nom = kb.data.nominations;
  const name = kb.data.people[f.person.ids[0]].name;
  const roles = actingRoles(v, f.person);
  if (roles.length === 0) return undefined;
  const said = keys(f.character);
  if (said.size === 0) return undefined;
  const filmWords = f.film ? keys(f.film.text) : new Set<string>();
  if ([...said].every((w) => filmWords.has(w))) return undefined; // "as Ani in Anora" names the film's title role
  const base = { kind: "attribution" as const, rule: "wrong-role", start: f.start, end: f.end };
  const statement = `${name} played ${f.character}`;
  const names = namesOf(nom.detail, f.character, said);
  // Which nomination is meant: the film's, else the article's night's, unless the sentence moved off it
  // ("A year later she won for F, in which X, as R, won …").
  const sentence = v.text.slice(v.sentence.start, f.start).toLowerCase();
  const moved = v.ctx && v.ctx.strength !== "sentence" && TIME_MOVED.test(sentence);
  const ctx = moved ? movedBy(v.ctx!.ceremony, sentence) : v.ctx?.ceremony;
  const ofFilm = f.film ? roles.filter((i) => nom.films[i].some((x) => f.film!.ids.includes(x))) : [];
  const meant = f.film ? ofFilm : roles.filter((i) => nom.ceremony[i] === ctx);
  // With the film named, only that film's role can bear the claim out; set off before the night's win or
  // nomination ("X, as R, won C"), only that night's.
  // (Not when a night is said after it: "…, having won at the fifth ceremony" may have set the night.)
  const nightAfter = v.mentions.some((m) => m.kind === "ceremony" && m.start > f.end);
  const pool = ofFilm.length ? ofFilm : f.aside && !f.film && !nightAfter && meant.length === 1 ? meant : roles;
  const match = pool.filter(names);
  // "Whitaker as Idi Amin in Blood Diamond": the role is his, in another film; the film is to blame.
  const elsewhere = f.film && !ofFilm.length && f.strong && f.person.ids.length === 1 && !f.person.coref;
  if (match.length && elsewhere && f.film!.ids.length === 1 && new Set(match.map((i) => nom.films[i][0])).size === 1) {
    const mine = kb.view(match[0]);
    const right = mine.films[0];
    // ("Sunset had Erich von Stroheim, as the butler Max": the title said is the start of the role's film's.)
    const said = fold(f.film!.text);
    if (fold(right).startsWith(`${said} `)) return claim({ ...base, statement, verdict: "supported", message: right });
    const where = `${mine.category}, ${kb.ceremonyLabel(mine.ceremony)}`;
    const message = `${name} played ${mine.detail} in ${right} (${where}), not in ${f.film!.text}.`;
    const c = refuted({
      ...base,
      statement: `${statement} in ${f.film!.text}`,
      message,
      evidence: [evidence(kb, match[0])],
    });
    c.start = f.film!.start;
    c.end = f.film!.end;
    c.fixes.push(fix(`Replace "${f.film!.text}" with "${right}"`, right, f.film!.start, f.film!.end));
    return settle(c);
  }
  if (match.length) {
    return claim({
      ...base,
      statement,
      verdict: "supported",
      message: `${name} was nominated as ${nom.detail[match[0]]}`,
    });
  }
  // ("McDormand played Fern in Three Billboards": one word, but the role of another film of hers.)
  const othersRole =
    !!f.film &&
    (f.film.start > f.end ||
      IN_WHICH.test(v.text.slice(f.film.end, f.start)) ||
      PLAYING_AFTER.test(v.text.slice(f.film.end, f.start))) &&
    ofFilm.length === 1 &&
    roles.some((i) => !ofFilm.includes(i) && keys(nom.detail[i]).size && names(i));
  // ("Ariana DeBose won supporting actress as Maria": one word, but a given name, not a capitalised noun.)
  const word = fold(f.character);
  const named = !f.strong && /^[a-z]{3,}$/.test(word) && givenOf(kb).has(word) && !WORDS.has(word);
  const settled =
    meant.length === 1 &&
    (f.strong || othersRole || named) &&
    f.person.ids.length === 1 &&
    // (Not "X won C for F. On television, he played R": a pronoun's role may be of any of their work.)
    (!f.person.coref || !!f.film);
  if (!settled) {
    return claim({
      ...base,
      statement,
      verdict: "unverifiable",
      message: `No nominated role of ${name} names ${f.character}`,
    });
  }
  const mine = kb.view(meant[0]);
  const where = `${mine.films.join(" / ")} (${mine.category}, ${kb.ceremonyLabel(mine.ceremony)})`;
  const message = `${name} was nominated as ${mine.detail} in ${where}, not as ${f.character}.`;
  const c = refuted({ ...base, statement, message, evidence: [evidence(kb, meant[0])] });
  c.fixes.push(fix(`Replace "${f.character}" with "${mine.detail}"`, mine.detail, f.start, f.end));
  return settle(c);
}

/** Whether one of the person's nominated roles is the character said. */
function playedBy(v: SentenceView, person: Subject, character: string): boolean {
  const details = v.kb.data.nominations.detail;
  return actingRoles(v, person).some(namesOf(details, character, keys(character)));
}

/** Whether a record's role (the data's Detail) is the character said. */
function namesOf(details: readonly string[], character: string, said: Set<string>): (i: number) => boolean {
  const saidJoined = withJoins(character, said);
  // ("Harriet Tubman" for the data's "Harriet/Minty": each name of a role written with a slash is the role.)
  return (i: number) => details[i].split("/").some(matches) || (details[i].includes("/") && matches(details[i]));
  function matches(detail: string): boolean {
    const own = keys(detail);
    // One name within the other ("Ani" in "Anora 'Ani' Mikheeva"); a shared surname alone is
    // another character ("Joe Chandler" is not "Lee Chandler").
    // ("The Queen" for Elizabeth II: a role the data names by a title alone bears out any name.)
    if (!own.size) return true;
    // ("Addison DeWitt" for the data's "Addison De Witt": two words written as one; "Rick Blaine"
    // for its "Rick Blane": a letter apart in a long word is the same name.)
    const ownJoined = withJoins(detail, own);
    // ("Don Shirley" for the data's "Dr. Donald Shirley": a short form of the given name, the first word of
    // each, is the name.)
    const [given] = said;
    const [ownGiven] = own;
    // ("Johnny Cash" for the data's "John R. Cash": a pet form built on the given name is the name too.)
    const prefixed = (a: string, b: string) => a.length >= 3 && b.length > a.length && b.startsWith(a);
    const short = (w: string) => w === given && (prefixed(w, ownGiven) || prefixed(ownGiven, w));
    const near = (w: string, set: Set<string>) =>
      set.has(w) ||
      (w.length >= 5 && [...set].some((x) => editDistance(w, x, 1) <= 1)) ||
      (set === ownJoined && short(w));
    // ("Jedi Obi-Wan Kenobi" for the data's "Ben 'Obi-Wan' Kenobi": a word of description before two or more
    // words of the name.)
    const described = said.size >= 3 && [...said].slice(1).every((w) => near(w, ownJoined));
    return described || [...said].every((w) => near(w, ownJoined)) || [...own].every((w) => near(w, saidJoined));
  }
}

/**
 * The acting nominations whose role is the one said, when the frame names it plainly (two words or
 * more, or quoted) and the data names it (not a title alone): "for playing Connie Corleone".
 */
export function roleRecords(v: SentenceView, f: RoleFrame): number[] {
  const nom = v.kb.data.nominations;
  const said = keys(f.character);
  if (!f.strong || said.size === 0) return [];
  const names = namesOf(nom.detail, f.character, said);
  return actingRoles(v, f.person).filter((i) => keys(nom.detail[i]).size > 0 && names(i));
}

/** The person's acting nominations that name a role (the data's Detail). */
function actingRoles(v: SentenceView, person: Subject): number[] {
  const nom = v.kb.data.nominations;
  return nominationsOf(v.kb, person).filter((i) => /actor|actress/.test(v.kb.keyOf(i)) && nom.detail[i]);
}

/** A name's keys with each two adjacent words also written as one ("de witt" → "dewitt"). */
function withJoins(s: string, own: Set<string>): Set<string> {
  const words = fold(s)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const out = new Set(own);
  for (let k = 1; k < words.length; k++) out.add(words[k - 1] + words[k]);
  return out;
}

/** The words of a name that identify it (no titles or ranks). */
function keys(s: string, withoutTitles = true): Set<string> {
  return new Set(
    fold(s)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1 && !(withoutTitles && TITLES.has(w)) && w !== "the"),
  );
}

/** "his", "their", "the", "the title": the words before a role's noun. */
const ROLE_OWNER = String.raw`(?:his|her|their|the(?:\s+title)?)`;
const ROLE_AFTER_CATEGORY = new RegExp(
  String.raw`^(?:\s+(?:award|oscar|prize|nomination|nod))?\s*,?\s+(?:for\s+)?` +
    String.raw`(?:${ROLE_OWNER}\s+(?:role|turn|performance|portrayal)\s+(?:as|of)|playing|portraying|as)\s+` +
    String.raw`(?:the\s+)?(?:[a-z]+\s+){0,3}["\u201c']?$`,
  "i",
);

/**
 * "Talia Shire was nominated for Best Actress for playing Connie Corleone": a category claim whose
 * role names one of the person's nominations in another category is refuted, though another film
 * of theirs bears the category out (the role says which performance is meant).
 */
export function roleAgainstFrame(v: SentenceView, frame: Frame, claim: Claim, roles: RoleFrame[]): Claim {
  const kb = v.kb;
  const p = frame.people[0];
  const win = frame.predicate === "win";
  if (frame.films.length || frame.coref || frame.people.length !== 1) return claim;
  if ((!win && frame.predicate !== "nominate") || p.ids.length !== 1) return claim;
  // (Only an acting category is played: "won Best Director, playing R" names another award's role.)
  if (!/actor|actress/.test(frame.category.category ?? "")) return claim;
  if (claim.verdict === "refuted") return roleNight(v, frame, claim, roles) ?? claim;
  if (claim.verdict !== "supported") return claim;
  // (Only a role said right after the category: "Best Actress for playing R", "Best Actor as R".)
  const own = (r: RoleFrame) => ROLE_AFTER_CATEGORY.test(v.text.slice(frame.category.end, r.start));
  const role = roles.find((r) => r.person.ids.length === 1 && r.person.ids[0] === p.ids[0] && own(r));
  // ("Best Actress as Lydia Tár in Tár": a film said with the role narrows it to that film's records.)
  const inFilm = (i: number) => !role?.film || kb.data.nominations.films[i].some((x) => role.film!.ids.includes(x));
  const meant = role ? roleRecords(v, role).filter(inFilm) : [];
  const cer = kb.data.nominations.ceremony;
  const fits = (i: number) =>
    recordIn(kb, frame.category.category!, i) &&
    (!win || kb.won(i)) &&
    (!frame.stated.length || frame.stated.includes(cer[i]));
  if (!role || meant.length !== 1 || fits(meant[0])) return claim;
  const r = kb.view(meant[0]);
  const name = kb.data.people[p.ids[0]].name;
  const outcome = kb.won(meant[0]) ? "won" : "was nominated for";
  const where = `${r.films.join(" / ")}, ${kb.ceremonyLabel(r.ceremony)}`;
  const message = `${name} ${outcome} ${r.category} as ${r.detail} (${where}), not ${frame.category.text}.`;
  const statement = `${name} ${win ? "won" : "was nominated for"} ${frame.category.text} as ${role.character}`;
  const range = { start: frame.category.start, end: frame.category.end };
  return settle(refuted({ ...claim, ...range, statement, message, evidence: [evidence(kb, meant[0])], fixes: [] }));
}

/**
 * "Greer Garson won best actress for the title role of Kay Miniver" in a piece whose night is another:
 * with no night or film said, the role the data knows names the performance, and so its night.
 */
function roleNight(v: SentenceView, frame: Frame, claim: Claim, roles: RoleFrame[]): Claim | undefined {
  const kb = v.kb;
  const p = frame.people[0];
  if (frame.stated.length) return undefined;
  const own = (r: RoleFrame) => ROLE_AFTER_CATEGORY.test(v.text.slice(frame.category.end, r.start));
  const role = roles.find((r) => r.person.ids.length === 1 && r.person.ids[0] === p.ids[0] && !r.film && own(r));
  const meant = role ? roleRecords(v, role) : [];
  const i = meant[0];
  const won = frame.predicate !== "win" || kb.won(i);
  if (meant.length !== 1 || !recordIn(kb, frame.category.category!, i) || !won) return undefined;
  const r = kb.view(i);
  const verb = frame.predicate === "win" ? "won" : "was nominated for";
  const statement = `${kb.data.people[p.ids[0]].name} ${verb} ${r.category} at the ${kb.ceremonyLabel(r.ceremony)}`;
  const message = `${r.category}: ${r.detail} in ${r.films.join(" / ")}`;
  return {
    ...claim,
    verdict: "supported",
    severity: undefined,
    statement,
    message,
    evidence: [evidence(kb, i)],
    fixes: [],
  };
}
