/**
 * A table's rows of counts: under a header "| Ceremony | Film | Nominations | Wins |", each row's
 * numbers are that film's competitive nominations and wins at the row's night (its year or ordinal
 * cell, else the film's one night). Refuted with the right number as the fix.
 */
import { numberLike, numberValue, ordinalValue } from "../text/fold";
import { claim, evidence, fix, ofNight, settle } from "./common";
import { YEAR } from "./frames/bind";
import type { Claim } from "./types";
import type { SentenceView } from "./view";

interface Cell {
  text: string;
  start: number;
}

type Role = "night" | "film" | "nominations" | "wins";

const HEADERS: [RegExp, Role][] = [
  [/^(?:year|ceremony|oscars|academy awards|edition|night)$/i, "night"],
  [/^(?:film|movie|title|picture|winner|best picture(?: winner)?)$/i, "film"],
  [/^(?:nominations|noms|nods|total nominations)$/i, "nominations"],
  [/^(?:wins|oscars won|awards won|won|oscars)$/i, "wins"],
];

/** The cells of a "| a | b |" line, with their offsets in the text. */
function cells(text: string, from: number, to: number): Cell[] {
  const line = text.slice(from, to);
  if (!/^\s*\|.*\|\s*$/.test(line)) return [];
  const out: Cell[] = [];
  let at = line.indexOf("|") + 1;
  for (;;) {
    const next = line.indexOf("|", at);
    if (next < 0) break;
    const raw = line.slice(at, next);
    const lead = raw.length - raw.trimStart().length;
    out.push({ text: raw.trim(), start: from + at + lead });
    at = next + 1;
  }
  return out;
}

/** The header's roles, by column: the table's first line, above its "|---|" rule. */
function headerRoles(text: string, rowStart: number): (Role | undefined)[] | undefined {
  // Up the lines of the table to its first.
  let start = rowStart;
  for (;;) {
    const prev = text.lastIndexOf("\n", start - 2);
    const lineStart = prev + 1;
    if (start === 0 || !/^\s*\|/.test(text.slice(lineStart, start))) break;
    start = lineStart;
  }
  const headEnd = text.indexOf("\n", start);
  const ruleEnd = text.indexOf("\n", headEnd + 1);
  if (headEnd < 0 || start === rowStart) return undefined;
  const rule = text.slice(headEnd + 1, ruleEnd < 0 ? text.length : ruleEnd);
  if (!/^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$/.test(rule)) return undefined;
  return cells(text, start, headEnd).map((c) => HEADERS.find(([re]) => re.test(c.text))?.[1]);
}

export function checkTableRow(v: SentenceView): Claim[] {
  const { start, end } = v.sentence;
  const row = cells(v.text, start, end);
  if (row.length < 3) return [];
  const roles = headerRoles(v.text, start);
  if (!roles || !roles.includes("film") || !(roles.includes("nominations") || roles.includes("wins"))) return [];
  const kb = v.kb;
  const cellOf = (role: Role) => row[roles.indexOf(role)];
  const filmCell = cellOf("film");
  if (!filmCell) return [];
  // The cell is a title: a film by it, even an ordinary word ("Gigi") no mention was found for.
  const mentioned = v.mentions.find(
    (m) => m.kind === "film" && m.start >= filmCell.start && m.end <= filmCell.start + filmCell.text.length,
  );
  const film = mentioned ?? {
    text: filmCell.text,
    ids: kb.filmsTitled(filmCell.text.replace(/^["\u201c]|["\u201d]$/g, "")),
  };
  if (film.ids.length === 0) return [];
  const nights = new Set(film.ids.flatMap((id) => kb.ceremoniesOfFilm(id)));
  const said = cellOf("night")?.text ?? "";
  const year = YEAR.test(said) ? kb.ceremoniesHeldIn(Number(said)) : [];
  const ordinal = /^\d{1,3}(?:st|nd|rd|th)$/i.test(said) ? ordinalValue(said.toLowerCase()) : undefined;
  const stated = ordinal !== undefined ? [ordinal] : year;
  const night = stated.length === 1 ? stated[0] : nights.size === 1 ? [...nights][0] : undefined;
  if (night === undefined || !nights.has(night)) return [];
  const ids = ofNight(kb, film.ids, night);
  const records = ids.flatMap((id) => kb.nominationsOfFilm(id)).filter((i) => kb.isCompetitive(i));
  const atNight = records.filter((i) => kb.data.nominations.ceremony[i] === night);
  const out: Claim[] = [];
  const label = kb.ceremonyLabel(night);
  for (const role of ["nominations", "wins"] as const) {
    const cell = cellOf(role);
    const n = cell ? numberValue(cell.text) : undefined;
    if (!cell || n === undefined) continue;
    const rows = role === "wins" ? atNight.filter((i) => kb.won(i)) : atNight;
    const what = role === "wins" ? "won" : "had";
    const noun = role === "wins" ? "Oscars" : "nominations";
    const base = { kind: "count" as const, rule: "wrong-count", start: cell.start, end: cell.start + cell.text.length };
    const statement = `${film.text} ${what} ${n} ${noun} at the ${label}`;
    const ev = rows.map((i) => evidence(kb, i));
    if (rows.length === n) {
      out.push(claim({ ...base, statement, verdict: "supported", message: `${rows.length} ${noun}`, evidence: ev }));
      continue;
    }
    const right = numberLike(rows.length, cell.text);
    const message = `At the ${label}, ${film.text} ${what} ${rows.length} competitive ${noun}, not ${n}.`;
    const c = claim({ ...base, statement, verdict: "refuted", severity: "error", message, evidence: ev });
    c.fixes.push(fix(`Replace "${cell.text}" with "${right}"`, right, base.start, base.end));
    out.push(settle(c));
  }
  return out;
}
