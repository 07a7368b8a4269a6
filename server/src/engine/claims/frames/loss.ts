/**
 * Loss frames: "Bogart lost the Oscar to Paul Lukas", "Streep lost Best Actress to Portman".
 * The one named after "to" won what the loser was nominated for that night: the category
 * named, else the loser's one nomination of the night (the film's, the stated one's, or the
 * article's). Refuted when that category went to someone else, with the winner as the fix.
 */
import { listText } from "../../kb";
import type { Mention } from "../../mentions/types";
import { claim, refuted, evidence, fix, recordsOf, settle } from "../common";
import type { Claim } from "../types";
import { OTHER_BODY, THAT_NIGHT, type SentenceView } from "../view";
import { modal, statedCeremonies, subjectBefore, timedAfter } from "./bind";
import { frontedBody, pastQuotes, type Clause, type Unit } from "./clauses";
import { oscarHouse, saysOscarHere } from "./season";
import { BEATEN } from "./cues";
import { recordIn } from "./keys";

export interface LossFrame {
  loser: Mention;
  winner: Mention;
  /** The winner's film, said right after the winner ("lost to X for F", "X of F", "X (F)"). */
  film?: Mention;
  /** Whether the film was joined by "for", which may also be the loser's ("lost to X for F"). */
  filmByFor?: boolean;
  category?: Mention;
  /** Categories the clause named the loser nominated in, before the verb ("nominated for C, losing to Y"). */
  nominatedIn: Mention[];
  /** The loser's film, said with the loser ("X's score for F was nominated, but lost to Y"). */
  loserFilm?: Mention;
  /** The loser is a pronoun's guess ("He lost to Y"): only a field the winner competed in is read. */
  guessed?: boolean;
  stated: number[];
}

const HEDGES = new Set(["nearly", "almost", "narrowly", "assumed", "feared", "thought", "believed", "expected"]);

/** "X was beaten by Y", "X was edged out by Y": the passive of beating is a loss to the one after "by". */
const BE = new Set(["was", "were", "is", "are", "been", "being", "be", "got", "get"]);

/** The unit of "by" after a passive of beating at k ("was beaten by", "was edged out by"), else -1. */
function passiveBy(units: Unit[], k: number): number {
  let b = k - 1;
  while (b > 0 && /ly$/.test(units[b].text) && !units[b].mention) b--; // "was narrowly beaten by"
  if (!BEATEN.has(units[k].text) || !BE.has(units[b]?.text ?? "")) return -1;
  const by = units[k + 1]?.text === "out" ? k + 2 : k + 1;
  return units[by]?.text === "by" ? by : -1;
}

/** The film said right after the winner: "Y for F", "Y of F", "Y in F", "Y (F)", "Y's F", "Y's score for F". */
function winnersFilm(units: Unit[], clause: Clause, w: number): Mention | undefined {
  const joint = units[w + 1]?.text;
  if (joint === "'s") return ownedFilm(units, clause, w + 2);
  if (joint !== "for" && joint !== "of" && joint !== "in" && joint !== "(") return undefined;
  const f = pastQuotes(units, w + 2);
  const film = f < clause.to || joint === "(" ? units[f]?.mention : undefined;
  if (film?.kind !== "film") return undefined;
  // ("for Three Billboards": a known title's first word, the rest of a title we do not know.)
  if (units[f + 1]?.cap && !units[f + 1].mention) return undefined;
  // ("Brendan Fraser of The Mummy fame": a film the winner is known by, not the one the loss was to.)
  if (units[pastQuotes(units, f + 1)]?.text === "fame") return undefined;
  return joint !== "(" || units[pastQuotes(units, f + 1)]?.text === ")" ? film : undefined;
}

/** 'Y's "F"', "Y's score for F", "Y's music in F": the film a possessive owns, a plain noun or two between. */
function ownedFilm(units: Unit[], clause: Clause, at: number): Mention | undefined {
  let f = pastQuotes(units, at);
  for (let n = 0; n < 3 && f < clause.to && !units[f].mention && /^[a-z]+$/.test(units[f].text); n++)
    f = pastQuotes(units, f + 1);
  const film = units[f]?.mention;
  return film?.kind === "film" && f < clause.to ? film : undefined;
}

