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
import { OTHER_BODY, type SentenceView } from "../view";
import { modal, statedCeremonies, subjectBefore } from "./bind";
import { pastQuotes, type Clause, type Unit } from "./clauses";
import { BEATEN_VERBS } from "./cues";
import { recordIn } from "./keys";

export interface LossFrame {
  loser: Mention;
  winner: Mention;
  /** The winner's film, said right after the winner ("lost to X for F", "X of F", "X (F)"). */
  film?: Mention;
  /** Whether the film was joined by "for", which may also be the loser's ("lost to X for F"). */
  filmByFor?: boolean;
  category?: Mention;
  stated: number[];
}

const HEDGES = new Set(["nearly", "almost", "narrowly", "assumed", "feared", "thought", "believed", "expected"]);

/** "X was beaten by Y", "X was edged out by Y": the passive of beating is a loss to the one after "by". */
const BEATEN = new Set(BEATEN_VERBS);
const BE = new Set(["was", "were", "is", "are", "been", "being", "be", "got", "get"]);

/** The unit of "by" after a passive of beating at k ("was beaten by", "was edged out by"), else -1. */
function passiveBy(units: Unit[], k: number): number {
  let b = k - 1;
  while (b > 0 && /ly$/.test(units[b].text) && !units[b].mention) b--; // "was narrowly beaten by"
  if (!BEATEN.has(units[k].text) || !BE.has(units[b]?.text ?? "")) return -1;
  const by = units[k + 1]?.text === "out" ? k + 2 : k + 1;
  return units[by]?.text === "by" ? by : -1;
}

/** The film said right after the winner: "Y for F", "Y of F", "Y in F", "Y (F)". */
function winnersFilm(units: Unit[], clause: Clause, w: number): Mention | undefined {
  const joint = units[w + 1]?.text;
  if (joint !== "for" && joint !== "of" && joint !== "in" && joint !== "(") return undefined;
  const f = pastQuotes(units, w + 2);
  const film = f < clause.to || joint === "(" ? units[f]?.mention : undefined;
  if (film?.kind !== "film") return undefined;
  // ("Brendan Fraser of The Mummy fame": a film the winner is known by, not the one the loss was to.)
  if (units[pastQuotes(units, f + 1)]?.text === "fame") return undefined;
  return joint !== "(" || units[pastQuotes(units, f + 1)]?.text === ")" ? film : undefined;
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
      j++;
    }
    const winner = units[j + 1]?.mention;
    if (units[j]?.text !== "to" || (winner?.kind !== "person" && winner?.kind !== "film")) continue;
    const subj = subjectBefore(v, units, clause, k);
    const loser = subj && !subj.coref && subj.mentions.length === 1 ? subj.mentions[0] : undefined;
    if (!loser || loser.kind !== winner.kind || loser.ids.length !== 1) continue;
    // "lost the BAFTA to X" is another body's: the words from the verb to the winner decide; else a body
    // named before in the clause ("was also nominated at the Golden Globes but lost to X"), unless the
    // Oscar is named after the verb ("…, who won the BAFTA, lost the Oscar to X").
    const words = units.slice(k, j + 2);
    if (OTHER_BODY.test(words.map((u) => (u.mention?.kind === "award" ? "bafta" : u.text)).join(" "))) continue;
    if (bodyBefore(units, clause, k) && !words.some((u) => OSCAR.test(u.text))) continue;
    const film = winnersFilm(units, clause, j + 1);
    const filmByFor = units[j + 2]?.text === "for";
    out.push({ loser, winner, film, filmByFor, category, stated: statedCeremonies(v, units, clause).stated });
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
  const stated = statedCeremonies(v, units, clause).stated;
  return { loser, winner, film, filmByFor, category: after?.mention, stated };
}

const OSCAR = /^(?:oscars?|academy)$/;

/**
 * Another award body named in the predicate the loss is joined to: "was nominated at the Golden Globes but
 * lost to X", "…at the Globes, but lost to X". Not one in an aside on the subject ("X, the Globe winner
 * for F, lost to Y"): the search stops at a comma.
 */
function bodyBefore(units: Unit[], clause: Clause, k: number): boolean {
  for (let i = k - 1; i >= clause.from && units[i].text !== ","; i--) {
    // ("won at the Golden Globes but at the Oscars lost to X": the body named nearer the verb.)
    if (units[i].mention?.kind === "ceremony" || OSCAR.test(units[i].text)) return false;
    if (units[i].mention?.kind === "award") return true;
  }
  const joined = units[clause.from]?.text === "but" || units[clause.from]?.text === "and";
  return joined && units.slice(0, clause.from).some((u) => u.mention?.kind === "award");
}

export function verifyLoss(v: SentenceView, f: LossFrame): Claim | undefined {
  const kb = v.kb;
  const nom = kb.data.nominations;
  const kind = f.loser.kind as "person" | "film";
  const lost = recordsOf(kb, { kind, ids: f.loser.ids }).filter(
    (i) => kb.isCompetitive(i) && (!f.category || recordIn(kb, f.category.category!, i)),
  );
  // The night: stated, else the article's, else the loser's only one.
  const nights = f.stated.length ? f.stated : v.ctx ? [v.ctx.ceremony] : [...new Set(lost.map((i) => nom.ceremony[i]))];
  const winnerIds = (i: number) => (kind === "person" ? nom.people[i] : nom.films[i]);
  const wonBy = (i: number) =>
    kb.field(nom.ceremony[i], kb.keyOf(i)).some((w) => kb.won(w) && winnerIds(w).some((x) => f.winner.ids.includes(x)));
  let that = lost.filter((i) => nights.includes(nom.ceremony[i]) && !kb.won(i));
  // Lost on several nights and none said: the one the winner won it on.
  if (that.length > 1 && !f.stated.length && !v.ctx) that = that.filter(wonBy);
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
  if (that.length === 0) return swapped(v, f, lost, nights);
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
