/**
 * Nominations named without a category: "Peter Finch was nominated for Network", "Hoffman,
 * who was nominated for 1968's The Graduate, 1970's Midnight Cowboy and 1975's Lenny",
 * "Spencer Tracy got one for Guess Who's Coming to Dinner", "a supporting nom for The Deer
 * Hunter". Each film named after the cue is a frame with the clause's person. It holds when a
 * nomination names both; it is refuted when the person's Oscar record is known, has no
 * nomination for that film, and the clause says so plainly about the Oscars.
 */
import type { Mention } from "../../mentions/types";
import { claim, evidence, fix, recordsOf, refuted, settle } from "../common";
import type { Claim } from "../types";
import type { SentenceView } from "../view";
import { modal, statedCeremonies, subjectBefore, spannedAfter, timedAfter, withdrawnFrom } from "./bind";
import { ordinalFix } from "./night";
import type { Clause, Unit } from "./clauses";

export interface NominatedFrame {
  person: Mention;
  film: Mention;
  /** The clause names no other body and no hedge: a missing nomination is an error. */
  plain: boolean;
  /** The night the clause states, and where; a year may name two (the one held in it, the one of its films). */
  night?: { ceremony: number; start: number; end: number; all: number[] };
  /** "X was not nominated for F": the claim is that no nomination names both. */
  negated?: boolean;
}

/** "It's a myth that …", "It is false that …", "Contrary to reports, …": the sentence denies what follows. */
const OUTER_DENIAL =
  /\b(?:myth|false|untrue|wrong|contrary|not true|mistaken|claims?|reports?|rumou?rs?) that\b|\bcontrary to\b/;

/** "was not nominated", "was never nominated", "wasn't even nominated": a denial right before the word. */
function deniedAt(units: Unit[], clause: Clause, k: number): number {
  for (let i = k - 1; i >= clause.from && i >= k - 3; i--) {
    const t = units[i].text;
    if (t === "not" || t === "never" || t.endsWith("n't")) return i;
    if (!/^(?:was|were|is|are|been|has|have|had|even|ever|actually|also)$/.test(t)) return -1;
  }
  return -1;
}

const BETWEEN = new Set(["twice", "thrice", "once", "before", "again", "also", "previously", "earlier", ","]);
const STOP = new Set(["over", "against", "including", "beating", "beat", "alongside", "opposite", "with"]);
/** After these a title is the role ("nominated for the film as Julius Caesar", "for playing Lincoln"). */
const ROLE_WORDS = new Set(["as", "playing", "portraying", "play", "role"]);
const RELATIVE = new Set(["which", "who", "whose", "that"]);
const GLUE = new Set([",", "and", "'s", '"', "'", "``", "`", "(", ")", "the", "both"]);

