/**
 * Nominees who went home with nothing: "Helen Mirren, Colin Firth and Carey Mulligan miss out
 * on big prizes", "Avatar went home empty-handed". Each one named was nominated on the night
 * (stated, else the article's) and won nothing there. Refuted when they won that night, or,
 * for a person the data knows, when they were not nominated that night at all.
 */
import { listText } from "../../kb";
import type { Mention } from "../../mentions/types";
import { claim, evidence, nameOf, recordsOf, refuted } from "../common";
import type { Claim } from "../types";
import { OTHER_BODY, type SentenceView } from "../view";
import { modal, statedCeremonies, subjectBefore } from "./bind";
import { beforeQuotes, relativeAfter, type Clause, type Unit } from "./clauses";
import { FILM_COREF, PERSON_COREF } from "./cues";

export interface MissedFrame {
  who: Mention;
  night: number;
  /** "misses out on best picture": a prize named, so other wins are no contradiction. */
  onPrize: boolean;
}

/** "miss out", "missed out", "went home empty-handed", "left empty-handed". */
function missedAt(units: Unit[], k: number): boolean {
  const t = units[k].text;
  if (/^miss(?:es|ed|ing)?$/.test(t)) return units[k + 1]?.text === "out";
  return t === "empty" && units[k + 1]?.text === "-" && units[k + 2]?.text === "handed";
}

/** What a person makes for a film: heading the subject, the film before it only says which. */
const WORK_NOUNS = new Set([
  ...["score", "song", "screenplay", "script", "costumes", "design", "cinematography"],
  ...["editing", "makeup", "effects", "performance", "turn", "work", "music"],
]);

export function missedFrames(v: SentenceView, units: Unit[], clause: Clause): MissedFrame[] {
  for (let k = clause.from; k < clause.to; k++) {
    if (!missedAt(units, k)) continue;
    // "went home empty-handed": the verb before is the one whose subject counts.
    // ("the latter leaving empty-handed": no "home" between.)
    const back = units[k - 1]?.text === "home" ? 2 : 1;
    const verb = units[k].text === "empty" ? Math.max(clause.from, k - back) : k;
    const stated = statedCeremonies(v, units, clause).stated;
    const inherited = v.ctx && v.ctx.strength !== "setting" ? v.ctx.ceremony : undefined;
    const night = stated.length === 1 ? stated[0] : stated.length ? undefined : filmsNight(v, units, inherited);
    if (night === undefined || modal(units, clause)) return [];
    // "who had gone home empty-handed from his previous nominations": earlier nights.
    const earlier =
      /^(?:had|'d)$/.test(units[verb - 1]?.text ?? "") ||
      units.slice(clause.from, clause.to).some((u) => /^(?:previous|previously|earlier|past|before)$/.test(u.text));
    if (earlier) return [];
    if (OTHER_BODY.test(v.units.slice(clause.from, clause.to).join(" "))) return [];
    // ('"Glory" took three and Cruise went home empty-handed': a name we do not know is the subject.)
    if (units[verb - 1]?.cap && !units[verb - 1].mention) return [];
    // ("Britell's Moonlight score went home empty-handed": the work is the subject, the film only names it.)
    const head = units[verb - 1];
    if (WORK_NOUNS.has(head?.text ?? "") || (head?.mention?.kind === "category" && !!units[verb - 2]?.mention))
      return [];
    // ('the two men of the "Woolf" quartet went home': a noun the name only describes is the subject.)
    if (describedNoun(units, verb - 1)) return [];
    const subj = subjectBefore(v, units, clause, verb);
    if (!subj || subj.coref) return [];
    const onPrize = units[k + 2]?.text === "on";
    return subj.mentions.filter((m) => m.ids.length === 1).map((who) => ({ who, night, onPrize }));
  }
  return [];
}

/**
 * With no night stated, the article's; but "nominated again, for F, and again she went home empty-handed"
 * is at F's night: a film of one other night the sentence names moves it there (of several, no night is sure).
 */
function filmsNight(v: SentenceView, units: Unit[], inherited: number | undefined): number | undefined {
  const nights = new Set<number>();
  // (Not a film in a relative clause: "X, who won for The Departed, went home empty-handed" is about X now.)
  let relative = false;
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    if (u.text === ",") relative = relativeAfter(units, k);
    if (u.mention?.kind === "film" && !relative)
      for (const f of u.mention.ids) for (const n of v.kb.ceremoniesOfFilm(f)) nights.add(n);
  }
  // ("Muren, nominated for George Lucas's prequel, went home empty-handed": a film described, not
  // named, is of a night we do not know.)
  if (nights.size === 0 && nominatedForUnnamed(units)) return undefined;
  if (nights.size === 0 || (inherited !== undefined && nights.has(inherited))) return inherited;
  return nights.size === 1 ? [...nights][0] : undefined;
}

