/**
 * Pair frames: a person named with a film and no category, as nominee lists and tables write
 * them ("David Lean for Doctor Zhivago", "Jack Nicholson ('Prizzi's Honor')", "Timothée
 * Chalamet in 'Marty Supreme'", "Ethan Hawke | 'Blue Moon'", "Robert Altman – The Player").
 * The pair holds when some nomination names both. With no category or verdict in the words,
 * it is never refuted: a pair the data does not have stays unverifiable.
 */
import type { Mention } from "../../mentions/types";
import { claim, recordsOf } from "../common";
import type { Claim } from "../types";
import type { SentenceView } from "../view";
import type { Clause, Unit } from "./clauses";
import { FILM_NOUNS, QUOTES } from "./cues";

/** What may join a person to a film in a list entry. */
const JOINS = new Set(["(", "for", "in", "-", ":", "|", "\u2013", "\u2014", "from"]);
const LINE_JOINS = new Set(["-", ":", "|", "\u2013", "\u2014"]);

export interface PairFrame {
  person: Mention;
  film: Mention;
  /** "X's film F": an attribution, not a nomination list entry. */
  possessive?: boolean;
  /** "F starring X": X is in the film. */
  cast?: boolean;
  /** "X (F)": a bracketed film, read whatever else the clause says. */
  bracketed?: boolean;
}

const POSSESSIVE = new Set(["'s", "'", "\u2019"]);
/** Words of a description between a possessive and the film ("one-take war drama"). */
const MAX_DESCRIPTION = 8;

function filmAfterDescription(units: Unit[], clause: Clause, from: number): Mention | undefined {
  for (let k = from; k < clause.to && k < from + MAX_DESCRIPTION; k++) {
    const m = units[k].mention;
    if (m) return m.kind === "film" ? m : undefined;
    // "Coppola's iconic gangster film, The Godfather": a comma after a film noun introduces the title.
    if (units[k].text === "," && FILM_NOUNS.has(units[k - 1]?.text ?? "")) continue;
    if (units[k].cue || units[k].text === "," || units[k].text === "and") return undefined;
  }
  return undefined;
}

const PLAYED = new Set(["played", "plays", "playing", "portrayed", "portrays", "as"]);

/** After "X,": "who played <a description> in F" or "the <description> in F", up to a few words. */
function roleFilm(units: Unit[], clause: Clause, from: number): Mention | undefined {
  let k = from;
  if (units[k]?.text === "who" && PLAYED.has(units[k + 1]?.text ?? "")) k += 2;
  else if (units[k]?.text !== "the" && units[k]?.text !== "a") return undefined;
  for (let i = k; i < clause.to && i < k + 12; i++) {
    const u = units[i];
    if (u.mention) return undefined;
    if (u.text === "," || u.cue) return undefined;
    if (u.text === "in") {
      let j = i + 1;
      while (QUOTES.has(units[j]?.text ?? "")) j++;
      return units[j]?.mention?.kind === "film" ? units[j].mention : undefined;
    }
  }
  return undefined;
}

/** Words before a maker's possessive in an appositive ("F, director X's dark comedy"). */
const MAKER_ROLES = new Set(["director", "filmmaker", "writer-director", "writer", "producer", "auteur"]);
const CAST = new Set(["starring", "featuring", "with"]);

/** "The Power of the Dog starring A, B and C": each person of the cast list. */
function castAfter(units: Unit[], clause: Clause, from: number): Mention[] {
  const out: Mention[] = [];
  for (let k = from; k < clause.to; k++) {
    const m = units[k].mention;
    if (m?.kind === "person") out.push(m);
    else if (units[k].text !== "," && units[k].text !== "and") break;
  }
  return out;
}

const PERFORMANCE = new Set(["performance", "turn", "role", "work", "portrayal"]);

/**
 * "his (surprising comeback) performance in F", "Rourke's turn in F": whose performance it is:
 * the possessor, or for "his"/"her" the person named last before it in the sentence.
 */
function performerOf(units: Unit[], k: number): Mention | undefined {
  let i = k - 1;
  while (i >= 0 && QUOTES.has(units[i].text)) i--;
  if (units[i]?.text !== "in" || !PERFORMANCE.has(units[i - 1]?.text ?? "")) return undefined;
  for (let d = i - 2; d >= Math.max(0, i - 6); d--) {
    const t = units[d].text;
    if (t === "'s" || units[d].mention) {
      const owner = t === "'s" ? units[d - 1]?.mention : units[d].mention;
      return owner?.kind === "person" && (t === "'s" || units[d + 1]?.text === "'s") ? owner : undefined;
    }
    if (t === "his" || t === "her") {
      for (let b = d - 1; b >= 0; b--)
        if (units[b].mention) return units[b].mention!.kind === "person" ? units[b].mention : undefined;
      return undefined;
    }
    if (t === "," || units[d].cue) return undefined;
  }
  return undefined;
}

