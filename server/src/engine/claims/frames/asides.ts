/**
 * Asides whose time is their own: a relative, participle or appositive phrase between commas ("X, who was
 * nominated for F at the 94th Academy Awards, won for G"; "X, nominated for F in 1996, won for G")
 * and a fronted time phrase ("After losing at the 88th, Deakins won for G"). A night said inside
 * one is not the main verb's, and the main verb's is not the aside's.
 */
import type { Clause, Unit } from "./clauses";
import { QUOTES, TIME_SHIFT } from "./cues";

export interface Span {
  from: number;
  to: number;
}

const RELATIVE = new Set(["who", "which", "whose", "where"]);
const ARTICLES = new Set(["the", "a", "an"]);
const REFLEXIVE = new Set(["himself", "herself", "itself", "themselves"]);
const PARTICIPLES = new Set(["nominated", "named", "shortlisted", "honored", "honoured", "cited"]);

const memo = new WeakMap<Clause, Span[]>();

/** The clause's asides, read once per clause (its readers ask several times). */
export function asidesOf(units: Unit[], clause: Clause): Span[] {
  let asides = memo.get(clause);
  if (!asides) memo.set(clause, (asides = readAsides(units, clause)));
  return asides;
}

const whole = new WeakMap<Unit[], Span[]>();

/** The asides of the whole sentence, read once per sentence. */
export function sentenceAsides(units: Unit[]): Span[] {
  let asides = whole.get(units);
  if (!asides) whole.set(units, (asides = readAsides(units, { from: 0, to: units.length })));
  return asides;
}

/** The clause's asides, in order; each ends at its closing comma, with the main clause going on after it. */
function readAsides(units: Unit[], clause: Clause): Span[] {
  const out: Span[] = [];
  // "After losing at the 88th ceremony, …": a fronted time phrase up to its comma.
  if (TIME_SHIFT.has(units[clause.from]?.text ?? "")) {
    const end = commaAfter(units, clause, clause.from);
    if (end > 0) out.push({ from: clause.from, to: end });
  }
  for (let k = clause.from + 1; k < clause.to - 1; k++) {
    // ("James Ivory — nominated three times for directing — finally won at the 90th": a dashed aside, to its dash.)
    if (units[k].dash) {
      const end = dashedAside(units, clause, k);
      if (end > 0) out.push({ from: k + 1, to: end });
      if (end > 0) k = end;
      continue;
    }
    if (units[k].text !== ",") continue;
    // (Past a title's closing quote: '"Slumdog Millionaire," which …'.)
    let first = k + 1;
    while (QUOTES.has(units[first]?.text ?? "")) first++;
    let open = first;
    if (units[open]?.text === "in" || units[open]?.text === "for") open++;
    const word = units[open]?.text ?? "";
    // A relative clause may end the clause ("…, who had won two Oscars for F in 1949."); the others close.
    if (RELATIVE.has(word)) {
      let end = commaAfter(units, clause, open);
      // (", whose only nomination came years ago, for F at the 58th, won": a phrase the relative clause goes on
      // with, opened by a preposition, up to the next comma.)
      while (end > 0 && GOES_ON.has(units[end + 1]?.text ?? "") && commaAfter(units, clause, end + 1) > 0)
        end = commaAfter(units, clause, end + 1);
      out.push({ from: k + 1, to: end > 0 ? end : clause.to });
      if (end < 0) break;
      continue;
    }
    const named = units[k - 1].mention?.kind;
    // ("Slumdog Millionaire, the Mumbai-set underdog that won the Globe, was next with 10": an appositive.)
    // ("Sir Michael Redgrave, himself a nominee for F, …": a reflexive before the article too.)
    const article = ARTICLES.has(word) || (REFLEXIVE.has(word) && ARTICLES.has(units[open + 1]?.text ?? ""));
    const appositive = open === first && article && (named === "person" || named === "film");
    if (!named || !((open === first && PARTICIPLES.has(word)) || appositive)) continue;
    const end = commaAfter(units, clause, open);
    if (end > 0) out.push({ from: k + 1, to: end });
  }
  return out;
}

/** The dash closing a participle or relative aside a dash at k opens after a name; -1 when none. */
function dashedAside(units: Unit[], clause: Clause, k: number): number {
  const named = units[k - 1].mention?.kind;
  const word = units[k + 1]?.text ?? "";
  if ((named !== "person" && named !== "film") || (!PARTICIPLES.has(word) && !RELATIVE.has(word))) return -1;
  for (let j = k + 2; j < clause.to; j++) if (units[j].dash) return j;
  return -1;
}

/** The aside holding unit k, if any. */
export function spanAt(spans: readonly Span[], k: number): Span | undefined {
  return spans.find((s) => k >= s.from && k < s.to);
}

/** Prepositions a relative clause may go on with after a comma. */
const GOES_ON = new Set(["for", "at", "with", "opposite"]);

/** The comma closing a phrase opened at k, when the clause goes on after it; -1 otherwise. */
function commaAfter(units: Unit[], clause: Clause, k: number): number {
  for (let j = k + 1; j < clause.to - 1; j++) if (units[j].text === ",") return j;
  return -1;
}
