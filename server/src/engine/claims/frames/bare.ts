/**
 * Wins named without a category: "Washington won for Training Day", "Emma Thompson won an
 * Oscar for her adaptation of Sense and Sensibility", "Oscar winner Goldie Hawn". The person
 * holds it when some competitive win of theirs agrees with the film and the year the clause
 * gives. It is refuted when the film names the night, the person competed for that film then
 * and lost, and the clause (or the piece) says "Oscar"; or when a plain "X won (as R)" is told of a
 * night X competed at, and X never won any Oscar.
 */
import type { Mention } from "../../mentions/types";
import { claim, evidence, fix, noneWasFor, recordsOf, refuted, settle } from "../common";
import type { Claim } from "../types";
import { aboutOscars, type SentenceView } from "../view";
import { before, coordinated, HELD, modal, statedCeremonies, subjectBefore, timedAfter } from "./bind";
import { andBetween, pastQuotes, type Clause, type Unit } from "./clauses";
import { NONE } from "./cues";

export interface BareWin {
  person: Mention;
  film?: Mention;
  stated: number[];
  /** The person is an earlier sentence's ("she won …"): the claim may hold, never be refuted. */
  coref: boolean;
  /** Where the clause stated its year or ceremony, for blame; unset when a tense puts the win earlier. */
  statedAt?: { start: number; end: number };
  saysOscar: boolean;
  /** The film follows "for": what the win was for, not a film the clause names otherwise. */
  forFilm?: boolean;
  /** The person's name stands right before a finite "won" (an adverb between at most). */
  plainSubject?: boolean;
  /** "won for Miss Congeniality": the first word of a capitalised name after "for" that is no mention. */
  unknownFor?: string;
  /** Every film of the list the film stands in ("won twice, for A and B"), when it stands in one. */
  listed?: Mention[];
  start: number;
  end: number;
}