/** An apostrophe (or "'s") written right after the name before it. */
function isPossessive(units: Unit[], k: number): boolean {
  const u = units[k];
  return !!u && POSSESSIVE.has(u.text) && u.start === units[k - 1]?.end;
}

/**
 * "F, [director] X's <description>": the maker of the film just named. The description runs to
 * the appositive's end and names no other film ("Poor Things, Yorgos Lanthimos' take on a
 * Frankenstein story, and …"); a film after the possessive is the maker's own (read elsewhere).
 */
function appositiveMaker(units: Unit[], clause: Clause, k: number): Mention | undefined {
  let j = k + 1;
  while (QUOTES.has(units[j]?.text ?? "")) j++;
  if (units[j]?.text !== ",") return undefined;
  j++;
  while (QUOTES.has(units[j]?.text ?? "")) j++;
  // ("director" may be read as a bare category: its words decide.)
  const role = units[j]?.mention?.text.toLowerCase() ?? units[j]?.text ?? "";
  if (MAKER_ROLES.has(role)) j++;
  const maker = units[j]?.mention;
  if (maker?.kind !== "person" || !isPossessive(units, j + 1)) return undefined;
  // The description is a film's: "drama", "take", "adaptation" within its first words
  // ("F, Penn's performance proved …" describes no film).
  if (!units.slice(j + 2, j + 10).some((u) => DESCRIBED.has(u.text))) return undefined;
  for (let i = j + 2; i < clause.to && i < j + 2 + MAX_APPOSITIVE; i++) {
    const u = units[i];
    // "… take on a Frankenstein story and The Holdovers": "and" before a name ends it too.
    const nextName =
      units[i + 1]?.mention ?? (QUOTES.has(units[i + 1]?.text ?? "") ? units[i + 2]?.mention : undefined);
    if (u.text === "," || u.text === ")" || u.text === ";" || (u.text === "and" && nextName))
      return i > j + 2 ? maker : undefined;
    if (u.mention?.kind === "film" || u.mention?.kind === "person" || u.cue) return undefined;
  }
  return clause.to - (j + 2) > 0 && clause.to - (j + 2) <= MAX_APPOSITIVE ? maker : undefined;
}
/** Nouns that describe a film in a maker's appositive ("Yorgos Lanthimos' take on a Frankenstein story"). */
const DESCRIBED = new Set([
  ...["film", "movie", "drama", "comedy", "musical", "epic", "thriller", "western", "biopic", "take", "adaptation"],
  ...["debut", "feature", "documentary", "picture", "story", "tale", "romance", "satire", "horror", "saga", "fable"],
  ...["melodrama", "remake", "sequel", "portrait", "odyssey", "fantasy", "chronicle", "animation", "dramedy", "noir"],
  ...["depiction", "study", "vision", "account", "exploration", "retelling", "version", "films", "movies", "work"],
]);
/** Words of a maker's appositive after the possessive ("3-1/2-hour epic about the Osage murders"). */
const MAX_APPOSITIVE = 14;