/** "nominated for" (or "up for") followed, up to the next comma, by no film, category or count. */
function nominatedForUnnamed(units: Unit[]): boolean {
  for (let k = 1; k < units.length - 1; k++) {
    if (units[k].text !== "for" || (units[k - 1].cue !== "nominate" && units[k - 1].text !== "up")) continue;
    // (A maker named as the possessor, "George Lucas's prequel", names no film.)
    const named = (u: Unit, i: number) => !!u.mention && units[i + 1]?.text !== "'s";
    let j = k + 1;
    while (j < units.length && units[j].text !== "," && !named(units[j], j) && !/^\d+$/.test(units[j].text)) j++;
    if (!units[j]?.mention && j > k + 1) return true;
  }
  return false;
}

export function verifyMissed(v: SentenceView, f: MissedFrame): Claim | undefined {
  const kb = v.kb;
  const nom = kb.data.nominations;
  const kind = f.who.kind as "person" | "film";
  const all = recordsOf(kb, { kind, ids: f.who.ids }).filter((i) => kb.isCompetitive(i));
  if (all.length === 0) return undefined;
  const that = all.filter((i) => nom.ceremony[i] === f.night);
  const name = nameOf(kb, { kind, ids: f.who.ids, mention: f.who, coref: false });
  const label = kb.ceremonyLabel(f.night);
  const base = { kind: "nomination" as const, rule: "wrong-nomination", start: f.who.start, end: f.who.end };
  const statement = `${name} was nominated at the ${label} and won nothing`;
  const won = that.filter((i) => kb.won(i));
  if (that.length && !won.length) {
    const cats = listText([...new Set(that.map((i) => kb.view(i).category))]);
    return claim({ ...base, statement, verdict: "supported", message: `Nominated for ${cats}; no win` });
  }
  if (won.length && f.onPrize) return undefined; // "misses out on best picture despite four wins"
  if (won.length) {
    const cats = listText([...new Set(won.map((i) => kb.view(i).category))]);
    const message = `${name} won ${cats} at the ${label}.`;
    return refuted({ ...base, rule: "wrong-winner", statement, message, evidence: won.map((i) => evidence(kb, i)) });
  }
  // A film's nights are its own; only a person can be named among nominees of a night they were not.
  if (kind !== "person") return undefined;
  const message = `${name} was not nominated at the ${label}.`;
  return refuted({ ...base, statement, message, evidence: all.slice(0, 3).map((i) => evidence(kb, i)) });
}

/** Words that may stand between a subject and its verb. */
const BETWEEN_VERB = new Set(
  [
    "also",
    "again",
    "both",
    "all",
    "ultimately",
    "eventually",
    "instead",
    "then",
    "too",
    "and",
    "but",
    "or",
    "yet",
  ].concat(["himself", "herself", "itself", "themselves", "still", "alone", "once"]),
);

/**
 * A plain noun at h after a film or person that "of" governs: 'the two men of the "Woolf" quartet' ("the Get Out
 * team" stands for the film; "Arrival sadly went" is no noun).
 */
function describedNoun(units: Unit[], h: number): boolean {
  const head = units[h];
  if (!head || head.mention || !/^[a-z]+$/.test(head.text) || head.cue || /ly$/.test(head.text)) return false;
  if (BETWEEN_VERB.has(head.text) || FILM_COREF.has(head.text) || PERSON_COREF.has(head.text)) return false;
  let n = beforeQuotes(units, h - 1);
  const named = units[n]?.mention?.kind === "film" || units[n]?.mention?.kind === "person";
  n = beforeQuotes(units, n - 1);
  if (units[n]?.text === "the") n--;
  return named && units[n]?.text === "of";
}