const WON = new Set(["won", "wins", "win", "winning"]);
const NOT_PLAIN = /\b(?:yet|never|not|n't|failed|without|would|could)\b/i;
/** After "won": the win itself ("as R", "for F", "an Oscar", "best actress"), not "praise", "the role". */
const PLAIN_AFTER_WON =
  /^\s*(?:as|for|at|in\s+\d|(?:an?|the|her|his|their)\s+(?:oscar|academy award|statuette)|best)\b/i;
const OSCAR_WORDS = new Set(["oscar", "oscars", "academy"]);
const AWARD_NOUNS = new Set(["award", "statuette", "trophy"]);
const RIVAL_WORDS = new Set(["over", "against", "including", "beating", "beat", "ahead"]);

/**
 * A night stated after the film and after an "and" that follows it ("for F and, at the 33rd
 * ceremony, for G"): the later conjunct's, with the film after "for" there, if any.
 */
function laterConjunct(
  units: Unit[],
  clause: Clause,
  filmAt: number,
  night: { start: number; end: number },
): { film?: Mention } | undefined {
  let nightAt = filmAt + 1;
  while (nightAt < clause.to && units[nightAt].start < night.start) nightAt++;
  const and = andBetween(units, filmAt, nightAt);
  if (and < 0) return undefined;
  for (let j = and + 1; j < clause.to; j++)
    if (units[j].start >= night.end && units[j].mention?.kind === "film" && units[j - 1].text === "for")
      return { film: units[j].mention };
  return {};
}

/** "prevailed for F", "took the prize for F", "collected the Oscar for F": a win with no category said. */
const PREVAILED = new Set(["prevailed", "prevails", "triumphed", "triumphs"]);
/** Verbs of taking an award home ("accepted", "received" may be on another's behalf, or a nomination). */
const TAKEN = new Set(["took", "takes", "collected", "collects"]);
const DETERMINERS = new Set(["the", "an", "his", "her"]);
function winsHere(units: Unit[], k: number): boolean {
  const t = units[k].text;
  if (WON.has(t)) return true;
  if (PREVAILED.has(t)) return units[k + 1]?.text === "for";
  // ("went home with the statuette for F", "took home the Oscar for F", "walked off with the prize for F".)
  let j = k + 1;
  if (PARTICLES.has(units[j]?.text ?? "")) j++;
  if (j > k + 1 && units[j]?.text === "with") j++;
  const taken = TAKEN.has(t) || (j > k + 1 && HOME_VERBS.has(t));
  const prize = DETERMINERS.has(units[j]?.text ?? "") && HELD.has(units[j + 1]?.text ?? "");
  return taken && prize && units[j + 2]?.text === "for";
}
const PARTICLES = new Set(["home", "off", "away"]);
const HOME_VERBS = new Set(["went", "goes", "walked", "walks", "came", "comes", "carried", "carries"]);

/** "won for A and again for B", "…, and later for B": the verb carries over to the film after "and … for". */
const AGAIN = new Set(["again", "also", "later", "then"]);
function againFor(units: Unit[], clause: Clause, filmAt: number): Mention[] {
  let j = filmAt + 1;
  if (units[j]?.text === ",") j++;
  if (units[j]?.text !== "and") return [];
  j++;
  while (AGAIN.has(units[j]?.text ?? "")) j++;
  if (units[j]?.text !== "for") return [];
  const at = pastQuotes(units, j + 1);
  const m = at < clause.to ? units[at].mention : undefined;
  return m?.kind === "film" ? [m] : [];
}

const EARLIER = new Set(["after", "since", "following", "before"]);

export function bareWins(v: SentenceView, units: Unit[], clause: Clause): BareWin[] {
  const out: BareWin[] = [];
  const inClause = units.slice(clause.from, clause.to);
  // "Oscar", a ceremony, or in a piece about the Oscars "a supporting award" / "the statuette".
  const saysOscar = inClause.some(
    (u) => OSCAR_WORDS.has(u.text) || u.mention?.kind === "ceremony" || (!v.otherBodies && AWARD_NOUNS.has(u.text)),
  );
  for (let k = clause.from; k < clause.to; k++) {
    const t = units[k].text;
    // "Oscar winner Goldie Hawn", "Academy Award winner X".
    if ((t === "winner" || t === "winners") && OSCAR_WORDS.has(units[k - 1]?.text ?? "")) {
      const p = units[k + 1]?.mention;
      if (p?.kind === "person")
        out.push({ person: p, stated: [], saysOscar: true, coref: false, start: p.start, end: p.end });
      continue;
    }
    if (!winsHere(units, k) || modal(units, { from: clause.from, to: k })) continue;
    // "… but won none", "won neither", "won nothing": no win is claimed.
    if (NONE.has(units[k + 1]?.text ?? "")) continue;
    const subj = subjectBefore(v, units, clause, k);
    // "She won the Oscar in 1988 for …": a pronoun's person may bear a win out, never refute it.
    const person = subj && subj.mentions.length === 1 ? subj.mentions[0] : undefined;
    if (person?.kind !== "person") continue;
    // "won for F", "won … in F"; after "won over", "against", "including" the names are rivals;
    // a category after the verb is the category frames' to read.
    let film: Mention | undefined;
    let category = false;
    let filmAt = -1;
    // ("X, who won at the 55th, was nominated for F": a relative clause ends at its comma.)
    const who = units[k - 1]?.text === "who" ? k - 1 : units[k - 2]?.text === "who" ? k - 2 : -1;
    for (let j = k + 1; j < Math.min(clause.to, k + 16) && !film && !category; j++) {
      if (RIVAL_WORDS.has(units[j].text) || (who >= 0 && units[j].text === ",")) break;
      // ("his first win after nominations for A and B": films after "after" or a nomination are not the win's.)
      if (EARLIER.has(units[j].text) || units[j].cue === "nominate") break;
      if (units[j].mention?.kind === "film") [film, filmAt] = [units[j].mention, j];
      if (units[j].mention?.kind === "category") category = true;
    }
    if (category) continue;
    // "won twice, for To Each His Own and The Heiress": each film of the list is a win.
    const more = film
      ? [...coordinated(units, filmAt, clause.to + 1).slice(1), ...againFor(units, clause, filmAt)]
      : [];
    const said = statedCeremonies(v, units, clause);
    // "At the 96th …, Stone won, joining Jodie Foster, who won for F": a relative clause's win has a
    // time of its own, not the night its main clause states.
    const relative =
      (who > 0 && !!said.statedAt && said.statedAt.end <= units[who].start) || timedAfter(units, k, said.statedAt);
    const { stated, statedAt } = relative ? { stated: [], statedAt: undefined } : said;
    // "had won", "previously won": the year stated is not the win's.
    const earlier = units[k - 1]?.text === "had" || units.slice(clause.from, clause.to).some((u) => u.cue === "past");
    const at = earlier ? undefined : statedAt;
    // ('for "Up"': quotes may stand between.)
    const forFilm = filmAt > 0 && before(units, filmAt) === "for";
    const own = {
      person,
      film,
      unknownFor: film ? undefined : unknownTitleAfter(v, units, k),
      stated,
      statedAt: subj!.coref ? undefined : at,
      saysOscar,
      coref: subj!.coref,
      forFilm,
      // ("Patricia Arquette won for F": the name right before a finite "won", not "his win for F" nor a name
      // that an unknown one stands between.)
      plainSubject: /^(?:won|wins)$/.test(t) && nameRightBefore(units, k, person),
    };
    // "won for F and, at the 33rd ceremony, for G": a night after "and" is the later film's.
    const later = film && statedAt ? laterConjunct(units, clause, filmAt, statedAt) : undefined;
    if (later) {
      out.push({ ...own, stated: [], statedAt: undefined, start: person.start, end: units[k].end });
      if (later.film) out.push({ ...own, film: later.film, start: later.film.start, end: later.film.end });
      continue;
    }
    const listed = film && more.length ? [film, ...more] : undefined;
    out.push({ ...own, listed, start: subj!.coref ? units[k].start : person.start, end: units[k].end });
    for (const m of more) out.push({ ...own, listed, film: m, start: m.start, end: m.end });
  }
  return out;
}

function nameRightBefore(units: Unit[], k: number, person: Mention): boolean {
  const at = /^(?:also|finally|eventually|later|then|famously)$/.test(units[k - 1]?.text ?? "") ? k - 2 : k - 1;
  return units[at]?.mention === person;
}

/** "won for Miss Congeniality": right after "for", a capitalised word that is no mention. */
function unknownTitleAfter(v: SentenceView, units: Unit[], k: number): string | undefined {
  if (units[k + 1]?.text !== "for") return undefined;
  const u = units[pastQuotes(units, k + 2)];
  return u && !u.mention && /^\p{Lu}/u.test(v.text.charAt(u.start)) && /^[a-z]/.test(u.text) ? u.text : undefined;
}

/** A word of the title or the role of one of the person's wins: a short title ("for Eternity") or a role. */
function inAWin(kb: SentenceView["kb"], wins: number[], word: string): boolean {
  const nom = kb.data.nominations;
  const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}']+/u);
  return wins.some(
    (i) =>
      words(nom.detail[i]).includes(word) || nom.films[i].some((x) => words(kb.data.films[x].title).includes(word)),
  );
}