export function pairFrames(units: Unit[], clause: Clause): PairFrame[] {
  const out: PairFrame[] = [];
  for (let k = clause.from; k < clause.to; k++) {
    const m = units[k].mention;
    if (m?.kind !== "person" && m?.kind !== "film") continue;
    // A person then a film by any join; a film then a person by a dash, colon or bar ("Hamnet – Chloé Zhao").
    const joins = m.kind === "person" ? JOINS : LINE_JOINS;
    let j = k + 1;
    while (j < clause.to && (QUOTES.has(units[j].text) || units[j].text === ",")) j++;
    // "for his comeback performance in The Wrestler": the performer is in the film.
    const performer = m.kind === "film" ? performerOf(units, k) : undefined;
    if (performer) out.push({ person: performer, film: m, cast: true });
    // "The Shape of Water (2017) by Guillermo del Toro": the film's maker.
    if (
      m.kind === "film" &&
      units[j]?.text === "(" &&
      (/^\d{4}$/.test(units[j + 1]?.text ?? "") || units[j + 1]?.mention?.kind === "ceremony") &&
      units[j + 2]?.text === ")"
    ) {
      j += 3;
    }
    if (m.kind === "film" && units[j]?.text === "by" && units[j + 1]?.mention?.kind === "person") {
      out.push({ person: units[j + 1].mention!, film: m, possessive: true });
      continue;
    }
    if (m.kind === "film" && CAST.has(units[k + 1]?.text ?? "")) {
      for (const person of castAfter(units, clause, k + 2)) out.push({ person, film: m, cast: true });
      continue;
    }
    // "The Banshees of Inisherin, director Martin McDonagh's dark comedy", "Poor Things, Yorgos
    // Lanthimos' take on a Frankenstein story": the maker in an appositive.
    const maker = m.kind === "film" ? appositiveMaker(units, clause, k) : undefined;
    if (maker) {
      out.push({ person: maker, film: m, possessive: true });
      continue;
    }
    // "Robert De Niro, who played the violently disturbed loner in “Taxi Driver”", "X, the scheming
    // inmate in F": a described role's film.
    const described = m.kind === "person" && units[k + 1]?.text === "," ? roleFilm(units, clause, k + 2) : undefined;
    if (described) {
      out.push({ person: m, film: described, cast: true });
      continue;
    }
    // "Julie Andrews musical Mary Poppins": a name, a film noun, the title.
    if (m.kind === "person" && FILM_NOUNS.has(units[k + 1]?.text ?? "") && units[k + 2]?.mention?.kind === "film") {
      out.push({ person: m, film: units[k + 2].mention!, cast: true });
      continue;
    }
    // "Sam Mendes' 1917": an apostrophe right after a name is its possessive, not a quotation mark.
    if (m.kind === "person" && isPossessive(units, k + 1)) j = k + 1;
    if (m.kind === "person" && POSSESSIVE.has(units[j]?.text ?? "")) {
      // "Jane Campion's subversive Western The Power of the Dog": the person's film.
      const film = filmAfterDescription(units, clause, j + 1);
      if (film) out.push({ person: m, film, possessive: true });
      continue;
    }
    // "Michelle Williams (as Marilyn Monroe) for F": the role in brackets stands aside.
    if (m.kind === "person" && units[j]?.text === "(" && units[j + 1]?.text === "as") {
      while (j < clause.to && units[j].text !== ")") j++;
      j++;
    }
    const join = units[j]?.text ?? "";
    if (!joins.has(join)) continue;
    j++;
    while (j < clause.to && QUOTES.has(units[j].text)) j++;
    // "Rooney Mara for David Fincher's The Girl with the Dragon Tattoo": past the director's possessive.
    // (A director the data does not name is a few plain words before the possessive: "Simon Curtis'".)
    if (m.kind === "person") {
      let p = j;
      while (p < j + 3 && p < clause.to && !units[p].mention && /^\p{L}+$/u.test(units[p].text)) p++;
      const named = p === j && units[j]?.mention?.kind === "person";
      if ((named || p > j) && isPossessive(units, named ? j + 1 : p)) {
        j = (named ? j + 1 : p) + 1;
        while (j < clause.to && QUOTES.has(units[j].text)) j++;
      }
    }
    const other = units[j]?.mention;
    if (m.kind === "person" && other?.kind === "film") out.push({ person: m, film: other, bracketed: join === "(" });
    if (m.kind === "film" && other?.kind === "person") out.push({ person: other, film: m });
  }
  return out;
}

export function verifyPair(v: SentenceView, p: PairFrame): Claim | undefined {
  const kb = v.kb;
  const nom = kb.data.nominations;
  const records = recordsOf(kb, { kind: "person", ids: p.person.ids });
  if (records.length === 0) return undefined;
  const name = kb.data.people[p.person.ids[0]].name;
  const title = kb.data.films[p.film.ids[0]].title;
  const both = records.filter((i) => nom.films[i].some((f) => p.film.ids.includes(f)));
  const start = Math.min(p.person.start, p.film.start);
  const end = Math.max(p.person.end, p.film.end);
  const base =
    p.possessive || p.cast
      ? { kind: "attribution" as const, rule: "wrong-attribution", start, end }
      : { kind: "nomination" as const, rule: "wrong-nomination", start, end };
  const statement = p.possessive
    ? `${title} is ${name}'s film`
    : p.cast
      ? `${name} is in ${title}`
      : `${name} was nominated for ${title}`;
  if (both.length === 0)
    return claim({ ...base, statement, verdict: "unverifiable", message: "No nomination names both" });
  const view = kb.view(both[0]);
  const message = `${view.category}, ${kb.ceremonyLabel(view.ceremony)}${view.won ? " (won)" : ""}`;
  return claim({ ...base, statement, verdict: "supported", message });
}
