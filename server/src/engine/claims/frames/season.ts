/**
 * Season frames: a win or nomination frame whose clause is about another award body
 * ("Nomadland won best drama at the 78th Golden Globes", "A24's Minari was named best
 * foreign language film" in a Globes piece) is checked against that body's data, film by
 * film, through the season reader's verifier.
 */
import type { Mention } from "../../mentions/types";
import { quiet, subjectOf } from "../common";
import { verifySeason } from "../season";
import type { Claim } from "../types";
import { OSCAR_MODIFIED, OTHER_BODY, bodyKeyOf, saysOscar, type SentenceView } from "../view";
import { isName, type Frame } from "./bind";
import { closedRelatives, inCommaAside, relativeAfter, type Clause, type Unit } from "./clauses";
import { TIME_SHIFT } from "./cues";

/**
 * The body a clause is about: one it names, else one its sentence names (as an award or a
 * body's word: "best musical or comedy"), else its paragraph's. Only a body the sentence
 * names, or the one body its paragraph names, may refute: the article's is a guess.
 */
export function bodyOf(
  v: SentenceView,
  units: Unit[],
  clause: Clause,
  c: number,
): { body: string; named: boolean; paragraph?: boolean } | undefined {
  // The award named nearest the category ("… at Sundance …, a Best Picture nom at the Globes").
  let nearest: Mention | undefined;
  let best = Infinity;
  // ("At the Globes, F, which had won at Cannes, won C": a closed relative clause's body is its own.)
  const closed = closedRelatives(units, clause);
  // ("where it was named best film and Penn won C, and at the Globes, where …": a body after ", and" opens
  // another conjunct; the category keeps the body said before it.)
  let conjunct = clause.to;
  for (let k = c + 1; k + 1 < clause.to; k++)
    if (units[k].text === "," && units[k + 1].text === "and") {
      conjunct = k;
      break;
    }
  const asides = new Set<Mention>();
  for (let k = clause.from; k < conjunct; k++) {
    const m = units[k].mention;
    // ("F, winner of the Palme d'Or, won C": an appositive's award is the appositive's.)
    const aside = (closed[k] === 1 && closed[c] !== 1) || (m?.kind === "award" && appositiveAward(units, clause, k, c));
    if (m?.kind === "award" && aside) asides.add(m);
    if (m?.kind === "award" && Math.abs(k - c) < best && !aside) [nearest, best] = [m, Math.abs(k - c)];
  }
  // ("… best drama at the Golden Globes and won best picture on Oscar night, but F won more, including best
  // director": the Oscars said after the last award named are what a later clause goes on with.)
  if (!nearest && oscarsSince(units, clause.from)) return undefined;
  if (!nearest && conjunct < clause.to) {
    const said = v.mentions.filter((m) => m.kind === "award" && m.start < units[c].start).pop();
    if (said?.award) return { body: said.award.body, named: true };
  }
  // (An award named in a later clause — '"Sinners" took supporting actress, but later its cast won the SAG
  // ensemble award' — gives way to the paragraph's body.)
  // ('F won best picture that night, and Horner's score also won him a Golden Globe': nor one in a later conjunct.)
  const next = units[clause.to]?.text === "," ? units[clause.to + 1] : units[clause.to];
  const later = conjunct < clause.to || next?.text === "and" || next?.text === "but";
  const end = later ? units[conjunct].start : (units[clause.to - 1]?.end ?? 0);
  const awards = v.mentions.filter((m) => m.kind === "award" && !asides.has(m));
  const inSentence = awards.filter((m) => m.start < end).pop() ?? (v.body || later ? undefined : awards[0]);
  const word = OTHER_BODY.exec(`${units[c].mention?.text.toLowerCase() ?? ""} ${v.sk}`)?.[0] ?? "";
  const named = (nearest ?? inSentence)?.award?.body ?? bodyKeyOf(word);
  if (named) return { body: named, named: true };
  // The paragraph's one body stands for a sentence that says nothing of the Oscars (not surely, when the sentence
  // names that body only in a later conjunct of its own).
  const afterOnly = later && awards.some((m) => m.start >= end && m.start < v.sentence.end);
  return v.body ? { body: v.body, named: !!v.bodyNamed && !saysOscar(v) && !afterOnly, paragraph: true } : undefined;
}

/** "Oscar" that only describes a noun ("Oscar winner X", "her Oscar chances"), as the readers of a sentence say. */
const DESCRIBED = new RegExp(`^${OSCAR_MODIFIED}`);

/** The Oscars are named after the last award mention before unit `to` (and some award is named). */
function oscarsSince(units: Unit[], to: number): boolean {
  let last = -1;
  for (let k = 0; k < to; k++) if (units[k].mention?.kind === "award") last = k;
  return last >= 0 && saysOscarHere(units, { from: last + 1, to });
}