export function nominatedFrames(v: SentenceView, units: Unit[], clause: Clause, otherBody: boolean): NominatedFrame[] {
  const out: NominatedFrame[] = [];
  for (let k = clause.from; k < clause.to; k++) {
    if (!nominationWord(units, k)) continue;
    // "missed out on a nomination for F", "snubbed", "without a nomination": no nomination claimed.
    // ("missed out on a directing nomination": a category may stand between.)
    const reach = units[k - 1]?.mention?.kind === "category" ? 5 : 4;
    if (
      units
        .slice(Math.max(clause.from, k - reach), k)
        .some((u) => /^(?:missed|miss|misses|missing|without|snubbed|denied|no)$/.test(u.text))
    )
      continue;
    // "nominated twice before, for …": adverbs may stand between the cue and "for".
    let at = k + 1;
    while (at < clause.to && at <= k + 4 && BETWEEN.has(units[at].text)) at++;
    if (units[at]?.text !== "for") continue;
    // A category after the cue is the category frames' to read; one in a relative clause after
    // the film ("up for F, which also landed a C nomination for Y") is that clause's own.
    const rel = units.findIndex((u, i) => i > at && i < clause.to && RELATIVE.has(u.text));
    if (units.slice(k, rel > 0 ? rel : clause.to).some((u) => u.mention?.kind === "category")) break;
    // "…, beating X and Y, both nominated for F": the names the word "both" gathers.
    const gathered = GATHER.has(units[k - 1]?.text ?? "") && units[k - 2]?.text === ",";
    // ("…, and Meryl Streep, nominated for F": a participle after a name's comma is that name's.)
    const named1 =
      units[k - 1]?.text === "," && units[k - 2]?.mention?.kind === "person" ? units[k - 2].mention : undefined;
    // ("A, B and C, nominated for F1, F2 and F3 respectively": each name with the film in its place.)
    const paired = !!named1 && respectively(units, clause, at + 1);
    const subj =
      gathered || paired
        ? { mentions: namesBefore(units, clause, k - 1), coref: false }
        : named1
          ? { mentions: [named1], coref: false }
          : subjectBefore(v, units, clause, k);
    const named = subj?.mentions ?? [];
    const persons = gathered || paired ? named.filter((m) => m.kind === "person") : named.length === 1 ? named : [];
    if (!persons.length || persons.some((p) => p.kind !== "person")) continue;
    const plain = !otherBody && !subj!.coref && !modal(units, { from: clause.from, to: k });
    const films = filmsAfter(units, clause, at + 1);
    // "F, which she is nominated for": the preposition stranded, its object the relative's film.
    const stranded = films.length ? undefined : strandedFilm(units, clause, k, at);
    const said = statedCeremonies(v, units, clause, k);
    // ("…, 40 years after her first nomination, for F": that nomination is of another time.)
    const later = timedAfter(units, k, said.statedAt) || spannedAfter(units, k, said.statedAt, clause.from);
    const one = said.stated.length >= 1 && said.stated.length <= 2 && said.statedAt && !later;
    const night = one ? { ceremony: said.stated[0], ...said.statedAt!, all: said.stated } : undefined;
    // (A denial is the claim, no hedge: "X was not nominated for F" is plain when nothing before it hedges.)
    // ("not nominated for F until …", "not nominated for F's supporting category", "It's a myth that X was not
    // nominated": the denial is of something else, or itself denied.)
    const after = units.slice(k + 1, clause.to);
    const otherwise = after.some((u) => u.text === "until" || u.mention?.kind === "category");
    const denial = otherwise || OUTER_DENIAL.test(v.sk) ? -1 : deniedAt(units, clause, k);
    const negated = denial >= 0;
    const sure = negated && !otherBody && !subj!.coref && !modal(units, { from: clause.from, to: denial });
    const frame = { plain: plain || sure, night, negated };
    if (paired && persons.length === films.length && persons.length > 1)
      persons.forEach((person, n) => out.push({ person, film: films[n], ...frame }));
    else if (!paired)
      for (const person of persons)
        for (const film of stranded ? [stranded] : films) out.push({ person, film, ...frame });
    break;
  }
  return out;
}

const BE = new Set(["was", "is", "were", "are", "be", "been", "'s"]);

/** "respectively" closing the list of names that starts at unit `from`. */
function respectively(units: Unit[], clause: Clause, from: number): boolean {
  for (let k = from; k < clause.to; k++) {
    const u = units[k];
    if (u.text === "respectively") return true;
    if (!u.mention && !GLUE.has(u.text)) return false;
  }
  return false;
}
const GATHER = new Set(["both", "all", "each"]);

/** "X, Y and Z" ending right before unit `end`: the names of the list. */
function namesBefore(units: Unit[], clause: Clause, end: number) {
  const out = [];
  for (let k = end - 1; k >= clause.from; k--) {
    const u = units[k];
    if (u.mention?.kind === "person" || u.mention?.kind === "film") out.unshift(u.mention);
    else if (u.text !== "," && u.text !== "and") break;
  }
  return out;
}
const GOT = new Set(["got", "gets", "received", "earned", "picked"]);

/**
 * "nominated", "nomination"; "was up for F"; and "got one for F" where "one" stands for a
 * nomination the sentence named before ("the first posthumous nomination since X got one for F").
 */
