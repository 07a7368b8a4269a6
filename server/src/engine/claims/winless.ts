/**
 * The most nominations without a win: "He set a record as the performer earning the most
 * nominations without a win", "F, with 11 nominations, the most ever for a film that won none".
 * A performer's count is of acting nominations up to the article's night, against every
 * performer with no acting win by then; a film's is the record as it stood on its night.
 * Borne out or left unread: which span and which categories are meant is too open to refute.
 */
import { ACTING_KEYS } from "../categories";
import { recordAsOf } from "../records";
import { claim, guessedPerson, nameOf, subjectOf, type Subject } from "./common";
import type { Claim } from "./types";
import { hedged, spanOf, type SentenceView } from "./view";
import { subjectBefore } from "./wins";

/** "without a win"; "for a film that won nothing". */
const WITHOUT_WIN = String.raw`without (?:a |an )?(?:win|victory|oscar)`;
const FOR_NONE = String.raw`for a (?:film|movie|performer|person) that (?:won|has won) (?:none|nothing)`;
const WINLESS = new RegExp(
  String.raw`\bmost (?:oscar |academy award |acting )?(?:nominations|nods) (?:${WITHOUT_WIN}|${FOR_NONE})\b`,
  "g",
);
const PERFORMER = /\b(?:performer|actor|actress|acting)\b/;

export function checkWinless(v: SentenceView): Claim[] {
  const out: Claim[] = [];
  for (const m of v.sk.matchAll(WINLESS)) {
    if (hedged(v.sk.slice(Math.max(0, m.index! - 30), m.index!).replace(/\bwithout\b/, ""))) continue;
    const h = holder(v, m.index!);
    if (!h || h.ids.length !== 1) continue;
    const base = { kind: "record" as const, rule: "wrong-record", ...spanOf(v, m.index!, m.index! + m[0].length) };
    const name = nameOf(v.kb, h);
    if (h.kind === "film") {
      const nights = v.kb.ceremoniesOfFilm(h.ids[0]);
      const entries = v.kb.data.records.filmNominationsWithoutWin;
      const mine = entries.find((e) => e.holder === h.ids[0]);
      if (nights.length === 1 && mine && mine.count === recordAsOf(entries, nights[0]).count)
        out.push(
          claim({
            ...base,
            statement: `${name} had the most nominations of a film that won none`,
            verdict: "supported",
            message: `${mine.count} nominations, no win, at the ${v.kb.ceremonyLabel(nights[0])}`,
          }),
        );
      continue;
    }
    const night = v.ctx?.ceremony;
    if (night === undefined || !PERFORMER.test(v.sk)) continue;
    const tally = actingTally(v, night);
    const mine = tally.get(h.ids[0]);
    if (!mine || mine.won) continue;
    const top = Math.max(...[...tally.values()].filter((t) => !t.won).map((t) => t.noms));
    if (mine.noms === top)
      out.push(
        claim({
          ...base,
          statement: `${name} had the most acting nominations without a win by the ${v.kb.ceremonyLabel(night)}`,
          verdict: "supported",
          message: `${mine.noms} acting nominations, no win`,
        }),
      );
  }
  return out;
}

/** The person or film the clause is about: the name before the phrase, or "he", "she", "the film". */
function holder(v: SentenceView, at: number): Subject | undefined {
  const clause = v.sk.slice(0, at).split(/ [;:.] /);
  const offset = at - clause[clause.length - 1].length;
  const s = subjectBefore(v, at) ?? subjectBefore(v, offset + (/\S/.exec(clause[clause.length - 1])?.index ?? 0));
  if (s) return s;
  const pronoun = /^(he|she) /.exec(clause[clause.length - 1])?.[1];
  const opening = pronoun ? guessedPerson(v, pronoun) : undefined;
  return opening && opening.ids.length === 1 ? subjectOf(opening, true) : undefined;
}

/** Competitive acting nominations and whether any won, per person, up to a night. */
function actingTally(v: SentenceView, night: number): Map<number, { noms: number; won: boolean }> {
  const kb = v.kb;
  const nom = kb.data.nominations;
  const out = new Map<number, { noms: number; won: boolean }>();
  for (let c = 1; c <= night; c++)
    for (const i of kb.nominationsAt(c)) {
      if (!ACTING_KEYS.has(kb.keyOf(i))) continue;
      for (const p of nom.people[i]) {
        const t = out.get(p) ?? { noms: 0, won: false };
        t.noms++;
        t.won ||= kb.won(i);
        out.set(p, t);
      }
    }
  return out;
}
