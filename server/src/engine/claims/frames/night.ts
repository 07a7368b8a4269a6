/**
 * The night a clause names: "Rain Man dominated the 61st annual Academy Awards", "Shakespeare
 * in Love outfoxed Saving Private Ryan at the 71st Academy Awards". An ordinal or a year of the
 * Oscars said with films or people is borne out when one of them competed that night; it is
 * wrong when the clause's films all competed at one other night and nobody named competed at
 * it. The ordinal takes the blame and the fix.
 */
import { ordinalSuffix } from "../../text/fold";
import { FILM_YEAR_NOUN } from "../../context";
import type { Mention } from "../../mentions/types";
import { claim, evidence, fix, guessedPerson, refuted, settle, winsText } from "../common";
import type { Claim, Fix } from "../types";
import type { SentenceView } from "../view";
import { modal, spannedAfter } from "./bind";
import { andBetween, type Clause, type Unit } from "./clauses";
import { QUOTES, RECORD_SET, TIME_SHIFT } from "./cues";
import { asidesOf, spanAt } from "./asides";
import { extend } from "../../objects";

const LATER_WORDS = new Set(["later", "afterwards", "afterward", "subsequently"]);

export function nightClaims(v: SentenceView, units: Unit[], clause: Clause): Claim[] {
  const nights = units.slice(clause.from, clause.to).filter((u) => isNight(u.mention));
  // A clause comparing nights ("from the 81st to the 82nd") states no one night.
  if (nights.length !== 1) return [];
  const m = nights[0].mention!;
  const at = units.indexOf(nights[0]);
  // ("From Patton at the 43rd to Kramer vs. Kramer …": a span of years names no one night for all it names.)
  if (units[clause.from]?.text === "from" && units.slice(at + 1, clause.to).some((u) => u.text === "to")) return [];
  // ("… introduced at the 21st Academy Awards, until 1977, when she was nominated for F": a span, too, for a
  // film named after its end.)
  const spanned = (u: Unit, i: number) => u.mention?.kind === "film" && spannedAfter(units, at + 1 + i, m, clause.from);
  if (units.slice(at + 1, clause.to).some(spanned)) return [];
  // A night said in an aside ("X, who was nominated at the 94th, won for F") is the aside's: the names
  // there may bear it out, and nothing outside it is refuted by it.
  const asides = asidesOf(units, clause);
  const scope = spanAt(asides, at);
  // ("F's nine wins at the 31st were topped a year later by G": a name after "later" is of another time.)
  // (Not "a day later than planned": a comparison.)
  const later = units.findIndex(
    (u, i) => i > at && i < clause.to && LATER_WORDS.has(u.text) && units[i + 1]?.text !== "than",
  );
  const until = later < 0 ? clause.to : later;
  // ("F, in 1987, brought a loss, and a year before that she had co-hosted the 58th": names before a shift in
  // time said before the night are of another time.)
  let from = clause.from;
  for (let i = at - 1; i > clause.from; i--)
    if (shiftedAt(units, i)) {
      from = i + 1;
      break;
    }
  const names = units
    .slice(from, until)
    .filter((u, i) => spanAt(asides, from + i) === scope)
    .map((u) => u.mention)
    .filter((x): x is Mention => x?.kind === "film" || x?.kind === "person");
  // "She is the first woman …, seen last night at the 82nd Academy Awards": the person told of before.
  // (A guess: borne out only, below.)
  const pronoun = units.slice(clause.from, clause.to).find((u) => u.text === "she" || u.text === "he")?.text;
  const prior = names.length === 0 && pronoun ? guessedPerson(v, pronoun) : undefined;
  if (prior) names.push(prior);
  if (names.length === 0) return [];
  const kb = v.kb;
  const said = candidates(v, m);
  // ("Titanic led the 70th …": a title two films share competed there if either did.)
  const competed = (x: Mention) =>
    x.ids.flatMap((id) => (x.kind === "film" ? kb.ceremoniesOfFilm(id) : kb.ceremoniesOfPerson(id)));
  const base = { kind: "ceremony" as const, rule: "wrong-ceremony-date", start: m.start, end: m.end };
  const there = names.find((x) => competed(x).some((c) => said.includes(c)));
  if (there) {
    const label = kb.ceremonyLabel(said.find((c) => competed(there).includes(c))!);
    const won = wonAt(v, units, at, there, said);
    if (won) return [won];
    return [
      claim(
        extend(base, { statement: `${there.text} competed at the ${label}`, verdict: "supported", message: label }),
      ),
    ];
  }
  const inMain = (f: Mention) => {
    const k = units.findIndex((u) => u.mention === f);
    return !spanAt(asides, k) && k >= from;
  };
  const films = scope ? [] : ownFilms(units, clause).filter(inMain);
  if (prior || films.length === 0 || modal(units, clause)) return [];
  // "… and for the last time at the 79th ceremony, for Venus": the night is said of a title we
  // did not read, not of the films named before it.
  if (/^\s*,?\s*for\s+\p{Lu}/u.test(v.text.slice(m.end, m.end + 12))) return [];
  // "… came for F, and its most recent for G, at the 65th": after "and … for", the night is the later conjunct's.
  if (laterConjunct(units, clause, films, at)) return [];
  const other = new Set(competed(films[0]));
  for (const f of films.slice(1)) for (const c of [...other]) if (!competed(f).includes(c)) other.delete(c);
  if (other.size !== 1) return [];
  const right = [...other][0];
  const label = kb.ceremonyLabel(right);
  const fixes = ordinalFix(v, m, right);
  const titles = films.map((f) => kb.data.films[f.ids[0]].title).join(" and ");
  const rows = kb.nominationsOfFilm(films[0].ids[0]).filter((i) => kb.data.nominations.ceremony[i] === right);
  return [
    settle(
      refuted({
        ...base,
        statement: `${films.map((f) => f.text).join(" and ")} competed at the ${kb.ceremonyLabel(said[0])}`,
        message: `${titles} competed at the ${label}, not the ${kb.ceremonyLabel(said[0])}.`,
        evidence: rows.slice(0, 3).map((i) => evidence(kb, i)),
        fixes,
      }),
    ),
  ];
}