function nominationWord(units: Unit[], k: number): boolean {
  const t = units[k].text;
  if (units[k].cue === "nominate" && /^(?:nominated|nomination|nom|nod)$/.test(t)) return true;
  if (t === "up") return BE.has(units[k - 1]?.text ?? "") && units[k + 1]?.text === "for";
  if (t !== "one" || !GOT.has(units[k - 1]?.text ?? "")) return false;
  return units.slice(0, k).some((u) => /^(?:nomination|nominations|nom|nod)$/.test(u.text));
}

/** "Amadeus, which he was nominated for": "for" ends the clause; "which" follows the film. */
function strandedFilm(units: Unit[], clause: Clause, k: number, at: number): Mention | undefined {
  if (at + 1 < clause.to && !/^[,.;)"']$/.test(units[at + 1].text)) return undefined;
  for (let r = k - 1; r >= clause.from && r >= k - 6; r--) {
    if (units[r].text !== "which" && units[r].text !== "that") continue;
    let f = r - 1;
    while (f > clause.from && (units[f].text === "," || QUOTE.has(units[f].text))) f--;
    return units[f]?.mention?.kind === "film" ? units[f].mention : undefined;
  }
  return undefined;
}
const QUOTE = new Set(['"', "'", "''", "``"]);

/** "for 1968's The Graduate, 1970's Midnight Cowboy and 1975's Lenny", "for his role in F". */
function filmsAfter(units: Unit[], clause: Clause, from: number): Mention[] {
  const out: Mention[] = [];
  let words = 0;
  for (let k = from; k < clause.to; k++) {
    const u = units[k];
    if (STOP.has(u.text) || ROLE_WORDS.has(u.text) || u.mention?.kind === "person") break;
    if (u.mention?.kind === "film") out.push(u.mention);
    else if (!GLUE.has(u.text) && !/^(?:19|20)\d\d$/.test(u.text) && ++words > (out.length ? 0 : 6)) break;
  }
  return out;
}

export function verifyNominated(v: SentenceView, f: NominatedFrame): Claim | undefined {
  const kb = v.kb;
  const nom = kb.data.nominations;
  if (f.person.ids.length !== 1 || f.film.ids.length !== 1) return undefined;
  const records = recordsOf(kb, { kind: "person", ids: f.person.ids }).filter((i) => kb.isCompetitive(i));
  if (records.length === 0) return undefined;
  const name = kb.data.people[f.person.ids[0]].name;
  const title = kb.data.films[f.film.ids[0]].title;
  const start = Math.min(f.person.start, f.film.start);
  const end = Math.max(f.person.end, f.film.end);
  const base = { kind: "nomination" as const, rule: "wrong-nomination", start, end };
  const statement = `${name} was nominated for ${title}`;
  const both = records.filter((i) => nom.films[i].includes(f.film.ids[0]));
  if (f.negated) return denied(v, f, both, { ...base, statement: `${name} was not nominated for ${title}` });
  const elsewhen = wrongNight(v, f, both);
  if (elsewhen) return elsewhen;
  if (both.length) {
    const view = kb.view(both[0]);
    if (both.every((i) => nom.ceremony[i] === view.ceremony)) v.prior.lastNight = view.ceremony;
    return claim({
      ...base,
      statement,
      verdict: "supported",
      message: `${view.category}, ${kb.ceremonyLabel(view.ceremony)}`,
    });
  }
  const filmKnown = kb.nominationsOfFilm(f.film.ids[0]).length > 0;
  if (!f.plain || !f.person.via || !filmKnown) {
    return claim({ ...base, statement, verdict: "unverifiable", message: "No nomination names both" });
  }
  // ("X had been nominated for F, but the Academy rescinded it": a nomination taken back is not on the list.)
  if (withdrawnFrom(v, start))
    return claim({ ...base, statement, verdict: "unverifiable", message: "A nomination said to be taken back" });
  // ("Brando lost to Bogart, …; he had been nominated before, for Casablanca": with a pronoun opening a clause
  // between the name and the film, another person the sentence names who was nominated for it may be meant.)
  const pronoun = /[;,]\s*(?:he|she|they)\b/i.test(v.text.slice(Math.min(f.person.end, f.film.end), f.film.start));
  const other = pronoun
    ? v.mentions.find(
        (m) => m.kind === "person" && m.ids.length === 1 && m.ids[0] !== f.person.ids[0] && nominatedFor(kb, m, f.film),
      )
    : undefined;
  if (other)
    return claim({ ...base, statement, verdict: "unverifiable", message: `${other.text} was nominated for it` });
  const list = records.slice(0, 4).map((i) => `${kb.view(i).films.join(" / ")} (${kb.ceremonyLabel(nom.ceremony[i])})`);
  return refuted({
    ...base,
    start: f.film.start,
    end: f.film.end,
    statement,
    message: `${name} has no Oscar nomination for ${title}; their nominations include ${list.join(", ")}.`,
    evidence: records.slice(0, 4).map((i) => evidence(kb, i)),
  });
}

function nominatedFor(kb: SentenceView["kb"], person: Mention, film: Mention): boolean {
  const nom = kb.data.nominations;
  return recordsOf(kb, { kind: "person", ids: person.ids }).some((i) => nom.films[i].includes(film.ids[0]));
}

/**
 * "X was not nominated for F": borne out when no nomination of X names F (the film competed, so it could
 * have); refuted, with the nomination, when one does and the clause is plain.
 */
function denied(v: SentenceView, f: NominatedFrame, both: number[], base: Base): Claim | undefined {
  const kb = v.kb;
  if (!both.length) {
    // (Only of the Oscars: "At the Golden Globes, X was not nominated for F" is another body's.)
    const competed = kb.nominationsOfFilm(f.film.ids[0]).length > 0;
    return competed && f.plain
      ? claim({ ...base, verdict: "supported", message: "No nomination names both" })
      : undefined;
  }
  const view = kb.view(both[0]);
  const message = `${kb.data.people[f.person.ids[0]].name} was nominated for ${view.category} for ${
    kb.data.films[f.film.ids[0]].title
  } at the ${kb.ceremonyLabel(view.ceremony)}.`;
  if (!f.plain || !f.person.via) return claim({ ...base, verdict: "unverifiable", message });
  return refuted({ ...base, message, evidence: both.slice(0, 3).map((i) => evidence(kb, i)) });
}

type Base = { kind: "nomination"; rule: string; start: number; end: number; statement: string };

/**
 * "At the 55th Academy Awards, Jessica Lange was nominated for Country": nominated for that film
 * at one other night only, and for none at the night stated. The ordinal is to blame.
 */
function wrongNight(v: SentenceView, f: NominatedFrame, both: number[]): Claim | undefined {
  const kb = v.kb;
  const nights = new Set(both.map((i) => kb.data.nominations.ceremony[i]));
  if (!f.night || !f.plain || !f.person.via || nights.size !== 1 || f.night.all.some((n) => nights.has(n)))
    return undefined;
  // (A night said past another film is that film's: "… for F, G and finally H in 2007".)
  const [from, to] = f.night.start < f.film.start ? [f.night.end, f.film.start] : [f.film.end, f.night.start];
  if (v.mentions.some((m) => m.kind === "film" && m !== f.film && m.start >= from && m.end <= to)) return undefined;
  // (Or past "and": "for F and G, and, in 2020, for H"; "won C in 1949 and was nominated for F".)
  if (/\band\b/i.test(v.text.slice(from, to))) return undefined;
  // ("Edith Head was nominated for Airport in 1978": a year neither held the film's night nor gave its films.)
  const text = v.text.slice(f.night.start, f.night.end);
  const year = /^(?:19|20)\d\d$/.test(text);
  const heldIn = String(kb.heldYearOf([...nights][0]));
  const fixes = year
    ? [fix(`Replace with "${heldIn}"`, heldIn, f.night.start, f.night.end)]
    : f.night.all.length === 1
      ? ordinalFix(v, f.night, [...nights][0])
      : [];
  if (!fixes.length) return undefined;
  const right = kb.ceremonyLabel([...nights][0]);
  const said = year ? `in ${text}` : `the ${kb.ceremonyLabel(f.night.ceremony)}`;
  const who = `${kb.data.people[f.person.ids[0]].name} was nominated for ${kb.data.films[f.film.ids[0]].title}`;
  return settle(
    refuted({
      kind: "ceremony",
      rule: "wrong-ceremony-date",
      start: f.night.start,
      end: f.night.end,
      statement: `${who} ${year ? said : `at ${said}`}`,
      message: `${who} at the ${right}, not ${said}.`,
      evidence: both.slice(0, 3).map((i) => evidence(kb, i)),
      fixes,
    }),
  );
}

/**
 * "Sylvester Stallone, an unknown who became a star in “Rocky,” also was nominated": a person
 * nominated on the article's night, with no category or film said. Borne out or left unread.
 */
export function bareNominated(v: SentenceView, units: Unit[], clause: Clause, otherBody: boolean): Claim[] {
  const night = v.ctx && v.ctx.strength !== "setting" ? v.ctx.ceremony : undefined;
  if (night === undefined || otherBody) return [];
  const out: Claim[] = [];
  for (let k = clause.from; k < clause.to; k++) {
    if (units[k].text !== "nominated" || units[k].cue !== "nominate") continue;
    let end = k + 1;
    while (end < clause.to && /^(?:too|again|also)$/.test(units[end].text)) end++;
    if (end < clause.to && !/^[,.;]$/.test(units[end].text)) continue;
    if (modal(units, { from: clause.from, to: k })) continue;
    const subj = subjectBefore(v, units, clause, k);
    const person = subj && !subj.coref && subj.mentions.length === 1 ? subj.mentions[0] : undefined;
    if (person?.kind !== "person" || person.ids.length !== 1) continue;
    const kb = v.kb;
    const rows = kb
      .nominationsOfPerson(person.ids[0])
      .filter((i) => kb.data.nominations.ceremony[i] === night && kb.isCompetitive(i));
    if (rows.length === 0) continue;
    const name = kb.data.people[person.ids[0]].name;
    out.push(
      claim({
        kind: "nomination",
        rule: "wrong-nomination",
        start: person.start,
        end: units[k].end,
        statement: `${name} was nominated at the ${kb.ceremonyLabel(night)}`,
        verdict: "supported",
        message: `${kb.view(rows[0]).category}: ${kb.describeWinner(rows[0])}`,
      }),
    );
  }
  return out;
}

const ROLE_NOUNS = new Set([
  ...["actor", "actress", "director", "filmmaker", "writer", "screenwriter", "composer", "star", "producer"],
  ...["cinematographer", "editor", "songwriter", "documentarian", "animator", "designer", "performer", "singer"],
]);

/**
 * "the Oscar-nominated Tom Hulce", "Academy Award nominee X", "the Oscar nominated, X": an
 * epithet that says the person has an Oscar nomination. Borne out by any competitive one;
 * never refuted (the epithet may be of a later night than the data's, or loosely used).
 * "Two-time Oscar nominee X" is a count, the counts' to read.
 */
export function titledNominees(v: SentenceView, units: Unit[], clause: Clause): Claim[] {
  const out: Claim[] = [];
  for (let k = clause.from + 1; k < clause.to; k++) {
    if (!/^(?:nominated|nominees?)$/.test(units[k].text)) continue;
    let o = k - 1;
    if (units[o].text === "-") o--;
    const oscar =
      /^oscars?$/.test(units[o]?.text ?? "") || (units[o]?.text === "award" && units[o - 1]?.text === "academy");
    if (!oscar) continue;
    const first = units[o].text === "award" ? o - 1 : o;
    // "two-time Oscar nominee", "a would-be Oscar nominee", "never Oscar-nominated", "likely".
    const prev = units[first - 1];
    if (prev && (/^(?:time|-|non|be)$/.test(prev.text) || prev.cue === "neg" || prev.cue === "hedge")) continue;
    let j = k + 1;
    if (units[j]?.text === ",") j++;
    while (j < clause.to && j <= k + 4 && ROLE_NOUNS.has(units[j].text)) j++;
    // "Oscar nominees X and Y": each person of the list.
    const people: Mention[] = [];
    for (; units[j]?.mention?.kind === "person"; j += 2) {
      people.push(units[j].mention!);
      if (units[k].text !== "nominees" || !/^(?:,|and|&)$/.test(units[j + 1]?.text ?? "")) break;
      if (units[j + 1].text === "," && units[j + 2]?.text === "and") j++;
    }
    for (const person of people) {
      const c = titled(v, person, person === people[0] ? units[first].start : person.start);
      if (c) out.push(c);
    }
  }
  return out;
}

function titled(v: SentenceView, person: Mention, start: number): Claim | undefined {
  if (person.ids.length !== 1) return undefined;
  const kb = v.kb;
  const rows = kb.nominationsOfPerson(person.ids[0]).filter((i) => kb.isCompetitive(i));
  if (rows.length === 0) return undefined;
  // The nomination for a film the sentence names, if any: the one the epithet most likely means.
  const films = new Set(v.mentions.filter((m) => m.kind === "film").flatMap((m) => m.ids));
  const row = rows.find((i) => kb.data.nominations.films[i].some((f) => films.has(f))) ?? rows[0];
  const view = kb.view(row);
  return claim({
    kind: "nomination",
    rule: "wrong-nomination",
    start: Math.min(start, person.start),
    end: person.end,
    statement: `${kb.data.people[person.ids[0]].name} was nominated for an Oscar`,
    verdict: "supported",
    message: `${view.category} for ${view.films.join(" / ")}, ${kb.ceremonyLabel(view.ceremony)}`,
  });
}

/**
 * "Julie Andrews (AAN)", "Ruth Gordon (AA)": reference works mark a person with an Academy
 * Award nomination (AAN) or win (AA) for the film the piece is about. Borne out by a
 * nomination (win) at the piece's night or for a film the sentence names; never refuted.
 */
export function markedNominees(v: SentenceView, units: Unit[], clause: Clause): Claim[] {
  const out: Claim[] = [];
  const kb = v.kb;
  const night = v.ctx && v.ctx.strength !== "setting" ? v.ctx.ceremony : undefined;
  // The films of the sentence, and the one the piece is about.
  const films = new Set(v.mentions.filter((m) => m.kind === "film").flatMap((m) => m.ids));
  const focus = v.prior.focus();
  if (focus !== undefined) films.add(focus);
  for (let k = clause.from + 1; k + 2 <= clause.to; k++) {
    const mark = units[k + 1]?.text;
    if (units[k].text !== "(" || units[k + 2]?.text !== ")" || (mark !== "aan" && mark !== "aa")) continue;
    const person = units[k - 1].mention;
    if (person?.kind !== "person" || person.ids.length !== 1) continue;
    const rows = kb
      .nominationsOfPerson(person.ids[0])
      .filter((i) => kb.isCompetitive(i) && (mark === "aan" || kb.won(i)))
      .filter(
        (i) => kb.data.nominations.ceremony[i] === night || kb.data.nominations.films[i].some((f) => films.has(f)),
      );
    if (rows.length === 0) continue;
    const view = kb.view(rows[0]);
    const name = kb.data.people[person.ids[0]].name;
    const verb = mark === "aa" ? "won" : "was nominated for";
    out.push(
      claim({
        kind: mark === "aa" ? "win" : "nomination",
        rule: mark === "aa" ? "wrong-winner" : "wrong-nomination",
        start: person.start,
        end: units[k + 2].end,
        statement: `${name} ${verb} ${view.category} for ${view.films.join(" / ")}`,
        verdict: "supported",
        message: `${view.category}, ${kb.ceremonyLabel(view.ceremony)}`,
      }),
    );
  }
  return out;
}