/** Categories the clause names the loser nominated in before the verb at k, none after a win said. */
function nominatedBefore(units: Unit[], clause: Clause, k: number): Mention[] {
  const out: Mention[] = [];
  for (let i = k - 1; i >= clause.from; i--) {
    if (units[i].cue === "win") return [];
    if (units[i].mention?.kind === "category") out.push(units[i].mention!);
    if (units[i].cue === "nominate") return out;
  }
  return [];
}

/** "X's (plain words) C" right before unit k: X, a person, and C, a category. */
function ownedCategory(units: Unit[], clause: Clause, k: number): { owner: Mention; category: Mention } | undefined {
  const category = units[k - 1]?.mention;
  if (category?.kind !== "category") return undefined;
  let i = k - 2;
  while (i > clause.from && i > k - 6 && /^[a-z-]+$/.test(units[i].text) && !units[i].cue) i--;
  const owner = units[i - 1]?.mention;
  return units[i]?.text === "'s" && owner?.kind === "person" ? { owner, category } : undefined;
}

/**
 * The loser: the verb's subject; a pronoun's guess, marked; the subject of the clause before when
 * "but" or "and" opens this one on the verb ("F was nominated, but lost to Y").
 */
function loserOf(v: SentenceView, units: Unit[], clause: Clause, k: number) {
  // ("X, nominated for dressing Margot Robbie in Barbie outfits, lost to Y": past a participle's aside, the name
  // the clause opens on.)
  // ("At the 96th Academy Awards, X, …": past a phrase fronted before a comma.)
  let o = clause.from;
  const comma = units.findIndex((u, i) => i > o && i < o + 9 && u.text === ",");
  if (/^(?:at|in|on|during)$/.test(units[o]?.text ?? "") && comma > 0) o = comma + 1;
  const opening = units[o];
  const aside = units[o + 1]?.text === "," && /^[a-z]{3,}(?:ed|ing)$/.test(units[o + 2]?.text ?? "");
  // (The aside must close right before the verb: "X, accepting C, noted that Y, of F, lost to Z" is Y's loss.)
  const closes = units.findIndex((u, i) => i > o + 2 && i < k && u.text === ",") === k - 1;
  if (opening?.mention?.kind === "person" && aside && closes && units[k - 1]?.text === ",")
    return { loser: opening.mention, guessed: false };
  let s = clause.from;
  while (s < k && JOINS.has(units[s].text)) s++;
  const opened = s === k && s > clause.from && clause.from > 0;
  const verb = opened ? units.slice(0, clause.from).findIndex((u) => u.cue === "nominate" || u.cue === "win") : -1;
  // ("X had won the Globe, but lost best actress to Y": a win before shares its subject too.)
  const shared = units[verb]?.cue === "nominate" || units[verb]?.cue === "win";
  const before = opened && shared ? { from: 0, to: clause.from } : undefined;
  const subj = before ? subjectBefore(v, units, before, verb) : subjectBefore(v, units, clause, k);
  if (!subj) return possessorOpening(units, before ?? clause);
  if (subj.described) return undefined;
  const [a, b] = subj.mentions;
  // ("Thomas Newman's score for F was nominated": the person, with the film.)
  if (subj.mentions.length === 2 && a.kind === "person" && b.kind === "film" && !subj.coref)
    return { loser: a, loserFilm: b, guessed: false };
  return subj.mentions.length === 1 ? { loser: a, guessed: subj.coref } : undefined;
}

/** "Thomas Newman's score for F …": the person, with the film their work was for. */
function possessorOpening(units: Unit[], clause: Clause) {
  const k = pastQuotes(units, clause.from);
  const loser = units[k]?.mention;
  if (loser?.kind !== "person" || units[k + 1]?.text !== "'s") return undefined;
  let f = k + 2;
  while (f < k + 5 && (units[f]?.mention?.kind === "category" || /^[a-z]+$/.test(units[f]?.text ?? ""))) {
    if (units[f].text === "for" || units[f].text === "in") break;
    f++;
  }
  if (units[f]?.text !== "for" && units[f]?.text !== "in") return undefined;
  const film = units[pastQuotes(units, f + 1)]?.mention;
  return film?.kind === "film" ? { loser, loserFilm: film, guessed: false } : undefined;
}

const JOINS = new Set(["but", "and", "yet", "also", "ultimately", "eventually", "then"]);

/**
 * "F was nominated for C, but (it) lost to Y": a loss joined to the clause before names the
 * categories that clause nominated its subject in, when the loser is that subject.
 */
