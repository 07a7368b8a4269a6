/**
 * "Gregory Peck was nominated for F, but Peter O'Toole won": after "but", a "won" with no object
 * won what the first clause's nominee was nominated for, that night. Refuted when someone else
 * won that category then, with the winner named.
 */
import type { Mention } from "../../mentions/types";
import type { Claim } from "../types";
import type { SentenceView } from "../view";
import { modal, statedCeremonies } from "./bind";
import type { Clause, Unit } from "./clauses";
import { winnerAt } from "./loss";

/** What may stand after "won" when its object is left out. */
const ELIDED_END = new Set([".", ",", ";", "!", "instead", "out", "it", "that", "night"]);

export function butWon(v: SentenceView, units: Unit[]): Claim[] {
  const clause = { from: 0, to: units.length };
  const out: Claim[] = [];
  for (let b = clause.from + 1; b < clause.to - 2; b++) {
    if (units[b].text !== "but" || units[b - 1].text !== ",") continue;
    const winner = units[b + 1].mention;
    const after = units[b + 3]?.text;
    if (winner?.kind !== "person" || units[b + 2].text !== "won" || (after && !ELIDED_END.has(after))) continue;
    const first = { from: clause.from, to: b - 1 };
    // ("… but Y won instead": "instead" sets Y against the nominee; it negates nothing of Y's.)
    if (modal(units, first) || modal(units, { from: b, to: b + 3 })) continue;
    const nominee = nomineeBefore(units, first);
    if (!nominee) continue;
    const c = verify(v, nominee, winner, statedCeremonies(v, units, clause).stated);
    if (c) out.push(c);
  }
  return out;
}

/** "X was nominated for F" (or "… for Best Actor for F"): the person and the film, in that order. */
function nomineeBefore(units: Unit[], span: Clause): { person: Mention; film: Mention } | undefined {
  const cue = units.findIndex((u, i) => i >= span.from && i < span.to && u.cue === "nominate");
  if (cue < 0) return undefined;
  const people = units.slice(span.from, cue).filter((u) => u.mention?.kind === "person");
  const films = units.slice(cue, span.to).filter((u) => u.mention?.kind === "film");
  if (people.length !== 1 || films.length !== 1) return undefined;
  return { person: people[0].mention!, film: films[0].mention! };
}

function verify(
  v: SentenceView,
  nominee: { person: Mention; film: Mention },
  winner: Mention,
  stated: number[],
): Claim | undefined {
  const kb = v.kb;
  const nom = kb.data.nominations;
  const { person, film } = nominee;
  if (person.ids.length !== 1 || winner.ids.length !== 1) return undefined;
  const records = kb
    .nominationsOfPerson(person.ids[0])
    .filter((i) => nom.films[i].some((f) => film.ids.includes(f)) && kb.isCompetitive(i))
    .filter((i) => !stated.length || stated.includes(nom.ceremony[i]));
  if (records.length !== 1) return undefined;
  const r = records[0];
  // ("X was nominated for Schindler's List, but Steven Spielberg won": what Y won may be another award.)
  const k = nom.ceremony[r];
  const own = kb.nominationsOfPerson(winner.ids[0]).some((i) => nom.ceremony[i] === k && kb.won(i));
  return winnerAt(v, winner, r, own);
}
