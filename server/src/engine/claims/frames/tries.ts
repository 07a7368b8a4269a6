/**
 * A first win after a number of tries: "After four tries, Alan Arkin took home an Oscar",
 * "won on her fifth nomination" is the career frames'. "After N tries (nominations,
 * attempts, bids)" counts the person's nominations up to the first win, that one included
 * or not (both readings are common); "after N losses" counts those before it.
 */
import { numberValue, ordinalSuffix } from "../../text/fold";
import { claim, evidence, refuted, subjectOf } from "../common";
import type { Claim } from "../types";
import type { SentenceView } from "../view";
import { modal } from "./bind";
import type { Clause, Unit } from "./clauses";

const TRIES = new Set(["tries", "attempts", "nominations", "nods", "bids", "losses", "defeats"]);

export interface TriesFrame {
  person: NonNullable<ReturnType<typeof subjectOf>>;
  n: number;
  losses: boolean;
  start: number;
  end: number;
}

export function triesFrames(units: Unit[], clause: Clause): TriesFrame[] {
  if (units[clause.from]?.text !== "after" || modal(units, clause)) return [];
  const n = numberValue(units[clause.from + 1]?.text ?? "");
  const noun = units[clause.from + 2]?.text ?? "";
  if (n === undefined || n < 1 || n > 20 || !TRIES.has(noun)) return [];
  // "After four tries, Alan Arkin took home an Oscar": the name after the comma, then a win.
  let k = clause.from + 3;
  if (units[k]?.text === ",") k++;
  const m = units[k]?.mention;
  if (m?.kind !== "person" || m.ids.length !== 1) return [];
  if (!units.slice(k + 1, Math.min(clause.to, k + 5)).some((u) => u.cue === "win")) return [];
  // "After 16 losses, Meryl Streep won her third Oscar": tries before a later win, not the first.
  const later = /\b(?:second|third|fourth|fifth|sixth|another|again)\b/;
  if (units.slice(k + 1, clause.to).some((u) => later.test(u.text))) return [];
  const range = { start: units[clause.from].start, end: units[clause.from + 2].end };
  return [{ person: subjectOf(m)!, n, losses: noun === "losses" || noun === "defeats", ...range }];
}

export function verifyTries(v: SentenceView, f: TriesFrame): Claim | undefined {
  const kb = v.kb;
  const nom = kb.data.nominations;
  const records = kb
    .nominationsOfPerson(f.person.ids[0])
    .filter((i) => kb.isCompetitive(i))
    .sort((a, b) => nom.ceremony[a] - nom.ceremony[b]);
  const first = records.findIndex((i) => kb.won(i));
  if (first < 0) return undefined;
  // Tries count nights or nominations, overall or in the category won; losses exclude the win.
  const night = nom.ceremony[records[first]];
  const earlier = records.slice(0, first).filter((i) => nom.ceremony[i] !== night);
  const before = new Set(earlier.map((i) => nom.ceremony[i])).size;
  const sameKind = earlier.filter((i) => kb.keyOf(i) === kb.keyOf(records[first]));
  const counts = [before, earlier.length, sameKind.length, new Set(sameKind.map((i) => nom.ceremony[i])).size];
  const name = kb.data.people[f.person.ids[0]].name;
  const fits = f.losses ? counts : counts.flatMap((c) => [c, c + 1]);
  const base = { kind: "count" as const, rule: "wrong-career", start: f.start, end: f.end };
  const statement = `${name} first won after ${f.n} ${f.losses ? "losses" : "tries"}`;
  const at = `${kb.view(records[first]).category}, ${kb.ceremonyLabel(night)}`;
  const message = `${name}'s first win (${at}) came on the ${ordinalSuffix(before + 1)} night ${name} was nominated`;
  if (fits.includes(f.n)) return claim({ ...base, statement, verdict: "supported", message });
  return refuted({
    ...base,
    statement,
    message: `${message}.`,
    evidence: records.slice(0, first + 1).map((i) => evidence(kb, i)),
  });
}