function joinedNomination(v: SentenceView, units: Unit[], clause: Clause, loser: Mention): Mention[] {
  if (clause.from === 0 || !JOINS.has(units[clause.from].text)) return [];
  const before = { from: 0, to: clause.from };
  const verb = units.slice(0, clause.from).findIndex((u) => u.cue === "nominate");
  const subj = verb > 0 ? subjectBefore(v, units, before, verb) : undefined;
  const same = subj?.mentions.length === 1 && subj.mentions[0].ids.join() === loser.ids.join();
  return same ? nominatedBefore(units, before, clause.from) : [];
}

export function lossFrames(v: SentenceView, units: Unit[], clause: Clause): LossFrame[] {
  const out: LossFrame[] = [];
  for (let k = clause.from; k < clause.to; k++) {
    const by = passiveBy(units, k);
    if (by > 0) {
      const frame = passiveLoss(v, units, clause, k, by);
      if (frame) out.push(frame);
      continue;
    }
    if (units[k].cue !== "lose") continue;
    // ("nearly lost", "could have lost", "many assumed F had lost": no loss is told.)
    const before = units.slice(clause.from, k);
    if (modal(units, { from: clause.from, to: k + 1 }) || before.some((u) => HEDGES.has(u.text))) continue;
    let j = k + 1;
    let category: Mention | undefined;
    while (j < clause.to && j < k + 6 && units[j].text !== "to") {
      if (units[j].mention?.kind === "category") category = units[j].mention;
      // ("The only category F lost was the screenplay, credited to X": a clause of its own before "to".)
      if (units[j].text === "," || BE.has(units[j].text)) break;
      j++;
    }
    let w = pastQuotes(units, j + 1);
    // ("lost the prize to Brazil's I'm Still Here": a title owning a title is its country or maker; the second wins.)
    if (units[w]?.mention?.kind === "film" && units[w + 1]?.text === "'s" && units[w + 2]?.mention?.kind === "film")
      w += 2;
    const winner = units[w]?.mention;
    if (units[j]?.text !== "to" || (winner?.kind !== "person" && winner?.kind !== "film")) continue;
    // ("…, Jerry Goldsmith's trumpet score lost to Y": the owner of the category right before the verb lost it.)
    const owned = ownedCategory(units, clause, k);
    if (owned && !category) category = owned.category;
    const who = owned ? { loser: owned.owner, guessed: false } : loserOf(v, units, clause, k);
    const loser = who?.loser;
    // (A film may lose to a person's work: "F lost to Y's score for G".)
    const kinds = loser?.kind === winner.kind || (loser?.kind === "film" && winner.kind === "person");
    // (A title several films share is read only where the winner's field picks one: a film losing to a person.)
    if (!who || !loser || !kinds || (loser.ids.length !== 1 && loser.kind === winner.kind)) continue;
    // "lost the BAFTA to X" is another body's: the words from the verb to the winner decide; else a body
    // named before in the clause ("was also nominated at the Golden Globes but lost to X"), unless the
    // Oscar is named after the verb ("…, who won the BAFTA, lost the Oscar to X").
    const words = units.slice(k, w + 1);
    if (OTHER_BODY.test(words.map((u) => (u.mention?.kind === "award" ? "bafta" : u.text)).join(" "))) continue;
    if (bodyBefore(units, clause, k) && !words.some((u) => OSCAR.test(u.text))) continue;
    const film = winnersFilm(units, clause, w);
    const filmByFor = units[w + 1]?.text === "for";
    const nominatedIn = category ? [] : nominatedBefore(units, clause, k);
    if (!category && !nominatedIn.length) nominatedIn.push(...joinedNomination(v, units, clause, loser));
    out.push({ ...who, winner, film, filmByFor, category, nominatedIn, stated: statedFor(v, units, clause, k) });
  }
  return out;
}