/** "a year before that", "two years earlier", "the previous year", "the following year": a shift in time at i. */
function shiftedAt(units: Unit[], i: number): boolean {
  const t = units[i].text;
  const span = /^(?:years?|decades?|months?)$/.test(units[i - 1]?.text ?? "");
  if (t === "earlier" || t === "later") return span;
  if (t === "before" || t === "after") return span || units[i + 1]?.text === "that";
  return /^(?:previous|following)$/.test(units[i - 1]?.text ?? "") && t === "year";
}

/**
 * "Fire of Love won at the 95th Academy Awards": a subject named right before "won at" the night
 * won something there. Borne out by any win that night; refuted when it competed and won nothing.
 */
function wonAt(v: SentenceView, units: Unit[], n: number, x: Mention, said: number[]): Claim | undefined {
  let k = n - 1;
  if (units[k]?.text === "the") k--;
  let j = k - 2;
  while (QUOTES.has(units[j]?.text ?? "")) j--;
  if (units[k]?.text !== "at" || units[k - 1]?.cue !== "win" || units[j]?.mention !== x) return undefined;
  if (x.ids.length !== 1 || said.length !== 1 || modal(units, { from: 0, to: n })) return undefined;
  const kb = v.kb;
  const night = said[0];
  const records = (x.kind === "film" ? kb.nominationsOfFilm(x.ids[0]) : kb.nominationsOfPerson(x.ids[0])).filter(
    (i) => kb.data.nominations.ceremony[i] === night,
  );
  if (!records.length) return undefined;
  const label = kb.ceremonyLabel(night);
  const base = { kind: "win" as const, rule: "wrong-winner", start: x.start, end: units[k - 1].end };
  const statement = `${x.text} won at the ${label}`;
  const wins = records.filter((i) => kb.won(i));
  if (wins.length) return claim({ ...base, statement, verdict: "supported", message: winsText(kb, wins, false) });
  const lost = records.map((i) => kb.view(i).category).join(", ");
  return settle(
    refuted({
      ...base,
      statement,
      message: `At the ${label}, ${x.text} was nominated (${lost}) but won nothing.`,
      evidence: records.slice(0, 3).map((i) => evidence(kb, i)),
    }),
  );
}