/** The clause names the Oscars ("on Oscar night", "at the Academy Awards", "the Academy") or one of their nights. */
export function saysOscarHere(units: Unit[], clause: Clause): boolean {
  for (let k = clause.from; k < clause.to; k++) {
    const u = units[k];
    if (u.mention?.kind === "ceremony" && !u.mention.implicit) return true;
    // (Not a title or a hope: "Oscar winner X", "the Oscar-winning X", "her Oscar chances"; "Oscar night" is theirs.)
    const next = units
      .slice(k + 1, k + 4)
      .map((x) => x.text)
      .join(" ");
    if (/^oscars?$/.test(u.text) && (next.startsWith("night") || !DESCRIBED.test(next))) return true;
    // ("and X — denied by the Academy — was named best actress there": an aside's Academy is not the clause's.)
    if (theAcademy(units, k) && !inDashes(units, clause, k)) return true;
    if (oscarHouse(units, k)) return true;
  }
  return false;
}

/** "at the Dolby Theatre" (or the Kodak, its earlier name): the Oscars' house since 2002, no other body's. */
export function oscarHouse(units: Unit[], k: number): boolean {
  return (
    (units[k].text === "dolby" || units[k].text === "kodak") &&
    /^theat(?:re|er)$/.test(units[k + 1]?.text ?? "") &&
    units[k - 1]?.text === "the" &&
    units[k - 2]?.text === "at"
  );
}

/** Unit k stands between two dashes of the clause (an aside set off by them). */
function inDashes(units: Unit[], clause: Clause, k: number): boolean {
  const dash = (u: Unit) => u.text === "-" || u.text === "\u2014" || u.text === "\u2013";
  const before = units.slice(clause.from, k).filter(dash).length;
  return before % 2 === 1 && units.slice(k + 1, clause.to).some(dash);
}

/** "but the Academy gave best actor to X": the Academy (not the British one, a body's mention) is the Oscars'. */
export function theAcademy(units: Unit[], k: number): boolean {
  return units[k].text === "academy" && !units[k].mention && units[k - 1]?.text === "the";
}

/** Words opening an appositive that may name another body's prize: ", winner of the Palme d'Or,". */
const PRIZE_APPOSITIVE = new Set(["winner", "winners", "recipient", "a", "an", "fresh", "already", "after"]);

/** The award at k stands in a comma aside opened by an appositive's word, and the category at c outside it. */
function appositiveAward(units: Unit[], clause: Clause, k: number, c: number): boolean {
  if (!inCommaAside(units, k, clause, PRIZE_APPOSITIVE, { back: 6, ahead: 4, inside: true })) return false;
  let open = k - 1;
  while (units[open].text !== ",") open--;
  let close = k + 1;
  while (units[close].text !== ",") close++;
  return c < open || c > close;
}

/** Nouns a body's name qualifies when it describes a person or film ("Golden Globe nominee Anora"). */
const TITLES = new Set(["nominee", "nominees", "winner", "winners", "champ", "champs", "champion", "champions"]);

/**
 * Whether another body's name in the clause can be the category's: not one that only describes a
 * name ("Golden Globe nominee Anora won Best Picture") nor one in an aside between commas or
 * brackets that leaves the category out ("Anora, snubbed at the Globes, won Best Picture").
 */
export function bodyBinds(v: SentenceView, units: Unit[], clause: Clause, c: number): boolean {
  const skip = new Uint8Array(clause.to);
  for (let k = clause.from; k < clause.to; k++) {
    if (units[k].mention?.kind === "award" && TITLES.has(units[k + 1]?.text ?? "") && isName(units[k + 2])) skip[k] = 1;
    const close = units[k].text === "," ? "," : units[k].text === "(" ? ")" : undefined;
    if (!close || k === clause.from || !isName(units[k - 1])) continue;
    let j = k + 1;
    while (j < clause.to && units[j].text !== close && units[j].mention?.kind !== "category") j++;
    if (j >= clause.to || units[j].text !== close || (k < c && c < j)) continue;
    skip.fill(1, k, j + 1);
    k = j - 1;
  }
  const fronted = frontedPhrase(units, clause, c);
  if (fronted) skip.fill(1, clause.from, fronted.to + 1);
  // "X won C over Y, which had won the Golden Globe": a trailing relative clause after the category.
  // (Also after a title whose closing quote comes after the comma: "over \"The Secret Agent,\" which …".)
  for (let k = c + 1; k < clause.to - 1; k++)
    if (units[k].text === "," && relativeAfter(units, k) && isName(units[k - 1])) skip.fill(1, k, clause.to);
  // ("F, nominated for best picture, is a lock after winning the Globe": a time phrase after the category.)
  // ("…, having already taken the Palme d'Or": a perfect participle tells of before.)
  for (let k = c + 1; k < clause.to - 1; k++)
    if (
      (/^(?:after|before|following)$/.test(units[k].text) && /ing$/.test(units[k + 1].text)) ||
      units[k].text === "having"
    )
      skip.fill(1, k, clause.to);
  const kept = units.slice(clause.from, clause.to).filter((_, i) => !skip[clause.from + i]);
  return kept.some((u) => u.mention?.kind === "award") || OTHER_BODY.test(kept.map((u) => u.text).join(" "));
}