/** "X was beaten by Y (for F)": X lost to Y; a category may follow ("beaten by Y for best actress"). */
function passiveLoss(v: SentenceView, units: Unit[], clause: Clause, k: number, by: number): LossFrame | undefined {
  const winner = units[by + 1]?.mention;
  if (winner?.kind !== "person" && winner?.kind !== "film") return undefined;
  if (modal(units, { from: clause.from, to: k + 1 })) return undefined;
  // ("narrowly beaten" is beaten; "nearly beaten" is not.)
  const hedged = (u: Unit) => (HEDGES.has(u.text) && u.text !== "narrowly") || u.mention?.kind === "award";
  if (units.slice(clause.from, k).some(hedged)) return undefined;
  const subj = subjectBefore(v, units, clause, k);
  const loser = subj && !subj.coref && subj.mentions.length === 1 ? subj.mentions[0] : undefined;
  if (!loser || loser.kind !== winner.kind || loser.ids.length !== 1) return undefined;
  const film = winnersFilm(units, clause, by + 1);
  const filmByFor = units[by + 2]?.text === "for";
  // ("beaten by Y for best actress", "beaten by Y in the best actress race": the category after the winner.)
  const after = units.slice(by + 2, Math.min(clause.to, by + 6)).find((u) => u.mention?.kind === "category");
  const words = units.slice(k, clause.to).map((u) => (u.mention?.kind === "award" ? "bafta" : u.text));
  if (OTHER_BODY.test(words.join(" "))) return undefined;
  if (bodyBefore(units, clause, k) && !words.some((w) => OSCAR.test(w))) return undefined;
  return {
    loser,
    winner,
    film,
    filmByFor,
    category: after?.mention,
    nominatedIn: [],
    stated: statedFor(v, units, clause, k),
  };
}

/** The clause's night, unless the loss at k is told as at another time ("in 2011 …, a year after he had lost"). */
function statedFor(v: SentenceView, units: Unit[], clause: Clause, k: number): number[] {
  const said = statedCeremonies(v, units, clause);
  return timedAfter(units, k, said.statedAt, clause.from) ? [] : said.stated;
}

const OSCAR = /^(?:oscars?|academy)$/;

/**
 * Another award body named in the predicate the loss is joined to: "was nominated at the Golden Globes but
 * lost to X", "…at the Globes, but lost to X". Not one in an aside on the subject ("X, the Globe winner
 * for F, lost to Y"): the search stops at a comma.
 */
function bodyBefore(units: Unit[], clause: Clause, k: number): boolean {
  // ("Toronto's audience award, which it lost to F": a relative clause's loss is of its antecedent.)
  const relative = (i: number) => units[i].text === "," && /^(?:which|that)$/.test(units[i + 1]?.text ?? "");
  let commas = 0;
  for (let i = k - 1; i >= clause.from && (units[i].text !== "," || (relative(i) && commas++ === 0)); i--) {
    // ("won at the Golden Globes but at the Oscars lost to X": the body named nearer the verb.)
    if (units[i].mention?.kind === "ceremony" || OSCAR.test(units[i].text) || oscarHouse(units, i)) return false;
    if (units[i].mention?.kind === "award" || OTHER_BODY.test(units[i].text)) return true;
  }
  // ("At the BAFTAs, X had lost to Y": a body fronted before the clause's first comma.)
  if (frontedBody(units, clause, k)) return true;
  // ("…; weeks later, at the Dolby Theatre, X lost C to Y": a clause naming the Oscars, or their house, is theirs.)
  if (saysOscarHere(units, clause)) return false;
  // (An Oscar word that only describes a name still keeps the fronted body off: "Oscar winner X lost to Y".)
  const oscars = units.slice(clause.from, clause.to).some((u) => OSCAR.test(u.text) || u.mention?.kind === "ceremony");
  // ("At the Golden Globes, F won C, but X lost C2 to Y", "Golden Globes: wins C; X … loses to Y": a body set
  // before the sentence's first comma, or as its line's label, is every clause's that names no Oscar.)
  const colon = units.findIndex((u, i) => i < clause.from && u.text === ":");
  const label = colon > 0 && units.slice(0, colon).some((u) => u.mention?.kind === "award");
  if (!oscars && (label || (clause.from > 0 && frontedBody(units, { from: 0, to: units.length }, k)))) return true;
  const joined = units[clause.from]?.text === "but" || units[clause.from]?.text === "and";
  // ("had won both the Globe and the SAG Award, but lost best actress to X": a win elsewhere set against a
  // loss is the Oscar's loss.)
  const contrast = units[clause.from]?.text === "but" && units.slice(0, clause.from).some((u) => u.cue === "win");
  return joined && !contrast && units.slice(0, clause.from).some((u) => u.mention?.kind === "award");
}