export function verifyBareWin(v: SentenceView, f: BareWin): Claim | undefined {
  const kb = v.kb;
  const nom = kb.data.nominations;
  if (f.person.ids.length !== 1) return undefined;
  const records = recordsOf(kb, { kind: "person", ids: f.person.ids }).filter((i) => kb.isCompetitive(i));
  if (records.length === 0) return undefined;
  const name = kb.data.people[f.person.ids[0]].name;
  const withFilm = (i: number) => !f.film || nom.films[i].some((x) => f.film!.ids.includes(x));
  const atStated = (i: number) => f.stated.length === 0 || f.stated.includes(nom.ceremony[i]);
  const won = records.filter((i) => kb.won(i));
  const wins = won.filter((i) => withFilm(i) && atStated(i));
  const film = f.film ? ` for ${kb.data.films[f.film.ids[0]].title}` : "";
  const statement = `${name} won an Oscar${film}`;
  const base = { kind: "win" as const, rule: "wrong-winner", start: f.start, end: f.end };
  // (A win for a name that is none of the person's winning titles or roles is no win we can point to.)
  if (f.unknownFor && !inAWin(kb, won, f.unknownFor))
    return claim({ ...base, statement, verdict: "unverifiable", message: "Won for a title not in the data" });
  if (wins.length) {
    const w = kb.view(wins[0]);
    // (One night's win, told of a person named: "that year" after it is that night.)
    const nights = new Set(wins.map((i) => nom.ceremony[i]));
    if (nights.size === 1 && !f.coref) v.prior.noteWin(f.person.ids[0], w.ceremony, v.sentence.start);
    return claim({
      ...base,
      statement,
      verdict: "supported",
      message: `${w.category}, ${kb.ceremonyLabel(w.ceremony)}`,
      evidence: wins.map((i) => evidence(kb, i)),
    });
  }
  // The film's night, where the person competed for it and lost: a nominee named as a winner.
  // (In a piece about the Oscars, "Colleen Atwood won for Sleepy Hollow" says Oscar without the word.)
  const oscars = f.saysOscar || aboutOscars(v);
  // ("At the 97th, X took the prize for F": the night stated, when X lost for F then.)
  const lost = f.film && oscars ? records.filter((i) => withFilm(i) && !kb.won(i) && atStated(i)) : [];
  const nights = new Set(lost.map((i) => nom.ceremony[i]));
  // ("At the 96th, X collected the Oscar for F": the film's own win that night may be what X took home.)
  const filmWon =
    f.stated.length > 0 &&
    lost.length > 0 &&
    kb.nominationsOfFilm(f.film!.ids[0]).some((i) => kb.won(i) && nights.has(nom.ceremony[i]));
  // ("Buñuel won his only foreign language prize, for F": the country's award, credited to no person.)
  const countrys =
    lost.length > 0 &&
    kb
      .nominationsOfFilm(f.film!.ids[0])
      .some((i) => kb.won(i) && nights.has(nom.ceremony[i]) && kb.keyOf(i) === "international-feature");
  if (lost.length && nights.size === 1 && f.person.via && !f.coref && !filmWon && !countrys) {
    const v0 = kb.view(lost[0]);
    const winners = kb.field(v0.ceremony, v0.categoryKey).filter((i) => kb.won(i));
    const who = winners.map((i) => kb.describeWinner(i)).join(" and ");
    const label = kb.ceremonyLabel(v0.ceremony);
    const lostWith = `${name} was nominated for ${v0.category} for ${v0.films.join(" / ")}`;
    const message = `At the ${label}, ${lostWith} but did not win; it went to ${who}.`;
    return refuted({ ...base, statement, message, evidence: [...winners, ...lost].map((i) => evidence(kb, i)) });
  }
  const other = otherFilmThatNight(v, f, records);
  if (other) return other;
  // ("Felicity Jones won as Jane Hawking" of the 87th: a nominee that night who never won any Oscar.)
  const night = f.stated.length ? f.stated : v.ctx && v.ctx.strength !== "setting" ? [v.ctx.ceremony] : [];
  const there = records.filter((i) => night.includes(nom.ceremony[i]));
  const everWon = recordsOf(kb, { kind: "person", ids: f.person.ids }).some((i) => kb.won(i));
  // (Said plainly in the past: not "Ritter, who has yet to win", "never won"; and the win itself, not "won praise
  // as R", "won the role": nothing, "as", "for", or an Oscar after "won".)
  const said = v.text.slice(f.start, f.end);
  const after = /\bwon\b([^.;]*)/i.exec(v.text.slice(f.start, v.sentence.end))?.[1] ?? "";
  const plain =
    /\bwon\b/i.test(said) && !NOT_PLAIN.test(said) && (PLAIN_AFTER_WON.test(after) || /^\s*(?:[,.;]|$)/.test(after));
  if (!f.film && oscars && plain && !everWon && !f.coref && f.person.via && there.length === 1) {
    const v0 = kb.view(there[0]);
    const winners = kb.field(v0.ceremony, v0.categoryKey).filter((i) => kb.won(i));
    const who = winners.map((i) => kb.describeWinner(i)).join(" and ");
    const label = kb.ceremonyLabel(v0.ceremony);
    const message = `${name} has never won an Oscar; at the ${label}, ${v0.category} went to ${who}.`;
    return refuted({ ...base, statement, message, evidence: [...winners, there[0]].map((i) => evidence(kb, i)) });
  }
  // "On the 27th February 1941, Hattie McDaniel won an Oscar": no win of hers that night; the date is to blame.
  const allWins = won.filter(withFilm);
  const wonAt = [...new Set(allWins.map((i) => nom.ceremony[i]))];
  // ("Edith Head won for The Sting in 1975": a win for a film the person won an Oscar for says Oscar enough.)
  // (Not a year told in an aside after the film: "won for F, a role she was cast in in 1981".)
  const aside = !!f.film && !!f.statedAt && v.text.slice(f.film.end, f.statedAt.start).includes(",");
  const oscarWin = f.saysOscar || (!!f.film && f.forFilm && !v.otherBodies && !aside);
  if (f.statedAt && oscarWin && f.person.via === "name" && wonAt.length === 1 && !f.stated.includes(wonAt[0])) {
    const w = kb.view(allWins[0]);
    const label = kb.ceremonyLabel(w.ceremony);
    const date = kb.ceremony(w.ceremony)?.date;
    const held = date ? new Date(date).toLocaleDateString("en-US", { dateStyle: "long", timeZone: "UTC" }) : "";
    const message = `${name} won ${w.category} at the ${label}${held ? `, held on ${held}` : ""}, not then.`;
    return refuted({ ...base, ...f.statedAt, statement, message, evidence: [evidence(kb, allWins[0])] });
  }
  return (
    neverFor(v, f, won, base) ??
    listedNotWon(v, f, won, base) ??
    claim({ ...base, statement, verdict: "unverifiable", message: `No win of ${name} matches` })
  );
}

