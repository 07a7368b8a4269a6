/**
 * A person's tally in one category: "nominated for 24 Academy Awards: one for Best Actor,
 * seven for Best Director…", "eight-time best actor nominee Peter O'Toole". Counted over
 * the person's competitive record in that category, both in all and up to the article's
 * night (an article may be written long after it); refuted only when neither agrees.
 */
import { CATEGORY_DEFS } from "../../categories";
import { numberValue } from "../../text/fold";
import type { Mention } from "../../mentions/types";
import { claim, recordsOf } from "../common";
import type { Claim } from "../types";
import type { SentenceView } from "../view";
import { modal, subjectBefore } from "./bind";
import type { Clause, Unit } from "./clauses";
import { boundedAfter, categoryAfterNoun, NOM_NOUNS, wrongNumber } from "./counts";
import { recordIn } from "./keys";
import { roleFamilyOf } from "./cues";

export interface Tally {
  person: Mention;
  category: string;
  n: number;
  wins: boolean;
  start: number;
  end: number;
}

const NOMINEE = new Set(["nominee", "nominees"]);
const COUNT_NOUNS = /^(?:oscars|awards|wins|trophies|statuettes|nominations|nods|noms)$/;
const WINNER = new Set(["winner", "winners"]);

export function tallies(v: SentenceView, units: Unit[], clause: Clause): Tally[] {
  const out: Tally[] = [];
  // "eight-time best actor nominee X" states its fact whatever the clause does; "six for C" does not.
  const plain = !modal(units, clause);
  for (let k = clause.from; k < clause.to; k++) {
    const n = numberValue(units[k].text);
    if (n === undefined || n > 30 || units[k].mention) continue;
    const range = { start: units[k].start, end: units[k].end };
    // "eight-time best actor nominee Peter O'Toole"
    const c = units[k + 3]?.mention;
    if (units[k + 1]?.text === "-" && units[k + 2]?.text === "time" && c?.kind === "category" && c.category) {
      const noun = units[k + 4]?.text ?? "";
      const person = units[k + 5]?.mention;
      if ((NOMINEE.has(noun) || WINNER.has(noun)) && person?.kind === "person") {
        out.push({ person, category: c.category, n, wins: WINNER.has(noun), ...range });
      }
      continue;
    }
    // "with four Best Actress Oscars", "her three best director nominations": the category's count.
    const inner = units[k + 1]?.mention;
    // ("Oscars" may have been read as the awards' name: it is the noun here.)
    const after = units[k + 2];
    const noun = after?.mention?.kind === "ceremony" && after.mention.implicit ? "oscars" : (after?.text ?? "");
    if (inner?.kind === "category" && inner.category && plain && COUNT_NOUNS.test(noun)) {
      const subj = subjectBefore(v, units, clause, k);
      // ("X holds the record, with four Best Actress Oscars": the clause's opening name.)
      const opening = units[clause.from]?.mention;
      const person =
        subj && !subj.coref && subj.mentions.length === 1
          ? subj.mentions[0]
          : units[k - 1]?.text === "with"
            ? opening
            : undefined;
      if (person?.kind === "person")
        out.push({ person, category: inner.category, n, wins: !/^(?:nominations|nods|noms)$/.test(noun), ...range });
      continue;
    }
    // ("nominated five times for Best Score before 2016", "… before he won": a count up to a point we do not read.)
    if (boundedAfter(units, clause, k)) continue;
    // "has won three Academy Awards for Best Actress", "four nominations in the Best Director category".
    const forCategory = categoryAfterNoun(units, clause, k);
    if (forCategory && plain) {
      const cue = units.slice(clause.from, k).find((u) => u.cue === "nominate" || u.cue === "win")?.cue;
      const subj = cue ? subjectBefore(v, units, clause, firstCue(units, clause, k)) : undefined;
      const person = subj && !subj.coref && subj.mentions.length === 1 ? subj.mentions[0] : undefined;
      const wins = !NOM_NOUNS.has(forCategory.noun) && cue === "win";
      if (person?.kind === "person" && cue) out.push({ person, category: forCategory.category, n, wins, ...range });
      continue;
    }
    // "was nominated seven times for Best Actor", "has won Best Film Editing three times".
    if (units[k + 1]?.text === "times" && plain) {
      const c = units[k + 2]?.text === "for" ? units[k + 3]?.mention : units[k - 1]?.mention;
      // ("nominated four times as a director": the role's category.)
      const asRole = units[k + 2]?.text === "as" && /^(?:a|an|the)$/.test(units[k + 3]?.text ?? "");
      const key = asRole ? roleFamilyOf(units[k + 4]) : c?.kind === "category" ? c.category : undefined;
      const cue = units.slice(clause.from, k).find((u) => u.cue === "nominate" || u.cue === "win")?.cue;
      const subj = key && cue ? subjectBefore(v, units, clause, firstCue(units, clause, k)) : undefined;
      const person = subj && !subj.coref && subj.mentions.length === 1 ? subj.mentions[0] : undefined;
      if (person?.kind === "person" && key) out.push({ person, category: key, n, wins: cue === "win", ...range });
      continue;
    }
    // "… nominated for 24 Academy Awards: one for Best Actor, seven for Best Director"
    const cat = units[k + 2]?.mention;
    if (!plain || units[k + 1]?.text !== "for" || cat?.kind !== "category" || !cat.category) continue;
    const cue = units.slice(clause.from, k).find((u) => u.cue === "nominate" || u.cue === "win")?.cue;
    const subj = cue ? subjectBefore(v, units, clause, firstCue(units, clause, k)) : undefined;
    const person = subj && !subj.coref && subj.mentions.length === 1 ? subj.mentions[0] : undefined;
    if (person?.kind === "person") out.push({ person, category: cat.category, n, wins: cue === "win", ...range });
  }
  return out;
}