export function verifyLoss(v: SentenceView, f: LossFrame): Claim | undefined {
  const kb = v.kb;
  const nom = kb.data.nominations;
  const kind = f.loser.kind as "person" | "film";
  const named = f.category ? [f.category] : f.nominatedIn;
  const lost = recordsOf(kb, { kind, ids: f.loser.ids }).filter(
    (i) =>
      kb.isCompetitive(i) &&
      (!named.length || named.some((c) => recordIn(kb, c.category!, i))) &&
      (!f.loserFilm || said(nom.films[i], f.loserFilm)),
  );
  const careerNights = [...new Set(lost.map((i) => nom.ceremony[i]))];
  // The night: stated, else the article's, else the loser's only one. (The article's holds no loss of the
  // category or film said: "Farhadi was nominated for its screenplay, losing to Y" is of his own night.)
  const narrowed = named.length > 0 || !!f.loserFilm;
  const ctxNight = v.ctx && !(narrowed && !lost.some((i) => !kb.won(i) && nom.ceremony[i] === v.ctx!.ceremony));
  const nights = f.stated.length ? f.stated : ctxNight ? [v.ctx!.ceremony] : careerNights;
  const winnerIds = (i: number) => (f.winner.kind === "person" ? nom.people[i] : nom.films[i]);
  const wonBy = (i: number) => wonByWinner(v, f, i);
  // A loser guessed, or a film losing to a person: only a field the winner (with the film said) competed in.
  const competed = (i: number) =>
    kb
      .field(nom.ceremony[i], kb.keyOf(i))
      .some((w) => winnerIds(w).some((x) => f.winner.ids.includes(x)) && (!f.film || said(nom.films[w], f.film)));
  const narrow = f.guessed || kind !== f.winner.kind;
  let that = lost.filter((i) => nights.includes(nom.ceremony[i]) && !kb.won(i) && (!narrow || competed(i)));
  // Lost on several nights and none said: the one the winner won it on.
  if (that.length > 1 && !f.stated.length && !ctxNight) that = that.filter(wonBy);
  // No night of its own ("Two years later Davis lost to Shirley Booth"): the paragraph's night is a
  // guess, and any night the loser lost to the winner bears the clause out.
  if (!f.stated.length && !that.some(wonBy)) {
    const ever = lost.filter((i) => !kb.won(i) && wonBy(i));
    if (ever.length) that = [ever[ever.length - 1]];
  }
  // "lost to Y for F": of the nights the loser lost to Y, the one Y won with F.
  const withFilm = (i: number) => wonBy(i) && !!winningFilm(v, f, i);
  if (f.film && !f.stated.length && !that.some(withFilm)) {
    const ever = lost.filter((i) => !kb.won(i) && withFilm(i));
    if (ever.length) that = [ever[ever.length - 1]];
  }
  // No loss that night and none stated: the one field, of any night, where the loser lost and the winner
  // competed ("He lost to Paul Newman of Cool Hand Luke").
  if (!that.length && !f.stated.length) {
    const met = lost.filter((i) => !kb.won(i) && competed(i));
    if (met.length === 1) that = met;
  }
  if (that.length === 0 && f.category && !narrow) {
    const wrong = wrongCategory(v, f, f.stated.length ? f.stated : v.ctx ? [v.ctx.ceremony] : []);
    if (wrong) return wrong;
  }
  if (that.length === 0) return narrow ? undefined : swapped(v, f, lost, nights);
  // Several losses that night and no category said: the one the winner won, else (the night stated) none.
  if (that.length > 1 && !f.category) {
    const by = that.filter(wonBy);
    if (by.length === 1) return winnerAt(v, f.winner, by[0]);
    return by.length === 0 && f.stated.length ? wonNone(v, f, that) : undefined;
  }
  if (that.length !== 1) return undefined;
  const c = winnerAt(v, f.winner, that[0]);
  return c?.verdict === "supported" && f.film ? (filmSaid(v, f, that[0]) ?? c) : c;
}

/** The winner's winning record in the field of the loser's record `r` that names the film said. */
function winningFilm(v: SentenceView, f: LossFrame, r: number): number | undefined {
  const kb = v.kb;
  const nom = kb.data.nominations;
  return kb
    .field(nom.ceremony[r], kb.keyOf(r))
    .find((w) => kb.won(w) && nom.people[w].some((x) => f.winner.ids.includes(x)) && said(nom.films[w], f.film));
}

const said = (films: readonly number[], film?: Mention) => !!film && films.some((x) => film.ids.includes(x));