type Base = { kind: "win"; rule: string; start: number; end: number };

/** What both readings that blame the film need: one film said after "for", a name in full, no night, the Oscars. */
function blamable(v: SentenceView, f: BareWin): boolean {
  const one = f.film?.ids.length === 1 && !!f.forFilm && f.person.via === "name" && !f.coref;
  return one && !f.stated.length && (f.saysOscar || aboutOscars(v));
}

/** The film is to blame: none of the person's competitive wins was for it. */
function filmBlamed(v: SentenceView, f: BareWin, wins: number[], base: Base): Claim {
  const kb = v.kb;
  const name = kb.data.people[f.person.ids[0]].name;
  const said = kb.data.films[f.film!.ids[0]].title;
  return refuted({
    ...base,
    start: f.film!.start,
    end: f.film!.end,
    statement: `${name} won an Oscar for ${said}`,
    message: noneWasFor(kb, name, wins, said),
    evidence: wins.slice(0, 4).map((i) => evidence(kb, i)),
  });
}

/**
 * "Patricia Arquette won the Oscar for Foxcatcher": a winner named in full right before "won", said to have won
 * for a film they never competed for (nor were honoured for), with no night said: the film is to blame.
 */
function neverFor(v: SentenceView, f: BareWin, wins: number[], base: Base): Claim | undefined {
  if (!blamable(v, f) || !f.plainSubject || f.listed) return undefined;
  const nom = v.kb.data.nominations;
  const person = { kind: "person" as const, ids: f.person.ids };
  const ofFilm = (i: number) => nom.films[i].some((x) => f.film!.ids.includes(x));
  if (!wins.length || recordsOf(v.kb, person).some(ofFilm)) return undefined;
  return filmBlamed(v, f, wins, base);
}