function firstCue(units: Unit[], clause: Clause, k: number): number {
  for (let i = clause.from; i < k; i++) if (units[i].cue === "nominate" || units[i].cue === "win") return i;
  return k;
}

/** Categories a word may name together with its own: "sound" for mixing and editing. */
const SIBLINGS: Record<string, string[]> = { sound: ["sound-editing"] };

export function verifyTally(v: SentenceView, t: Tally): Claim | undefined {
  const kb = v.kb;
  const nom = kb.data.nominations;
  if (t.person.ids.length !== 1) return undefined;
  const own = recordsOf(kb, { kind: "person", ids: t.person.ids });
  const inCategory = (c: string) =>
    own.filter((i) => kb.isCompetitive(i) && recordIn(kb, c, i) && (!t.wins || kb.won(i)));
  const rows = inCategory(t.category);
  const name = kb.data.people[t.person.ids[0]].name;
  // (A family's label is a phrase, "an acting award": its key, "acting", reads in "21 acting nominations".)
  const def = CATEGORY_DEFS.find((d) => d.key === t.category);
  const label = def && def.canonical.length ? def.label : t.category;
  const what = t.wins ? "wins" : "nominations";
  const base = { kind: "count" as const, rule: "wrong-count", start: t.start, end: t.end };
  const statement = `${name} had ${t.n} ${label} ${what}`;
  const night = v.doc?.ceremony;
  const upTo = night === undefined ? rows.length : rows.filter((i) => nom.ceremony[i] <= night).length;
  if (rows.length === t.n || upTo === t.n) {
    return claim({ ...base, statement, verdict: "supported", message: `${rows.length} ${label} ${what} in all` });
  }
  // ("17 sound nominations": mixing and editing together, as the word alone may mean.)
  const siblings = SIBLINGS[t.category] ?? [];
  const kin = siblings.flatMap(inCategory);
  const byNight = (xs: number[]) =>
    night === undefined ? xs.length : xs.filter((i) => nom.ceremony[i] <= night).length;
  if (kin.length && (rows.length + kin.length === t.n || upTo + byNight(kin) === t.n)) {
    const others = siblings.map((c) => CATEGORY_DEFS.find((d) => d.key === c)?.label ?? c).join(" and ");
    const message = `${rows.length} ${label} and ${kin.length} ${others} ${what} in all`;
    return claim({ ...base, statement, verdict: "supported", message });
  }
  if (rows.length === 0 || t.person.via !== "name") return undefined;
  const message = `${name} has ${rows.length} competitive ${label} ${what}, not ${t.n}.`;
  return wrongNumber(v, { ...base, statement, message }, rows.length);
}