/**
 * "Murray lost to Penn for Milk": Penn won the category Murray lost, but for Mystic River. Refuted
 * on the film, unless the film is the loser's own ("lost to Y for F" read as the loser's F).
 */
function filmSaid(v: SentenceView, f: LossFrame, r: number): Claim | undefined {
  const kb = v.kb;
  const nom = kb.data.nominations;
  // (Only "for" may name the loser's own film: "Y of F", "Y (F)" name the winner's.)
  const losersOwn = f.filmByFor && said(nom.films[r], f.film);
  if (f.winner.kind !== "person" || winningFilm(v, f, r) !== undefined || losersOwn) return undefined;
  // ("she lost to Vivien Leigh's Blanche DuBois in F": the winner did win for F, on another night than the
  // one guessed for a pronoun's loser; the night is in doubt, not the film.)
  const wonForIt = recordsOf(kb, { kind: "person", ids: f.winner.ids }).some(
    (i) => kb.won(i) && said(nom.films[i], f.film),
  );
  const from = Math.max(v.sentence.start, v.text.lastIndexOf(";", f.winner.start) + 1);
  const thatNight = THAT_NIGHT.test(v.text.slice(from, f.film!.end)) || f.stated.length > 0;
  if (wonForIt && f.guessed && !thatNight) return undefined;
  const won = kb
    .field(nom.ceremony[r], kb.keyOf(r))
    .filter((w) => kb.won(w) && nom.people[w].some((x) => f.winner.ids.includes(x)));
  const titles = [...new Set(won.flatMap((w) => nom.films[w]))].map((x) => kb.data.films[x].title);
  if (won.length !== 1 || titles.length !== 1) return undefined;
  const film = f.film!;
  const view = kb.view(won[0]);
  const label = kb.ceremonyLabel(view.ceremony);
  const statement = `${f.winner.text} won ${view.category} for ${film.text} at the ${label}`;
  const message = `At the ${label}, ${view.category} went to ${kb.describeWinner(won[0])}, not ${film.text}.`;
  const base = { kind: "win" as const, rule: "wrong-winner", start: film.start, end: film.end };
  const c = refuted({ ...base, statement, message, evidence: [evidence(kb, won[0]), evidence(kb, r)] });
  c.fixes.push(fix(`Replace "${film.text}" with "${titles[0]}"`, titles[0], film.start, film.end));
  return settle(c);
}

/** "X lost to Y at the 96th": X lost several categories that night, and Y won none of them. */
function wonNone(v: SentenceView, f: LossFrame, lost: number[]): Claim {
  const kb = v.kb;
  const nom = kb.data.nominations;
  const label = kb.ceremonyLabel(nom.ceremony[lost[0]]);
  const winners = lost.map((i) => kb.field(nom.ceremony[i], kb.keyOf(i)).filter((w) => kb.won(w)));
  const each = lost.map((i, k) => `${kb.view(i).category} to ${listText(winners[k].map((w) => kb.describeWinner(w)))}`);
  const loser = f.loser.text;
  const message = `At the ${label}, ${loser} lost ${listText(each)}; ${f.winner.text} won none of them.`;
  const base = { kind: "win" as const, rule: "wrong-winner", start: f.winner.start, end: f.winner.end };
  const statement = `${f.winner.text} won a category ${loser} lost at the ${label}`;
  return settle(refuted({ ...base, statement, message, evidence: winners.flat().map((i) => evidence(kb, i)) }));
}

/**
 * Whether `winner` (a person or a film) won the category of record `r` on its night: supported,
 * or refuted with that night's winners and, for one, the fix. `spare`: no refutation (the words may
 * mean another award). Shared by the loss reader and "X was nominated for F, but Y won".
 */