/**
 * Films the clause places on its night: not those of a relative clause ("Bigelow, who won for
 * The Hurt Locker, presented at the 90th"), of another time ("…, a year after winning Best
 * Director for F") nor of a comparison ("the first since Titanic").
 */
function ownFilms(units: Unit[], clause: Clause): Mention[] {
  const out: Mention[] = [];
  let aside = false;
  for (let k = clause.from; k < clause.to; k++) {
    const t = units[k].text;
    // ("Hugh Jackman, the star of X-Men, hosted the 81st": an appositive's film is no claim on the night.)
    const appositive = t === "," && /^(?:the|a|an)$/.test(units[k + 1]?.text ?? "");
    // ("…, followed quickly by G and H": what followed came later.)
    const followed = t === "followed" && (units[k + 1]?.text === "by" || units[k + 2]?.text === "by");
    if (RELATIVE.has(t) || TIME_SHIFT.has(t) || appositive || followed) aside = true;
    else if (t === ",") aside = false;
    const m = units[k].mention;
    if (m?.kind !== "film" || m.ids.length !== 1 || aside) continue;
    // "the record set by Ben-Hur", 'set by "Ben-Hur"': a holder from another night.
    let b = k - 1;
    while (b > clause.from && QUOTES.has(units[b].text)) b--;
    const setter = units[b - 1]?.text ?? "";
    const setBy = units[b]?.text === "by" && (RECORD_SET.has(setter) || setter === "shared");
    if (!ELSEWHEN.has(units[b]?.text ?? "") && !setBy) out.push(m);
  }
  return out;
}

/** "71st Academy Awards" → "70th Academy Awards": a night named by its ordinal, put right; none for a year. */
export function ordinalFix(v: SentenceView, at: { start: number; end: number }, right: number): Fix[] {
  const text = v.text.slice(at.start, at.end);
  if (!/^\d+(?:st|nd|rd|th)\b/i.test(text)) return [];
  const replacement = text.replace(/^\d+(?:st|nd|rd|th)/i, ordinalSuffix(right));
  return [fix(`Replace with "${ordinalSuffix(right)}"`, replacement, at.start, at.end)];
}

const RELATIVE = new Set(["who", "which", "whose", "that"]);
const ELSEWHEN = new Set([
  ...["since", "after", "before", "like", "than", "following", "unlike"],
  // "Titanic tied Ben-Hur for most Oscar wins": the one matched is of another night.
  ...["tied", "tying", "ties", "matched", "matching", "equaled", "equalled", "equaling", "surpassed", "surpassing"],
]);

function isNight(m: Mention | undefined): boolean {
  return m?.kind === "ceremony" && !m.implicit && !m.relative && m.ids.length === 1;
}

/** The nights a mention can mean: its own, and for "the 1985 Oscar nominees" the next one too. */
function candidates(v: SentenceView, m: Mention): number[] {
  if (m.year === undefined || !FILM_YEAR_NOUN.test(m.text)) return m.ids;
  return [...new Set([...m.ids, ...v.kb.ceremoniesOfYear(m.year)])];
}

/** An "and" after the films, then a "for" of its own: the night is said of what that conjunct names. */
function laterConjunct(units: Unit[], clause: Clause, films: Mention[], at: number): boolean {
  const last = Math.max(...films.map((f) => units.findIndex((u) => u.mention === f)));
  const and = last >= 0 && last < at ? andBetween(units, last, at) : -1;
  return and > 0 && units.some((u, j) => j > and && j < clause.to && j !== at && u.text === "for");
}