/**
 * "Passed over by SAG, X scored …", "After sweeping the Globes, X won …": a fronted participle or
 * time phrase before the category, up to its comma (the comma's index in `to`).
 */
export function frontedPhrase(units: Unit[], clause: Clause, c: number): { from: number; to: number } | undefined {
  const first = units[clause.from]?.text ?? "";
  if (!FRONTED.has(first) && !(/^[a-z]+(?:ed|ing)$/.test(first) && !units[clause.from].mention)) return undefined;
  let j = clause.from + 1;
  while (j < c && units[j].text !== ",") j++;
  return j < c ? { from: clause.from, to: j } : undefined;
}

const FRONTED = new Set([...TIME_SHIFT, "despite"]);

/** Golden Globes' split categories: "best drama", "best actor in a musical or comedy". */
function variantOf(units: Unit[], clause: Clause, at?: number): string | undefined {
  const genre = (from: number, to: number) => {
    const words = units
      .slice(from, to)
      .flatMap((u) => (u.mention ? u.mention.text.toLowerCase().split(/\s+/) : [u.text]));
    if (words.includes("comedy") || words.includes("musical")) return "comedy";
    if (words.includes("drama") || words.includes("dramatic")) return "drama";
    return undefined;
  };
  // The genre said with the category ("best actress in a drama …, and Y best actor in a musical"), else the clause's.
  if (at !== undefined && at >= 0) {
    let end = at + 1;
    while (end < clause.to && end < at + 8 && units[end].text !== "," && !units[end].mention) end++;
    const own = genre(at, end);
    if (own) return own;
    if (units.slice(clause.from, clause.to).filter((u) => u.mention?.kind === "category").length > 1) return undefined;
  }
  return genre(clause.from, clause.to);
}

/** Festivals: juries give prizes; there are no nominations. */
const FESTIVALS = new Set(["cannes", "venice", "berlin", "sundance", "tiff"]);

export function seasonClaims(
  v: SentenceView,
  units: Unit[],
  clause: Clause,
  frames: Frame[],
  { body, named, paragraph }: { body: string; named: boolean; paragraph?: boolean },
): Claim[] {
  // A year the clause says ("did the same in 2020–21") other than the paragraph's edition: unsure.
  const yearSaid = units.slice(clause.from, clause.to).some((u) => /^(?:19|20)\d\d$/.test(u.text));
  const out: Claim[] = [];
  const stated = units.slice(clause.from, clause.to).find((u) => u.mention?.kind === "award")?.mention?.award;
  const awardAt = units.findIndex((u, i) => i >= clause.from && i < clause.to && u.mention?.kind === "award");
  for (const f of frames) {
    // ("opened the Cannes Film Festival and went on to be nominated for Best Picture": a festival nominates
    // no one; the nomination is another body's.)
    if (f.predicate === "nominate" && FESTIVALS.has(body)) continue;
    const cat = f.category;
    const catAt = units.findIndex((u) => u.mention === cat);
    const award: Mention = {
      ...cat,
      kind: "award",
      award: { body, category: cat.category, variant: variantOf(units, clause, catAt), year: stated?.year },
    };
    const what = f.predicate === "nominate" ? "nomination" : "win";
    // A list line, an unsure holder or a guessed body supports only.
    // "won the Golden Lion in 2017 …, and Nomadland did the same in 2020–21, with Zhao … best director":
    // another year between the award and the category puts the category elsewhere.
    const otherYear =
      awardAt >= 0 &&
      catAt > awardAt &&
      units.slice(awardAt + 1, catAt).some((u) => /^(?:19|20)\d\d$/.test(u.text) && Number(u.text) !== stated?.year);
    const unsure =
      f.predicate === "list" || f.coref || !named || (!!paragraph && yearSaid && !stated?.year) || otherYear;
    for (const h of f.films.length ? f.films : f.people) {
      const c = verifySeason(v, subjectOf(h, f.coref), award, what);
      out.push(c.verdict === "refuted" && unsure ? quiet(c) : c);
    }
  }
  return out;
}