/**
 * "Pete Docter has won three times, for Up, Inside Out and Coco": in a list of a person's wins, with
 * another film of the list one they won for, a film they won nothing for is to blame.
 */
function listedNotWon(v: SentenceView, f: BareWin, wins: number[], base: Base): Claim | undefined {
  if (!f.listed || !blamable(v, f)) return undefined;
  const kb = v.kb;
  const nom = kb.data.nominations;
  const wonFor = (m: Mention) => wins.some((i) => nom.films[i].some((x) => m.ids.includes(x)));
  if (!f.listed.some((m) => m !== f.film && wonFor(m))) return undefined;
  // ("Walt Disney won Oscars for Flowers and Trees and for Snow White": an honorary award for the film counts.)
  const person = { kind: "person" as const, ids: f.person.ids };
  if (recordsOf(kb, person).some((i) => kb.won(i) && nom.films[i].some((x) => f.film!.ids.includes(x)))) return;
  return filmBlamed(v, f, wins, base);
}

/**
 * "At the 61st Academy Awards, Barry Levinson won for Good Morning, Vietnam": a person named won
 * that night for one film, and not this one. The film is to blame.
 */
function otherFilmThatNight(v: SentenceView, f: BareWin, records: number[]): Claim | undefined {
  const kb = v.kb;
  const nom = kb.data.nominations;
  const sure = f.forFilm && f.film?.ids.length === 1 && f.saysOscar && f.person.via === "name" && !f.coref;
  if (!sure || !f.statedAt || f.stated.length !== 1) return undefined;
  const wins = records.filter((i) => kb.won(i) && nom.ceremony[i] === f.stated[0]);
  const films = new Set(wins.flatMap((i) => nom.films[i]));
  // (A special or honorary award that night, for the film said, bears it out: "Walt Disney won for Fantasia".)
  const person = { kind: "person" as const, ids: f.person.ids };
  const forSaid = (i: number) => nom.films[i].includes(f.film!.ids[0]);
  const special = recordsOf(kb, person).some((i) => kb.won(i) && nom.ceremony[i] === f.stated[0] && forSaid(i));
  if (films.size !== 1 || films.has(f.film!.ids[0]) || special) return undefined;
  const w = kb.view(wins[0]);
  const right = kb.data.films[[...films][0]].title;
  const said = kb.data.films[f.film!.ids[0]].title;
  const { start, end } = f.film!;
  const name = kb.data.people[f.person.ids[0]].name;
  return settle(
    refuted({
      kind: "win",
      rule: "wrong-winner",
      start,
      end,
      statement: `${name} won an Oscar for ${said} at the ${kb.ceremonyLabel(w.ceremony)}`,
      message: `At the ${kb.ceremonyLabel(w.ceremony)}, ${name} won ${w.category} for ${right}, not for ${said}.`,
      evidence: wins.slice(0, 3).map((i) => evidence(kb, i)),
      fixes: [fix(`Replace with "${right}"`, right, start, end)],
    }),
  );
}