export function winnerAt(v: SentenceView, winner: Mention, r: number, spare = false): Claim | undefined {
  const kb = v.kb;
  const nom = kb.data.nominations;
  const person = winner.kind === "person";
  const ids = (i: number) => (person ? nom.people[i] : nom.films[i]);
  const k = nom.ceremony[r];
  const winners = kb.field(k, kb.keyOf(r)).filter((i) => kb.won(i));
  const name = person ? kb.data.people[winner.ids[0]]?.name : kb.data.films[winner.ids[0]]?.title;
  const category = kb.view(r).category;
  const label = kb.ceremonyLabel(k);
  const base = { kind: "win" as const, rule: "wrong-winner", start: winner.start, end: winner.end };
  const statement = `${name} won ${category} at the ${label}`;
  if (winners.some((i) => ids(i).some((x) => winner.ids.includes(x))))
    return claim({
      ...base,
      statement,
      verdict: "supported",
      message: `${category}: ${kb.describeWinner(winners[0])}`,
    });
  if (winners.length === 0 || spare) return undefined;
  const message = `At the ${label}, ${category} went to ${listText(winners.map((i) => kb.describeWinner(i)))}.`;
  const c = refuted({ ...base, statement, message, evidence: winners.map((i) => evidence(kb, i)) });
  const w = kb.view(winners[0]);
  const right = person ? (w.personIds.length === 1 ? w.nominees[0] : undefined) : w.films[0];
  if (winners.length === 1 && right)
    c.fixes.push(fix(`Replace "${winner.text}" with "${right}"`, right, base.start, base.end));
  return settle(c);
}

/** The winner said won the field of nomination i. */
function wonByWinner(v: SentenceView, f: LossFrame, i: number): boolean {
  const kb = v.kb;
  const nom = kb.data.nominations;
  const ids = (w: number) => (f.winner.kind === "person" ? nom.people[w] : nom.films[w]);
  return kb.field(nom.ceremony[i], kb.keyOf(i)).some((w) => kb.won(w) && ids(w).some((x) => f.winner.ids.includes(x)));
}

/**
 * "Dev Patel lost best actor to Mahershala Ali" at the 89th: no loss in the category said, but one field of
 * the night where the loser lost to the winner, in another category: the category is to blame.
 */
function wrongCategory(v: SentenceView, f: LossFrame, nights: number[]): Claim | undefined {
  const kb = v.kb;
  const nom = kb.data.nominations;
  const wonBy = (i: number) => wonByWinner(v, f, i);
  const met = recordsOf(kb, { kind: f.loser.kind as "person" | "film", ids: f.loser.ids }).filter(
    (i) => kb.isCompetitive(i) && nights.includes(nom.ceremony[i]) && !kb.won(i) && wonBy(i),
  );
  const said = f.category!;
  if (met.length !== 1 || recordIn(kb, said.category!, met[0])) return undefined;
  const view = kb.view(met[0]);
  const label = kb.ceremonyLabel(view.ceremony);
  const message = `At the ${label}, ${f.loser.text} lost ${view.category} to ${f.winner.text}, not ${said.text}.`;
  const base = { kind: "win" as const, rule: "wrong-category", start: said.start, end: said.end };
  const statement = `${f.loser.text} lost ${said.text} to ${f.winner.text} at the ${label}`;
  const winners = kb.field(view.ceremony, kb.keyOf(met[0])).filter((w) => kb.won(w));
  const c = refuted({ ...base, statement, message, evidence: [met[0], ...winners].map((i) => evidence(kb, i)) });
  c.fixes.push(fix(`Replace "${said.text}" with "${view.category}"`, view.category, said.start, said.end));
  return settle(c);
}

/**
 * "MacLaine lost Best Actress to Winger" when MacLaine won it that night and Winger was a nominee
 * beside her: the two are the wrong way round.
 */
function swapped(v: SentenceView, f: LossFrame, lost: number[], nights: number[]): Claim | undefined {
  const kb = v.kb;
  const nom = kb.data.nominations;
  const ids = (i: number) => (f.loser.kind === "person" ? nom.people[i] : nom.films[i]);
  const beside = (i: number) =>
    kb.field(nom.ceremony[i], kb.keyOf(i)).filter((w) => !kb.won(w) && ids(w).some((x) => f.winner.ids.includes(x)));
  const won = lost.filter((i) => nights.includes(nom.ceremony[i]) && kb.won(i) && beside(i).length);
  if (won.length !== 1) return undefined;
  const others = beside(won[0]);
  const view = kb.view(won[0]);
  const label = kb.ceremonyLabel(view.ceremony);
  const statement = `${f.winner.text} won ${view.category} at the ${label}`;
  const went = `${view.category} went to ${kb.describeWinner(won[0])}`;
  const message = `At the ${label}, ${went}; ${f.winner.text} was nominated.`;
  const base = { kind: "win" as const, rule: "wrong-winner", start: f.winner.start, end: f.winner.end };
  const rows = [won[0], ...others].map((i) => evidence(kb, i));
  return settle(refuted({ ...base, statement, message, evidence: rows }));
}
